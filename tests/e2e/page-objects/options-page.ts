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
  // The filter's word list sits behind a count and a reveal control; this opens it when it is closed.
  async filterWords(): Promise<Locator> {
    const reveal = this.page.getByRole('button', { name: 'Show the words' });
    if (await reveal.isVisible()) await reveal.click();
    return this.field('Words');
  }
  // An amount with its unit (UnitField): the number box and the unit menu next to it.
  amount(label: string): { value: Locator; unit: Locator } {
    return { value: this.field(label), unit: this.page.getByLabel(`Unit for ${label}`, { exact: true }) };
  }
  // Light and dark screenshots of the page as it is now, for a person to look at.
  async screenshots(name: string): Promise<void> {
    for (const colorScheme of ['light', 'dark'] as const) {
      await this.page.emulateMedia({ colorScheme });
      await this.page.screenshot({ path: `test-results/screenshots/first-run-${name}-${colorScheme}.png`, fullPage: true });
    }
    await this.page.emulateMedia({ colorScheme: null });
  }
  // The value shown in a dashboard tile, by its label.
  tile(label: string): Locator {
    return this.page.locator('.tiles > div').filter({ has: this.page.getByText(label, { exact: true }) }).locator('dd');
  }
}
