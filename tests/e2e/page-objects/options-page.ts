// Page object for the options page, found by labels and roles.
import type { Locator, Page } from '@playwright/test';

export class OptionsPage {
  constructor(
    private readonly page: Page,
    private readonly extensionId: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`chrome-extension://${this.extensionId}/options.html`);
    await this.baseUrl.waitFor();
  }
  get baseUrl(): Locator {
    return this.page.getByLabel('Base URL');
  }
  get apiKey(): Locator {
    return this.page.getByLabel('API key');
  }
  get model(): Locator {
    return this.page.getByLabel('Model');
  }
  get save(): Locator {
    return this.page.getByRole('button', { name: 'Save' });
  }
  get status(): Locator {
    return this.page.getByRole('status');
  }
}
