// Owns the size limits of extracted form data, shared by the page-side agent (no zod) and the schemas.
export const MAX_FIELDS_PER_FRAME = 200;
export const MAX_OPTIONS = 300;
export const MAX_VALUE_CHARS = 10_000;
