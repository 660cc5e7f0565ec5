// Page object for the options page, found by labels and roles.
import type { Locator, Page } from '@playwright/test';

export type OptionsSection =
  | 'welcome'
  | 'providers'
  | 'chain'
  | 'generation'
  | 'reliability'
  | 'cache'
  | 'filter'
  | 'templates'
  | 'sites'
  | 'profiles'
  | 'metrics'
  | 'history'
  | 'transfer'
  | 'diagnostics';

export class OptionsPage {
  constructor(
    readonly page: Page,
    private readonly extensionId: string,
  ) {}

  url(section: OptionsSection = 'providers'): string {
    return `chrome-extension://${this.extensionId}/options.html#${section}`;
  }
  // The providers section by default: a fresh install would otherwise open on the onboarding.
  async goto(section: OptionsSection = 'providers'): Promise<void> {
    await this.page.goto(this.url(section));
    await this.heading.waitFor();
  }
  // Opens a section from the sidebar, as a user would.
  async open(linkName: string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: linkName, exact: true }).click();
    await this.heading.waitFor();
  }
  get heading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 2 });
  }
  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }
  get baseUrl(): Locator {
    return this.page.getByLabel('Base URL');
  }
  get apiKey(): Locator {
    return this.page.getByLabel('API key');
  }
  get model(): Locator {
    return this.page.getByLabel('Model', { exact: true });
  }
  get save(): Locator {
    return this.page.getByRole('button', { name: 'Save', exact: true });
  }
  get status(): Locator {
    return this.page.getByRole('status');
  }
  // The value shown in a dashboard tile, by its label.
  tile(label: string): Locator {
    return this.page.locator('.tiles > div').filter({ has: this.page.getByText(label, { exact: true }) }).locator('dd');
  }
}
