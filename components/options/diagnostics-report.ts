// Owns the text of a diagnostics report the user pastes into a bug report: versions and the recent entries,
// redacted once more so a copied report never carries a key, a URL path or page text.
import { redact } from '../../lib/diagnostics/redact';
import type { DiagnosticsView } from '../../lib/messaging/diagnostics-schemas';

export function diagnosticsReport(view: DiagnosticsView, now: Date = new Date()): string {
  const lines = [
    `Draftsmith ${view.extensionVersion}`,
    `Browser: ${view.browser}`,
    `Report: ${now.toISOString()}`,
    `Entries: ${view.entries.length}`,
    '',
    ...view.entries.map((entry) =>
      [
        new Date(entry.time).toISOString(),
        entry.level,
        entry.stage,
        entry.operation,
        entry.target ?? '-',
        entry.errorClass + (entry.code ? `/${entry.code}` : '') + (entry.status ? ` ${entry.status}` : ''),
        entry.count > 1 ? `×${entry.count}` : '',
        redact(entry.message),
      ]
        .filter((part) => part !== '')
        .join(' | '),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
