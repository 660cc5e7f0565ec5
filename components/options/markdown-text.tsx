// Model output as sanitised markdown on extension pages, through the one renderer and sanitiser policy every
// surface uses (lib/markdown): raw HTML shown as text, images as their alt text, only inert formatting kept.
import { useMemo } from 'react';
import { renderMarkdown } from '../../lib/markdown/render-markdown';

export function MarkdownText({ text, className }: { text: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(text), [text]);
  // Sanitised above; this is the one place on extension pages where model output becomes markup.
  return <div className={className ?? 'markdown'} dangerouslySetInnerHTML={{ __html: html }} />;
}
