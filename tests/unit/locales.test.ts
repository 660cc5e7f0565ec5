// Every UI string exists in every locale, with the same substitutions, and is really translated.
// One test per rule over every locale folder, so a new locale is checked without touching this file.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Messages = Record<string, Message>;

const LOCALES_DIR = 'public/_locales';
const load = (locale: string) => JSON.parse(readFileSync(`${LOCALES_DIR}/${locale}/messages.json`, 'utf8')) as Messages;
const en = load('en');
const translations = readdirSync(LOCALES_DIR)
  .filter((locale) => locale !== 'en')
  .map((locale) => ({ locale, messages: load(locale) }));

// Names and technical terms that stay as they are in every language (products, protocols, units).
const KEEP_AS_IS = [
  'Draftsmith', 'OpenAI', 'Azure', 'LM Studio', 'vLLM', 'Anthropic', 'Google', 'Gemini', 'Ollama', 'ollama serve', 'LiteLLM', 'Portkey',
  'OpenRouter', 'Chrome', 'Firefox', 'macOS', 'API', 'URL', 'JSON', 'CSV', 'CORS', 'UTC', 'HTTP', 'HTTPS', 'SSE', 'Markdown',
  // Chinese developer UIs keep "token" as the unit of model input and output.
  'token', 'tokens',
  // Key names on the keyboard.
  'Enter', 'Esc', 'Tab',
];
// Scripts without Latin letters: any English word left in them is untranslated text.
const NON_LATIN = /^(zh|ja|ko|ru|uk|el|ar|he|fa|hi|th)(_|$)/;

// Substitutions: positional $1…$9 and named $NAME$ (case-insensitive in chrome.i18n).
const substitutions = (text: string) => [...text.matchAll(/\$(\d|[A-Za-z_][A-Za-z0-9_]*\$)/g)].map((m) => m[0].toLowerCase()).sort();
const placeholderShape = (message: Message) =>
  Object.entries(message.placeholders ?? {})
    .map(([name, value]) => `${name.toLowerCase()}=${value.content}`)
    .sort();

// What is left to translate once substitutions, names, code-like tokens and punctuation are removed.
function translatableWords(text: string): string[] {
  let rest = text.replace(/\$(\d|[A-Za-z_][A-Za-z0-9_]*\$)/g, ' ');
  // Hosts, URLs, commands and shortcuts: anything with ://, a dot between letters, digits, _, = or +.
  rest = rest.replace(/\S*(:\/\/|[A-Za-z]\.[A-Za-z]|[0-9_=+])\S*/g, ' ');
  for (const name of KEEP_AS_IS) rest = rest.replace(new RegExp(`\\b${name}\\b`, 'g'), ' ');
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

function untranslated(locale: string, english: string, translated: string): boolean {
  if (translated.trim() === '') return true;
  const words = translatableWords(translated);
  if (NON_LATIN.test(locale)) return words.length > 0;
  // Latin scripts share words with English; a message is untranslated when it is the English one.
  return words.length > 0 && words.join(' ') === translatableWords(english).join(' ');
}

describe('locales', () => {
  it('found at least one translation to check', () => {
    expect(translations.map((t) => t.locale)).toContain('zh_CN');
  });

  it('every locale has exactly the keys of en', () => {
    const offenders = translations.flatMap(({ locale, messages }) => [
      ...Object.keys(en).filter((key) => !(key in messages)).map((key) => `${locale}: missing ${key}`),
      ...Object.keys(messages).filter((key) => !(key in en)).map((key) => `${locale}: extra ${key}`),
    ]);
    expect(offenders, `keys that differ from en:\n${offenders.join('\n')}`).toEqual([]);
  });

  it('every translation keeps the substitutions and placeholders of en', () => {
    const offenders = translations.flatMap(({ locale, messages }) =>
      Object.entries(en)
        .filter(([key]) => key in messages)
        .filter(([key, english]) => {
          const translated = messages[key]!;
          return (
            substitutions(translated.message).join() !== substitutions(english.message).join() ||
            placeholderShape(translated).join() !== placeholderShape(english).join()
          );
        })
        .map(([key, english]) => `${locale}: ${key} (en "${english.message}", ${locale} "${messages[key]!.message}")`),
    );
    expect(offenders, `substitutions that differ from en:\n${offenders.join('\n')}`).toEqual([]);
  });

  it('no translation leaves English text untranslated (names and terms in KEEP_AS_IS excepted)', () => {
    const offenders = translations.flatMap(({ locale, messages }) =>
      Object.entries(messages)
        .filter(([key, translated]) => key in en && untranslated(locale, en[key]!.message, translated.message))
        .map(([key, translated]) => `${locale}: ${key} "${translated.message}"`),
    );
    expect(offenders, `untranslated messages:\n${offenders.join('\n')}`).toEqual([]);
  });

  it('every key is a valid chrome.i18n name', () => {
    const offenders = [en, ...translations.map((t) => t.messages)].flatMap((messages) =>
      Object.keys(messages).filter((key) => !/^[A-Za-z0-9_@]+$/.test(key)),
    );
    expect(offenders, `invalid message names:\n${offenders.join('\n')}`).toEqual([]);
  });
});
