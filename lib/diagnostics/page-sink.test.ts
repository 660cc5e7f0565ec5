import { afterEach, describe, expect, it, vi } from 'vitest';

const sent: Array<[string, unknown]> = [];
vi.mock('../messaging/messenger', () => ({
  sendMessage: (type: string, data: unknown) => {
    sent.push([type, data]);
    return Promise.resolve({ ok: true });
  },
}));

const { reportDiagnostic, setDiagnosticsSink } = await import('./diagnostics-log');
const { sendDiagnosticsToBackground } = await import('./page-sink');

afterEach(() => {
  setDiagnosticsSink(null);
  sent.length = 0;
});

describe('sendDiagnosticsToBackground', () => {
  it("sends a page's own failures to the background, and never one in a background stage", () => {
    sendDiagnosticsToBackground();
    reportDiagnostic({ stage: 'panel', operation: 'save the tone and length', error: new TypeError('Could not establish connection'), level: 'warn' });
    reportDiagnostic({ stage: 'cache', operation: 'write entry', error: new Error('not ours') });
    expect(sent).toEqual([['reportDiagnostic', expect.objectContaining({ stage: 'panel', operation: 'save the tone and length', errorClass: 'TypeError', level: 'warn' })]]);
  });
});
