// Model output as sanitised markdown: marked renders it, DOMPurify keeps only inert formatting.
import { useMemo } from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

// Formatting only: no images (they would fetch on view), forms, media or styles.
const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];

export function sanitizeMarkdown(text: string): string {
  const html = marked.parse(text, { async: false, gfm: true, breaks: true });
  return DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: ['href', 'title'], ALLOWED_URI_REGEXP: /^https?:/i });
}

export function MarkdownText({ text, className }: { text: string; className?: string }) {
  const html = useMemo(() => sanitizeMarkdown(text), [text]);
  // Sanitised above; this is the one place model output becomes markup.
  return <div className={className ?? 'markdown'} dangerouslySetInnerHTML={{ __html: html }} />;
}
