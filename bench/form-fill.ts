// Benchmark 7: what filling a 30-field form costs, measured through the real popup in Chromium: the requests
// that reach the loopback server and their prompt tokens (o200k, messages plus the response schema), against
// one request per field (its tokens from the real prompt builder, one field at a time).
import { PopupPage } from '../tests/e2e/page-objects/popup-page';
import { nodeRanksLoader } from '../tests/support/node-ranks-loader';
import { makeField } from '../tests/support/synthetic-fields';
import { countMessages } from '../lib/prompts/message-tokens';
import { createTokenCounter } from '../lib/prompts/token-count';
import type { ChatMessage } from '../lib/providers/types';
import type { BrowserRig } from './lib/browser-rig';
import { formFillCost } from './lib/form-fill-cost';
import type { Row } from './lib/table';

const FIELDS = 30;
const INSTRUCTION = 'Fill this application for me; leave anything you do not know empty.';

interface ChatBody {
  messages: ChatMessage[];
  response_format?: { json_schema?: { schema?: unknown } };
}

export async function formFill(rig: BrowserRig): Promise<Row[]> {
  await rig.configure();
  rig.llm.reset();
  const page = await rig.context.newPage();
  const url = rig.pages.fieldsUrl(FIELDS, 'form-fill');
  await page.goto(url);
  // The tab id from an extension page, which has the tabs API whether or not the worker is awake.
  const lookup = await rig.context.newPage();
  await lookup.goto(`chrome-extension://${rig.extensionId}/options.html`);
  const tabId = await lookup.evaluate(async (wanted) => (await chrome.tabs.query({})).find((tab) => tab.url === wanted)?.id, url);
  await lookup.close();
  if (tabId === undefined) throw new Error(`no tab shows ${url}`);

  const popup = await PopupPage.open(rig.context, rig.extensionId, tabId);
  await popup.suggest(INSTRUCTION);
  await popup.preview.getByRole('listitem').nth(FIELDS - 1).waitFor();
  const offered = await popup.preview.getByRole('listitem').count();
  await popup.page.close();
  await page.close();

  // Counted at the server: every chat request the fill sent, and what each one carried.
  const chats = rig.llm.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/chat/completions'));
  const counter = createTokenCounter(nodeRanksLoader);
  let promptTokens = 0;
  for (const chat of chats) {
    const body = chat.body as ChatBody;
    promptTokens += await countMessages(body.messages, counter);
    promptTokens += await counter.count(JSON.stringify(body.response_format?.json_schema?.schema ?? ''));
  }
  // The same fields the page has, one request each: the instruction, guide and schema paid per field.
  const fields = Array.from({ length: FIELDS }, (_, i) => makeField({ kind: 'text', inputType: 'text', label: `Field ${i}`, name: `f${i}` }, i));
  const model = await formFillCost(fields, { counter, instruction: INSTRUCTION, profileText: '' });
  return [
    {
      group: '7',
      name: `Form fill, ${offered} fields: requests`,
      value: chats.length,
      unit: 'requests',
      baseline: { value: offered, label: 'one request per field' },
      note: `Form fill: the real popup in Chromium on a page of ${FIELDS} labelled text inputs ("Suggest values", no profile); requests and prompt tokens counted at the loopback server (o200k over the messages plus the response schema). The per-field baseline builds each field's request with the real prompt builder (bench/lib/form-fill-cost.ts), which puts this one request at ${model.oneRequest.promptTokens} tokens.`,
    },
    {
      group: '7',
      name: `Form fill, ${offered} fields: prompt tokens`,
      value: promptTokens,
      unit: 'tokens',
      baseline: { value: model.perField.promptTokens, label: 'one request per field' },
    },
  ];
}
