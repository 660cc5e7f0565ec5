import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { launchWithExtension } from './fixtures/chromium';
import { OptionsPage, type OptionsSection } from './page-objects/options-page';
import { askInTextarea, CHINESE_PANEL } from './page-objects/textarea-page';

const SECTIONS: OptionsSection[] = ['welcome', 'providers', 'chain', 'generation', 'reliability', 'cache', 'filter', 'templates', 'sites', 'profiles', 'metrics', 'history', 'transfer'];
const SCREENSHOTS = 'test-results/screenshots';
const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(13, 17, 23)' } as const;

// A browser whose language is Simplified Chinese.
const zhTest = test.extend({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const { context, userDataDir } = await launchWithExtension({ locale: 'zh-CN' });
    await use(context);
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  },
});

type Messages = Record<string, { message: string }>;
const readMessages = (locale: string) => JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Messages;
const EN = readMessages('en');
const ZH = readMessages('zh_CN');
// Key names that could only be on screen if a t() lookup failed ("opt_kind_azure", "panelTitle").
const KEY_NAMES = Object.keys(EN).filter((key) => /_|[a-z][A-Z]/.test(key));
// English strings that have a different Chinese translation: none may show on a Chinese page.
const ENGLISH_ONLY = new Set(
  Object.entries(EN)
    .filter(([key, { message }]) => !message.includes('$') && message.trim().length > 3 && ZH[key]?.message !== message)
    .map(([, { message }]) => message.trim()),
);
// Chinese an English page shows on purpose: the default filter words are an English and a Chinese example each.
const CHINESE_ON_ENGLISH_PAGE = ['他妈的', '傻逼'];

// Visible text of the section, one entry per text node, and the controls whose text does not fit.
async function readSection(page: Page): Promise<{ texts: string[]; clipped: string[]; pageScrollsSideways: boolean }> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!parent || text === '' || parent.closest('script, style, [hidden], [aria-hidden="true"]')) continue;
      if (parent.getClientRects().length === 0) continue;
      texts.push(text);
    }
    const clipped = Array.from(document.querySelectorAll<HTMLElement>('button, a, label, h1, h2, h3, th, legend, [role="tab"], [role="alert"], [role="status"]'))
      .filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).textOverflow !== 'ellipsis')
      // Wider content than box: cut off when overflow is hidden, spilling over its neighbours when visible.
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .map((element) => `${element.tagName.toLowerCase()}: ${element.textContent?.trim().slice(0, 60)}`);
    return { texts, clipped, pageScrollsSideways: document.documentElement.scrollWidth > document.documentElement.clientWidth };
  });
}

// Every section in both color schemes: the page's language throughout, no raw message keys, nothing cut off or
// pushing the page sideways. The screenshots are saved for a person to look at as well.
async function checkEverySection(options: OptionsPage, locale: 'en' | 'zh-CN'): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await options.page.emulateMedia({ colorScheme: scheme });
    for (const section of SECTIONS) {
      await options.goto(section);
      if (section === 'metrics') await options.page.locator('.recharts-line-dot').first().waitFor();
      await expect(options.page.locator('body')).toHaveCSS('background-color', BACKGROUND[scheme]);
      await options.page.screenshot({ path: `${SCREENSHOTS}/options-${locale}-${scheme}-${section}.png`, fullPage: true });
      const { texts, clipped, pageScrollsSideways } = await readSection(options.page);
      const where = `${locale} ${scheme} ${section}`;
      expect(texts.length, `${where}: the section shows text`).toBeGreaterThan(5);
      const words = new Set(texts.flatMap((text) => text.split(/[^A-Za-z0-9_]+/)));
      expect(KEY_NAMES.filter((key) => words.has(key)), `${where}: raw message keys on screen`).toEqual([]);
      if (locale === 'zh-CN') {
        expect(texts.filter((text) => ENGLISH_ONLY.has(text)), `${where}: English strings on the Chinese page`).toEqual([]);
        expect(texts.some((text) => /[\u4e00-\u9fff]/.test(text)), `${where}: Chinese text`).toBe(true);
      } else {
        const chinese = texts.filter((text) => /[\u4e00-\u9fff]/.test(text) && !CHINESE_ON_ENGLISH_PAGE.some((word) => text.includes(word)));
        expect(chinese, `${where}: Chinese strings on the English page`).toEqual([]);
      }
      expect(clipped, `${where}: controls whose text is cut off`).toEqual([]);
      expect(pageScrollsSideways, `${where}: the page scrolls sideways`).toBe(false);
    }
  }
}

zhTest('the options page renders in Chinese when the browser language is zh-CN', async ({ context, extensionId, configure }) => {
  await configure({});
  const options = new OptionsPage(await context.newPage(), extensionId);
  await options.goto('providers');
  expect(await options.page.evaluate(() => document.documentElement.lang)).toMatch(/^zh/);
  await expect(options.heading).toHaveText('服务商');
  await expect(options.page.getByRole('navigation', { name: '设置分区' }).getByRole('link', { name: '统计面板' })).toBeVisible();
  await expect(options.page.getByRole('button', { name: '测试连接' })).toBeVisible();

  await options.open('生成');
  await options.field('每次回答的最大 token 数').fill('0');
  await options.page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(options.page.getByRole('alert')).toHaveText('不能小于 1。');
});

zhTest('every section in Chinese, light and dark: Chinese throughout, no raw keys, nothing cut off', async ({ context, extensionId, configure, pages }) => {
  await configure({});
  await askInTextarea(context, pages.url, '写一句问候', '完成', CHINESE_PANEL);
  const options = new OptionsPage(await context.newPage(), extensionId);
  await checkEverySection(options, 'zh-CN');
});

test('every section in English, light and dark: English throughout, no raw keys, nothing cut off', async ({ context, extensionId, configure, pages }) => {
  await configure({});
  await askInTextarea(context, pages.url, 'Write a greeting');
  const options = new OptionsPage(await context.newPage(), extensionId);
  await checkEverySection(options, 'en');
});
