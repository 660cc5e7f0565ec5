// A page that uses both the inline panel and the selection card runs one copy of React for both.
// Each copy of React DOM tags the nodes it renders with its own random key (`__reactFiber$<key>`), so the
// number of distinct keys in the content-script world is the number of React copies that rendered there.
import { test, expect } from './fixtures/test';
import { evaluateInContentScript } from './fixtures/isolated-world';
import { InlinePanel } from './page-objects/inline-panel';
import { clickMenu, SelectionCard } from './page-objects/selection-card';

// Runs in the content-script world: for each of our UI hosts, the suffixes of React's per-copy keys on the nodes
// in its (open) shadow root. Expando properties are per world, so the page's own world would see none.
const REACT_KEYS = `(() => {
  const keysUnder = (host) => {
    const keys = new Set();
    for (const element of host?.shadowRoot?.querySelectorAll('*') ?? []) {
      for (const name of Object.keys(element)) {
        const match = /^__react(?:Fiber|Container|Props)\\$(.+)$/.exec(name);
        if (match) keys.add(match[1]);
      }
    }
    return [...keys];
  };
  return {
    panel: keysUnder(document.querySelector('draftsmith-panel')),
    card: keysUnder(document.querySelector('draftsmith-selection-card')),
  };
})()`;

test('the inline panel and the selection card on one page render with one React', async ({ context, pages, configure, llm, serviceWorker }) => {
  await configure({});
  llm.script({ kind: 'ok', reply: 'slow red' });
  const page = await context.newPage();
  await page.goto(`${pages.url}/selection.html`);

  const panel = new InlinePanel(page);
  await page.locator('#note').focus();
  await panel.trigger.click();
  await expect(panel.prompt).toBeVisible();

  const card = new SelectionCard(page);
  await page.locator('#note').evaluate((element) => {
    const field = element as HTMLTextAreaElement;
    const start = field.value.indexOf('quick brown');
    field.focus();
    field.setSelectionRange(start, start + 'quick brown'.length);
  });
  await clickMenu(serviceWorker, page, { menuItemId: 'draftsmith.builtin.rewrite', selectionText: 'quick brown', editable: true });
  await expect(card.status).toContainText('Done');

  // React takes its keys off the nodes it unmounts, so a key under each host means both trees are mounted now.
  const keys = await evaluateInContentScript<{ panel: string[]; card: string[] }>(page, REACT_KEYS);
  expect(keys.panel).toHaveLength(1);
  expect(keys.card).toHaveLength(1);
  expect(keys.card).toEqual(keys.panel);
});
