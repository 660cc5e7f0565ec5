// Owns getting values for a whole form from the model: one structured-output request; a json_object retry when
// the provider refuses schemas (400); one repair request when the answer does not validate. At most three requests.
import { GenerationError } from '../errors/generation-error';
import type { GenerationRequest, ServerEvent } from '../messaging/generation-schemas';
import type { AskedField } from './field-answer-type';
import { buildFillRequest, type FillFormat, type FillPromptInput } from './fill-prompt';
import { validateFillAnswer, type FillProblem } from './fill-validator';
import type { FieldValue } from './form-field';

export type GenerateFn = (request: GenerationRequest) => Promise<{ text: string; outcome: ServerEvent | null }>;

export interface FillAnswer {
  // By answer key (f1, f2…); null means the model had no value.
  values: Map<string, FieldValue | null>;
  // Keys whose value still did not validate after the repair: left without a proposal.
  invalid: string[];
  requests: number;
  model: string | null;
  fellBack: boolean;
  repaired: boolean;
}

interface Reply {
  text: string;
  model: string | null;
  // The answer stopped at the max-tokens cap: a repair would be cut the same way.
  truncated: boolean;
}

const TRUNCATED = 'The answer reached the Max tokens limit before the form was complete; raise Max tokens in the settings for long forms.';

async function ask(generate: GenerateFn, request: GenerationRequest): Promise<Reply> {
  const { text, outcome } = await generate(request);
  if (outcome?.type === 'error') throw new GenerationError(outcome.error);
  if (outcome?.type !== 'done') throw new GenerationError({ code: 'internal', message: 'The generation ended without an answer.' });
  // A saved snippet answers a prompt when every model is down; it is not a form answer.
  if (outcome.source === 'snippet') throw new GenerationError({ code: 'server', message: 'No model answered.' });
  return { text, model: outcome.model, truncated: outcome.finishReason === 'length' };
}

// Providers that reject response_format json_schema answer 400 before doing anything; they get json_object.
async function askWithFallback(generate: GenerateFn, input: FillPromptInput): Promise<{ reply: Reply; format: FillFormat; requests: number }> {
  try {
    return { reply: await ask(generate, buildFillRequest(input, 'json_schema')), format: 'json_schema', requests: 1 };
  } catch (caught) {
    if (!(caught instanceof GenerationError) || caught.code !== 'bad-request') throw caught;
    return { reply: await ask(generate, buildFillRequest(input, 'json')), format: 'json', requests: 2 };
  }
}

export async function requestFill(input: FillPromptInput, generate: GenerateFn): Promise<FillAnswer> {
  if (input.asked.length === 0) return { values: new Map(), invalid: [], requests: 0, model: null, fellBack: false, repaired: false };
  const first = await askWithFallback(generate, input);
  const checked = validateFillAnswer(first.reply.text, input.asked);
  const base = { model: first.reply.model, fellBack: first.format === 'json' };
  if (checked.ok) return { ...base, values: checked.values, invalid: [], requests: first.requests, repaired: false };
  if (first.reply.truncated) throw new GenerationError({ code: 'config', message: TRUNCATED });

  const repairRequest = buildFillRequest(input, first.format, { answer: first.reply.text, problems: checked.problems });
  const repaired = await ask(generate, repairRequest);
  const again = validateFillAnswer(repaired.text, input.asked);
  if (again.ok) return { ...base, model: repaired.model, values: again.values, invalid: [], requests: first.requests + 1, repaired: true };
  // Still invalid: keep whatever validated in either answer; the repair's values win unless it left them out.
  const values = new Map(checked.values);
  for (const [key, value] of again.values) if (value !== null || !values.has(key)) values.set(key, value);
  const invalid = invalidKeys(input.asked, again.problems).filter((key) => !values.has(key));
  if (values.size === 0) throw new GenerationError({ code: 'internal', message: 'The model did not answer with the form values.' });
  return { ...base, model: repaired.model, values, invalid, requests: first.requests + 1, repaired: true };
}

function invalidKeys(asked: readonly AskedField[], problems: readonly FillProblem[]): string[] {
  if (problems.some((problem) => problem.key === '')) return asked.map(({ key }) => key);
  return problems.map((problem) => problem.key);
}
