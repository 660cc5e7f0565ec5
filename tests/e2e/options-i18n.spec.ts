import { mkdirSync, rmSync } from 'node:fs';
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

async function screenshotEverySection(options: OptionsPage, locale: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await options.page.emulateMedia({ colorScheme: scheme });
    for (const section of SECTIONS) {
      await options.goto(section);
      if (section === 'metrics') await options.page.locator('.recharts-line-dot').first().waitFor();
      await expect(options.page.locator('body')).toHaveCSS('background-color', BACKGROUND[scheme]);
      await options.page.screenshot({ path: `${SCREENSHOTS}/options-${locale}-${scheme}-${section}.png`, fullPage: true });
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

zhTest('screenshots of every section in Chinese, light and dark', async ({ context, extensionId, configure, pages }) => {
  await configure({});
  await askInTextarea(context, pages.url, '写一句问候', '完成', CHINESE_PANEL);
  const options = new OptionsPage(await context.newPage(), extensionId);
  await screenshotEverySection(options, 'zh-CN');
});

test('screenshots of every section in English, light and dark', async ({ context, extensionId, configure, pages }) => {
  await configure({});
  await askInTextarea(context, pages.url, 'Write a greeting');
  const options = new OptionsPage(await context.newPage(), extensionId);
  await screenshotEverySection(options, 'en');
});
