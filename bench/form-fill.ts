// Benchmark 7: what filling a 30-field form costs: Draftsmith's one structured-output request for every field
// against one request per field, in requests and prompt tokens (o200k), using the form-fill module's own cost model.
import { syntheticFormFillCost } from './lib/form-fill-cost';
import { nodeRanksLoader } from '../tests/support/node-ranks-loader';
import { createTokenCounter } from '../lib/prompts/token-count';
import type { Row } from './lib/table';

const FIELDS = 30;

export async function formFill(): Promise<Row[]> {
  const report = await syntheticFormFillCost(FIELDS, { counter: createTokenCounter(nodeRanksLoader) });
  return [
    {
      group: '7',
      name: `Form fill, ${report.fields} fields: requests`,
      value: report.oneRequest.requests,
      unit: 'requests',
      baseline: { value: report.perField.requests, label: 'one request per field' },
      note: `Form fill: bench/lib/form-fill-cost.ts on ${FIELDS} synthetic job-application fields (text, email, select, radio, checkbox, date, textarea), the same instruction and profile; prompt tokens are the messages plus the response schema, counted with o200k.`,
    },
    {
      group: '7',
      name: `Form fill, ${report.fields} fields: prompt tokens`,
      value: report.oneRequest.promptTokens,
      unit: 'tokens',
      baseline: { value: report.perField.promptTokens, label: 'one request per field' },
    },
  ];
}
