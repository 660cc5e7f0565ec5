// Each added UI language, chosen as the browser's language: the options page and the inline panel render in it,
// with no raw message key left where a translation is missing. One browser per language (--lang is per launch).
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { test as base, expect } from './fixtures/test';
import { launchWithExtension } from './fixtures/chromium';
import { OptionsPage, type OptionsSection } from './page-objects/options-page';
import { askInTextarea } from './page-objects/textarea-page';

type Messages = Record<string, { message: string }>;
const readMessages = (folder: string) => JSON.parse(readFileSync(`public/_locales/${folder}/messages.json`, 'utf8')) as Messages;

// Folder under public/_locales, and the language Chromium is launched with.
const LOCALES = [
  { folder: 'ja', lang: 'ja' },
  { folder: 'ko', lang: 'ko' },
  { folder: 'es', lang: 'es' },
  { folder: 'fr', lang: 'fr' },
  { folder: 'de', lang: 'de' },
  { folder: 'pt_BR', lang: 'pt-BR' },
  { folder: 'zh_TW', lang: 'zh-TW' },
] as const;
const SECTIONS: OptionsSection[] = ['welcome', 'providers', 'chain', 'generation', 'reliability', 'cache', 'filter', 'templates', 'sites', 'profiles', 'metrics', 'history', 'transfer', 'diagnostics'];
const SCREENSHOTS = 'test-results/screenshots';

// t() falls back to the key itself, so a missing translation shows as a key. Keys with a capital or an underscore
// (nearly all of them) cannot be mistaken for ordinary words in any language.
const KEY_LIKE = Object.keys(readMessages('en')).filter((key) => /[A-Z_]/.test(key));
const RAW_KEY = new RegExp(`\\b(${KEY_LIKE.join('|')})\\b`, 'g');

// Everything a person reads or hears in a part of the UI: its text and its labels, titles and placeholders.
async function readableText(scope: Locator): Promise<string> {
  const text = await scope.innerText();
  const labels = await scope.locator('[aria-label], [title], [placeholder]').evaluateAll((elements) =>
    elements.flatMap((el) => ['aria-label', 'title', 'placeholder'].map((name) => el.getAttribute(name) ?? '')),
  );
  return [text, ...labels].join('\n');
}
const rawKeys = (text: string) => [...new Set(text.match(RAW_KEY) ?? [])];

const test = base.extend<{ uiLanguage: string }>({
  uiLanguage: ['en', { option: true }],
  context: async ({ uiLanguage }, use) => {
    const { context, userDataDir } = await launchWithExtension({ locale: uiLanguage });
    await use(context);
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  },
});

for (const { folder, lang } of LOCALES) {
  test.describe(folder, () => {
    test.use({ uiLanguage: lang });

    test(`the options page and the inline panel render in ${folder}`, async ({ context, extensionId, configure, pages }) => {
      const m = readMessages(folder);
      const text = (key: string) => m[key]!.message;
      mkdirSync(SCREENSHOTS, { recursive: true });
      await configure({});

      const options = new OptionsPage(await context.newPage(), extensionId);
      for (const section of SECTIONS) {
        await options.goto(section);
        expect(rawKeys(await readableText(options.page.locator('body'))), `raw keys in the ${section} section`).toEqual([]);
      }
      await options.goto('providers');
      // The page declares the browser's UI language; some Chromium builds add a region to a bare --lang
      // (es → es-ES), which is still that language.
      const declared = await options.page.evaluate(() => document.documentElement.lang);
      expect(declared === lang || (!lang.includes('-') && declared.startsWith(`${lang}-`)), `lang="${declared}"`).toBe(true);
      await expect(options.heading).toHaveText(text('opt_nav_providers'));
      await expect(options.page.getByRole('navigation', { name: text('opt_navLabel') }).getByRole('link', { name: text('opt_nav_metrics') })).toBeVisible();
      await expect(options.page.getByRole('button', { name: text('opt_testConnection') })).toBeVisible();
      await options.page.screenshot({ path: `${SCREENSHOTS}/locale-${folder}-options.png`, fullPage: true });

      const done = text('statusDone').split('$1')[0]!.trim();
      const panel = await askInTextarea(context, pages.url, 'Write a greeting', done, { generate: text('generate'), prompt: text('prompt') });
      await expect(panel.dialog.getByRole('group', { name: text('quickActions') }).getByRole('button', { name: text('templateFixGrammar'), exact: true })).toBeVisible();
      await expect(panel.dialog.getByRole('button', { name: text('insert'), exact: true })).toBeVisible();
      expect(rawKeys(await readableText(panel.dialog)), 'raw keys in the panel').toEqual([]);
      await panel.dialog.page().screenshot({ path: `${SCREENSHOTS}/locale-${folder}-panel.png` });
    });
  });
}
