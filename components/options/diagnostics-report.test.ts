import { describe, expect, it } from 'vitest';
import { diagnosticsReport } from './diagnostics-report';

describe('diagnosticsReport', () => {
  it('lists versions and one redacted line per entry', () => {
    const report = diagnosticsReport(
      {
        extensionVersion: '1.2.3',
        browser: 'Chrome 156',
        entries: [
          { time: 0, level: 'error', stage: 'cache', operation: 'set', errorClass: 'QuotaExceededError', message: 'full at https://x.test/secret/path', count: 3 },
        ],
      },
      new Date(0),
    );
    expect(report).toBe(
      'Draftsmith 1.2.3\nBrowser: Chrome 156\nReport: 1970-01-01T00:00:00.000Z\nEntries: 1\n\n1970-01-01T00:00:00.000Z | error | cache | set | - | QuotaExceededError | ×3 | full at https://x.test/…\n',
    );
  });
});
