// The test models, in each vendor's list shape.
export const TEST_MODELS = ['test-model', 'test-model-mini', 'fallback-model'] as const;
/** Listed by the Gemini route only, to exercise filtering on supportedGenerationMethods. */
export const GEMINI_EMBEDDING_MODEL = 'test-embedding';
const MODEL_CREATED = 1_700_000_000;

export function isTestModel(id: string): boolean {
  return (TEST_MODELS as readonly string[]).includes(id);
}

export function openAiModel(id: string): Record<string, unknown> {
  return { id, object: 'model', created: MODEL_CREATED, owned_by: 'draftsmith-test' };
}

export function openAiModelList(): Record<string, unknown> {
  return { object: 'list', data: TEST_MODELS.map(openAiModel) };
}

export function anthropicModel(id: string): Record<string, unknown> {
  return { type: 'model', id, display_name: id, created_at: new Date(MODEL_CREATED * 1000).toISOString() };
}

export function anthropicModelList(): Record<string, unknown> {
  return { data: TEST_MODELS.map(anthropicModel), has_more: false, first_id: TEST_MODELS[0], last_id: TEST_MODELS.at(-1) };
}

export function geminiModelList(): Record<string, unknown> {
  const generative = TEST_MODELS.map((id) => ({
    name: `models/${id}`,
    version: '001',
    displayName: id,
    inputTokenLimit: 1_048_576,
    outputTokenLimit: 8192,
    supportedGenerationMethods: ['generateContent', 'countTokens'],
  }));
  const embedding = { name: `models/${GEMINI_EMBEDDING_MODEL}`, version: '001', displayName: GEMINI_EMBEDDING_MODEL, supportedGenerationMethods: ['embedContent'] };
  return { models: [...generative, embedding] };
}
