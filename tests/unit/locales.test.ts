// Every UI string exists in both languages, with the same substitutions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string }>;
const load = (locale: string) => JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Messages;
const en = load('en');
const zh = load('zh_CN');

describe('locales', () => {
  it('zh_CN has exactly the keys of en', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s keeps its substitutions and is translated', (key) => {
    const english = en[key]!.message;
    const chinese = zh[key]!.message;
    expect((chinese.match(/\$\d/g) ?? []).sort()).toEqual((english.match(/\$\d/g) ?? []).sort());
    expect(chinese.length).toBeGreaterThan(0);
  });

  it('keys are valid chrome.i18n names', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });
});
