// Owns measuring what filling a form costs in requests and prompt tokens: our one request for every field
// against one request per field, with the real prompt builder and the o200k token counter.
import { buildPrompt, type PromptPolicy } from '../../lib/prompts/build-prompt';
import { countMessages } from '../../lib/prompts/message-tokens';
import type { TokenCounter } from '../../lib/prompts/token-count';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { askedFields } from '../../lib/forms/field-answer-type';
import { buildFillRequest, type FillPromptInput } from '../../lib/forms/fill-prompt';
import type { FormField } from '../../lib/forms/form-field';
import { syntheticFields } from '../../tests/support/synthetic-fields';

export interface FillCost {
  requests: number;
  // Messages plus the response schema, which providers also count as input.
  promptTokens: number;
}

export interface FormFillCostReport {
  fields: number;
  oneRequest: FillCost;
  perField: FillCost;
}

export interface FormFillCostOptions {
  counter: TokenCounter;
  policy?: PromptPolicy;
  instruction?: string;
  profileText?: string;
}

const INSTRUCTION = 'Fill this application for me; leave anything you do not know empty.';
const PROFILE = 'Ann Example, ann@example.com, +49 30 1234567, 7 years as a frontend engineer, lives in Berlin, prefers remote work.';

async function requestTokens(input: FillPromptInput, options: FormFillCostOptions): Promise<number> {
  const request = buildFillRequest(input, 'json_schema');
  const policy = options.policy ?? DEFAULT_SETTINGS.generation;
  const prompt = await buildPrompt(request, policy, { contextTokens: 1_000_000 }, options.counter);
  const schema = request.responseFormat?.type === 'json_schema' ? JSON.stringify(request.responseFormat.schema) : '';
  return (await countMessages(prompt.messages, options.counter)) + (await options.counter.count(schema));
}

export async function formFillCost(fields: readonly FormField[], options: FormFillCostOptions): Promise<FormFillCostReport> {
  const base = {
    instruction: options.instruction ?? INSTRUCTION,
    profile: { name: 'Me', text: options.profileText ?? PROFILE },
    pageTitle: 'Job application',
  };
  const asked = askedFields(fields);
  const oneRequest = await requestTokens({ ...base, asked }, options);
  let perField = 0;
  // Each field alone still needs the instruction, the profile and the guide: that repetition is the cost.
  for (const one of asked) perField += await requestTokens({ ...base, asked: [one] }, options);
  return {
    fields: asked.length,
    oneRequest: { requests: 1, promptTokens: oneRequest },
    perField: { requests: asked.length, promptTokens: perField },
  };
}

// The bench's entry: N made-up fields of every kind (30 for a long application form).
export function syntheticFormFillCost(count: number, options: FormFillCostOptions): Promise<FormFillCostReport> {
  return formFillCost(syntheticFields(count), options);
}
