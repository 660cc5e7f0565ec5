// Page object for the toolbar popup, opened as a tab with `?tab=<id>` naming the page it acts on.
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';

// The id the browser gave the tab showing `url`, asked from the extension's worker (loopback host permission).
export async function tabIdOf(serviceWorker: Worker, url: string): Promise<number> {
  return serviceWorker.evaluate(async (wanted) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((candidate) => candidate.url === wanted);
    if (tab?.id === undefined) throw new Error(`No tab shows ${wanted}: ${tabs.map((t) => t.url).join(', ')}`);
    return tab.id;
  }, url);
}

export class PopupPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string, tabId: number): Promise<PopupPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    return new PopupPage(page);
  }

  get fillSection(): Locator {
    return this.page.getByRole('region', { name: 'Fill a form' });
  }
  get instruction(): Locator {
    return this.page.getByRole('textbox', { name: 'What should go into the form?' });
  }
  get status(): Locator {
    return this.fillSection.getByRole('status');
  }
  get preview(): Locator {
    return this.page.getByRole('list', { name: 'Proposed values' });
  }
  // The checkbox that decides whether a field is filled.
  applyBox(label: string): Locator {
    return this.preview.getByRole('checkbox', { name: `Fill “${label}”`, exact: true });
  }
  // The editable proposed value of a field.
  value(label: string): Locator {
    return this.preview.getByLabel(label, { exact: true });
  }
  // The request to allow Draftsmith in a cross-origin frame that holds part of the form.
  get framePrompt(): Locator {
    return this.fillSection.getByRole('group', { name: /is partly in a frame from/ });
  }
  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  async suggest(instruction: string, profile?: string): Promise<void> {
    await this.instruction.fill(instruction);
    if (profile) await this.page.getByLabel('Profile', { exact: true }).selectOption({ label: profile });
    await this.button('Suggest values').click();
    await this.preview.waitFor();
  }
}
