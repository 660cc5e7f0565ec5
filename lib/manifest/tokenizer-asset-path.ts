// Owns where the tokenizer's ranks live in the built extension (shared by the build hook and the worker).
export const TOKENIZER_ASSET = 'tokenizer/o200k_base.json';
