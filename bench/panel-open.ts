// Measures the time from clicking Generate to the panel's prompt focused: cold (the first use on a page,
// which loads the panel module) and warm (the panel opened again on the same page), against the same page
// doing the same without the extension: its own button showing a textarea and focusing it.
import type { BrowserContext, Page } from '@playwright/test';
import type { BrowserRig } from './lib/browser-rig';
import { summarize } from './lib/stats';
import type { Row } from './lib/table';

// Page time from the click event to the next focusin: both read on the page's own clock.
// A string, not a function: the bench runs through tsx, whose helpers do not exist in the page.
const ARM_TIMER = `(() => {
  window.focusAt = new Promise((resolve) => {
    window.addEventListener('click', (event) => {
      const clickAt = event.timeStamp;
      document.addEventListener('focusin', () => resolve(performance.now() - clickAt), { capture: true, once: true });
    }, { capture: true, once: true });
  });
})()`;

const OWN_BUTTON = `(() => {
  const button = document.createElement('button');
  button.id = 'own-generate';
  button.textContent = 'Generate';
  button.addEventListener('click', () => {
    const box = document.createElement('div');
    const prompt = document.createElement('textarea');
    box.append(prompt);
    document.body.append(box);
    prompt.focus();
  });
  document.body.prepend(button);
})()`;

// Page time from the click event to the next focusin: both read on the page's own clock.
async function armTimer(page: Page): Promise<void> {
  await page.evaluate(ARM_TIMER);
}

const elapsed = (page: Page): Promise<number> => page.evaluate('window.focusAt') as Promise<number>;

async function clickCentre(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

async function openWithExtension(page: Page): Promise<number> {
  await page.locator('#note').focus();
  await page.locator('draftsmith-trigger').waitFor();
  // The trigger settles into place on the next frame.
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(resolve))');
  await armTimer(page);
  await clickCentre(page, 'draftsmith-trigger');
  const ms = await elapsed(page);
  await page.getByRole('textbox', { name: 'Prompt' }).waitFor();
  return ms;
}

// The floor: what the page itself pays to show a textarea and focus it on a click.
async function openWithoutExtension(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.evaluate(OWN_BUTTON);
    await page.locator('#note').focus();
    await armTimer(page);
    await clickCentre(page, '#own-generate');
    return await elapsed(page);
  } finally {
    await page.close();
  }
}

export async function panelOpen(rig: BrowserRig, plain: BrowserContext, reps: number): Promise<Row[]> {
  await rig.configure();
  const url = `${rig.pages.url}/overhead.html`;
  const cold: number[] = [];
  const warm: number[] = [];
  const floor: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    const page = await rig.context.newPage();
    try {
      await page.goto(url);
      cold.push(await openWithExtension(page));
      await page.keyboard.press('Escape');
      await page.locator('draftsmith-panel').waitFor({ state: 'detached' });
      warm.push(await openWithExtension(page));
    } finally {
      await page.close();
    }
    floor.push(await openWithoutExtension(plain, url));
  }
  const base = summarize(floor).median;
  const label = 'page button focusing its own textarea, no extension';
  return [
    { group: '10', name: 'Generate clicked → prompt focused, cold (first use on the page), median', value: summarize(cold).median, unit: 'ms', baseline: { value: base, label }, note: `max ${summarize(cold).max.toFixed(1)} ms over ${reps} pages` },
    { group: '10', name: 'Generate clicked → prompt focused, warm (opened again), median', value: summarize(warm).median, unit: 'ms', baseline: { value: base, label }, note: `max ${summarize(warm).max.toFixed(1)} ms over ${reps} pages` },
  ];
}
