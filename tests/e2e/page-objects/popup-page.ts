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
  // The header's way to the options page.
  get settingsLink(): Locator {
    return this.page.locator('.popup-header').getByRole('button', { name: 'Settings', exact: true });
  }
  // The line naming the model that will answer.
  get activeModel(): Locator {
    return this.page.locator('.active-model');
  }
  async screenshots(name: string): Promise<void> {
    for (const colorScheme of ['light', 'dark'] as const) {
      await this.page.emulateMedia({ colorScheme });
      await this.page.screenshot({ path: `test-results/screenshots/first-run-${name}-${colorScheme}.png`, fullPage: true });
    }
    await this.page.emulateMedia({ colorScheme: null });
  }
  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  async suggest(instruction: string, profile?: string): Promise<void> {
    await this.instruction.fill(instruction);
    if (profile) await this.page.getByLabel('Profile', { exact: true }).selectOption({ label: profile });
    await this.button('Suggest values').click();
    // The preview, or the error that replaced it: a failed job then fails here with what the popup said.
    const failed = this.fillSection.locator(':scope > [role="alert"], :scope > .status.error');
    const said = async () => (await this.fillSection.innerText().catch(() => '(popup closed)')).replace(/\s+/g, ' ');
    try {
      await this.preview.or(failed).first().waitFor();
    } catch (error) {
      throw new Error(`${(error as Error).message}\nThe popup says: ${await said()}`);
    }
    if (!(await this.preview.isVisible())) throw new Error(`No proposed values. The popup says: ${await said()}`);
  }
}
