// Owns showing model output as Markdown: parsed by marked with raw HTML escaped, then sanitised by DOMPurify.
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

// HTML written by the model is shown as text, never parsed; images are shown as their alt text, because
// loading one would send a request (a prompt-injected answer could put page data in its URL).
const markdown = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    html: ({ text }) => escapeHtml(text),
    image: ({ text }) => escapeHtml(text),
  },
});

export function markdownToHtml(text: string): string {
  return markdown.parse(text, { async: false });
}

const ALLOWED_TAGS = [
  'p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'hr', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input',
];

let hooked = false;

// No Trusted Types policy of our own: on a page that allows none (`trusted-types 'none'`) creating one is itself a
// reported violation, and the content script's isolated world is not bound by the page's Trusted Types.
const PURIFY_CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: ['href', 'title', 'start', 'align', 'type', 'checked', 'disabled'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  TRUSTED_TYPES_POLICY: null,
};

function addHooks(): void {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.tagName === 'INPUT' && node.getAttribute('type') !== 'checkbox') node.remove();
  });
}

// The last line of defence: even if the parser let markup through, only these tags and attributes survive.
export function sanitizeHtml(html: string): string {
  addHooks();
  return DOMPurify.sanitize(html, PURIFY_CONFIG);
}

export function renderMarkdown(text: string): string {
  return sanitizeHtml(markdownToHtml(text));
}

// The same, as nodes to append: no HTML string reaches a page's DOM sink (pages that enforce Trusted Types).
export function renderMarkdownNodes(text: string): DocumentFragment {
  addHooks();
  return DOMPurify.sanitize(markdownToHtml(text), { ...PURIFY_CONFIG, RETURN_DOM_FRAGMENT: true });
}
