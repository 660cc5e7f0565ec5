// The streamed answer, shown as sanitised Markdown (never the model's raw HTML), or as plain text.
import { useDeferredValue, useLayoutEffect, useRef } from 'react';
import { renderMarkdownNodes } from '../../lib/markdown/render-markdown';
import { t } from '../../lib/i18n/t';

export interface MarkdownResultProps {
  text: string;
  busy: boolean;
  incomplete: boolean;
}

export function MarkdownResult({ text, busy, incomplete }: MarkdownResultProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Re-parsing on every delta is cheap for answer-sized text; deferring keeps Stop and Escape responsive.
  const deferred = useDeferredValue(text);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    try {
      // Nodes, not an HTML string: nothing here goes through an innerHTML sink a strict page would report.
      element.replaceChildren(deferred ? renderMarkdownNodes(deferred) : '');
    } catch {
      // Should the page's DOM refuse the parsed nodes all the same, the answer is still shown, as plain text.
      const plain = element.ownerDocument.createElement('div');
      plain.className = 'plain';
      plain.textContent = deferred;
      element.replaceChildren(plain);
    }
  }, [deferred]);

  return <div ref={ref} className={`result${incomplete ? ' incomplete' : ''}`} role="region" aria-label={t('result')} aria-busy={busy} />;
}
