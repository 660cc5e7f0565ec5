// Owns which tab the popup acts on: the active tab of its window, or `?tab=<id>` when the popup page is opened
// in a tab of its own (the e2e tests do; only the extension can open its pages, so no web page can set it).
import { browser } from 'wxt/browser';

export async function resolvePopupTab(location: Pick<Location, 'search'>): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d{1,10}$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  return tab?.id ?? null;
}
