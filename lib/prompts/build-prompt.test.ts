import { describe, expect, it, vi } from 'vitest';
import { GenerationError } from '../errors/generation-error';
import { buildPrompt } from './build-prompt';
import { DATA_INSTRUCTION } from './fence-data';
import { elisionMarker } from './fit-text';
import { countMessages, countMessagesSync } from './message-tokens';
import { nodeRanksLoader } from '../../tests/support/node-ranks-loader';
import type { PromptBudget, PromptRequest } from './prompt-schemas';
import { CONCISE_TOKENS_PER_WORD } from './system-prompt';
import { basePolicy, exactCounter, parseFences, systemContent, userContent } from '../../tests/support/prompt-kit';
import { createTokenCounter } from './token-count';

const words = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}${i}`).join(' ') + ` ${prefix}END`;

const request = (context: PromptRequest['context'], prompt = 'Improve this.'): PromptRequest => ({ prompt, context });
const budget = (contextTokens: number): PromptBudget => ({ contextTokens });
// contextTokens − maxTokens (500) − reserve (64)
const available = (contextTokens: number) => contextTokens - basePolicy.maxTokens - 64;

function block(content: string, label: string): string {
  const found = parseFences(content).blocks.find((candidate) => candidate.label === `data ${label}`);
  if (!found) throw new Error(`no ${label} block`);
  return found.content;
}

describe('buildPrompt without trimming', () => {
  it('fences page data, keeps the instruction plain and skips the tokenizer when the estimate fits', async () => {
    const loader = vi.fn(nodeRanksLoader);
    const built = await buildPrompt(
      request({ selection: 'Some text', pageTitle: 'A page' }),
      basePolicy,
      budget(8000),
      createTokenCounter(loader),
    );
    expect(loader).not.toHaveBeenCalled();
    expect(built.promptTokensExact).toBe(false);
    expect(built.trimmed).toBeNull();
    expect(built.maxTokens).toBe(500);
    expect(systemContent(built.messages)).toBe(`${basePolicy.systemPrompt}\n\n${DATA_INSTRUCTION}`);
    const user = userContent(built.messages);
    expect(user.startsWith('Improve this.\n\n')).toBe(true);
    expect(block(user, 'selection')).toBe('Some text');
    expect(block(user, 'page_title')).toBe('A page');
    expect(built.promptTokens).toBeGreaterThanOrEqual(await countMessages(built.messages, exactCounter));
    expect(countMessagesSync(built.messages, createTokenCounter(loader))).toBeNull();
    expect(countMessagesSync(built.messages, exactCounter)).toBe(await countMessages(built.messages, exactCounter));
  });

  it('counts exactly when the estimate is too pessimistic, without trimming', async () => {
    const text = words('w', 300); // ≈1,900 bytes but ≈600 tokens
    const built = await buildPrompt(request({ fieldText: text }), basePolicy, budget(1500), exactCounter);
    expect(built.promptTokensExact).toBe(true);
    expect(built.trimmed).toBeNull();
    expect(block(userContent(built.messages), 'field_text')).toBe(text);
    expect(built.promptTokens).toBe(await countMessages(built.messages, exactCounter));
  });

  it('sends no system message when there is nothing to say', async () => {
    const built = await buildPrompt(request({}, 'Hi'), { ...basePolicy, systemPrompt: '  ' }, budget(8000), exactCounter);
    expect(built.messages).toEqual([{ role: 'user', content: 'Hi' }]);
  });
});

describe('buildPrompt system instructions', () => {
  it.each([
    [{ language: 'French' }, 'Answer in French.', 500],
    [{ concise: true, conciseWords: 50 }, 'Answer in at most 50 words.', 50 * CONCISE_TOKENS_PER_WORD],
    [{ concise: true, conciseWords: 1000 }, 'Answer in at most 1000 words.', 500],
  ])('%j adds %j and caps the answer at %i tokens', async (change, instruction, maxTokens) => {
    const built = await buildPrompt(request({}), { ...basePolicy, ...change }, budget(8000), exactCounter);
    expect(systemContent(built.messages).split('\n\n')).toContain(instruction);
    expect(built.maxTokens).toBe(maxTokens);
  });

  it('leaves room for the capped answer, not the configured one', async () => {
    const text = words('w', 2000);
    const policy = { ...basePolicy, concise: true, conciseWords: 50 };
    const built = await buildPrompt(request({ fieldText: text }), policy, budget(2000), exactCounter);
    expect(built.promptTokens).toBeLessThanOrEqual(2000 - 100 - 64);
    expect(built.promptTokens).toBeGreaterThan(2000 - 500 - 64);
  });
});

describe('buildPrompt trimming', () => {
  const big = words('word', 3000); // ≈9,000 tokens

  it.each([
    ['fieldText', 'field_text'],
    ['selection', 'selection'],
    ['pageText', 'page_text'],
  ] as const)('trims %s to fit the budget exactly', async (field, label) => {
    const built = await buildPrompt(request({ [field]: big }), basePolicy, budget(3000), exactCounter);
    const exact = await countMessages(built.messages, exactCounter);
    expect(built.promptTokens).toBe(exact);
    expect(exact).toBeLessThanOrEqual(available(3000));
    expect(exact).toBeGreaterThan(available(3000) - 40);
    expect(built.trimmed).toEqual({ field, originalTokens: await exactCounter.count(big), keptTokens: expect.any(Number) });
    expect(built.trims).toHaveLength(1);
    const kept = block(userContent(built.messages), label);
    const marker = elisionMarker((built.trimmed?.originalTokens ?? 0) - (built.trimmed?.keptTokens ?? 0));
    const [head = '', tail = ''] = kept.split(marker);
    if (field === 'fieldText') {
      expect(head).toBe('');
      expect(big.endsWith(tail.slice(1))).toBe(true); // the end, nearest the caret
    } else if (field === 'selection') {
      expect(big.startsWith(head.slice(0, -1))).toBe(true);
      expect(big.endsWith(tail.slice(1))).toBe(true);
      expect(head.length).toBeGreaterThan(100);
      expect(tail.length).toBeGreaterThan(100);
    } else {
      expect(tail).toBe('');
      expect(big.startsWith(head.slice(0, -1))).toBe(true);
    }
  });

  it('trims the largest block first and leaves smaller ones whole', async () => {
    const selection = words('sel', 200);
    const built = await buildPrompt(request({ fieldText: big, selection }), basePolicy, budget(3000), exactCounter);
    expect(built.trims.map((trim) => trim.field)).toEqual(['fieldText']);
    expect(block(userContent(built.messages), 'selection')).toBe(selection);
  });

  it('brings two large blocks down to a common level', async () => {
    const built = await buildPrompt(request({ fieldText: big, pageText: big }), basePolicy, budget(3000), exactCounter);
    expect(built.trims.map((trim) => trim.field).sort()).toEqual(['fieldText', 'pageText']);
    const [first, second] = built.trims.map((trim) => trim.keptTokens);
    expect(Math.abs((first ?? 0) - (second ?? 0))).toBeLessThan(20);
    expect(await countMessages(built.messages, exactCounter)).toBeLessThanOrEqual(available(3000));
  });

  it('drops page data entirely when only the instruction fits', async () => {
    const bare = await buildPrompt(request({ pageTitle: 'Title' }), basePolicy, budget(8000), exactCounter);
    const room = basePolicy.maxTokens + 64 + (await countMessages(bare.messages, exactCounter)) + 2;
    const built = await buildPrompt(request({ fieldText: big, pageTitle: 'Title' }), basePolicy, budget(room), exactCounter);
    expect(built.messages).toEqual(bare.messages);
    expect(built.trimmed).toMatchObject({ field: 'fieldText', keptTokens: 0 });
    expect(userContent(built.messages)).not.toContain('word');
    expect(userContent(built.messages)).toContain('Title');
  });

  it('throws context-length when the instruction alone does not fit', async () => {
    const prompt = words('instr', 400);
    const attempt = buildPrompt(request({ selection: big }, prompt), basePolicy, budget(1000), exactCounter);
    await expect(attempt).rejects.toBeInstanceOf(GenerationError);
    await expect(attempt).rejects.toMatchObject({ code: 'context-length' });
  });

  it('throws context-length when the answer alone takes the whole context', async () => {
    const attempt = buildPrompt(request({}, 'Hi'), { ...basePolicy, maxTokens: 4000 }, budget(4000), exactCounter);
    await expect(attempt).rejects.toMatchObject({ code: 'context-length' });
  });

  it('is deterministic, whatever the tokenizer state', async () => {
    const input = request({ fieldText: big, selection: words('sel', 2000), pageTitle: 'T' }, 'Summarize.');
    const policy = { ...basePolicy, language: 'German', concise: true, conciseWords: 80 };
    const cold = await buildPrompt(input, policy, budget(4000), createTokenCounter(nodeRanksLoader));
    const warm = await buildPrompt(input, policy, budget(4000), exactCounter);
    expect(warm).toEqual(cold);
    expect(JSON.stringify(await buildPrompt(input, policy, budget(4000), exactCounter))).toBe(JSON.stringify(cold));
  });
});
