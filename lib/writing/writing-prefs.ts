// Owns the writing choices the panel remembers: tone and length per site, the translation target language,
// their stored shape (versioned, bounded) and how a change is folded in.
import { z } from 'zod';
import { DEFAULT_STYLE, WritingStyleSchema, type WritingStyle } from '../prompts/writing-style';

// A BCP 47 language tag ("ja", "zh-CN", "pt-BR"); '' means the browser's UI language.
export const LanguageTagSchema = z.union([z.literal(''), z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/)]);

// What a page's panel gets: its site's style and the remembered target language.
export const WritingPrefsSchema = z.object({ style: WritingStyleSchema, language: LanguageTagSchema });
export type WritingPrefs = z.infer<typeof WritingPrefsSchema>;

// A change from the panel: either part, or both.
export const WritingPrefsPatchSchema = z.object({ style: WritingStyleSchema.optional(), language: LanguageTagSchema.optional() });
export type WritingPrefsPatch = z.infer<typeof WritingPrefsPatchSchema>;

// The most sites remembered; the least recently changed go first, so storage stays small.
export const MAX_REMEMBERED_SITES = 200;

export const StoredWritingPrefsSchema = z.object({
  version: z.literal(1),
  language: LanguageTagSchema,
  sites: z.record(z.string().max(253), WritingStyleSchema.extend({ changedAt: z.number() })),
});
export type StoredWritingPrefs = z.infer<typeof StoredWritingPrefsSchema>;

export const EMPTY_PREFS: StoredWritingPrefs = { version: 1, language: '', sites: {} };

// Anything stored that does not parse (an older or damaged record) reads as no choices made yet.
export function readStoredPrefs(raw: unknown): StoredWritingPrefs {
  const parsed = StoredWritingPrefsSchema.safeParse(raw);
  return parsed.success ? parsed.data : EMPTY_PREFS;
}

export function prefsForSite(stored: StoredWritingPrefs, site: string | null): WritingPrefs {
  const entry = site === null ? undefined : stored.sites[site];
  const style: WritingStyle = entry ? { tone: entry.tone, length: entry.length } : DEFAULT_STYLE;
  return { style, language: stored.language };
}

export function applyPatch(stored: StoredWritingPrefs, site: string | null, patch: WritingPrefsPatch, now: number): StoredWritingPrefs {
  const sites = { ...stored.sites };
  if (patch.style && site !== null) {
    sites[site] = { ...patch.style, changedAt: now };
    const byAge = Object.entries(sites).sort(([, a], [, b]) => b.changedAt - a.changedAt);
    for (const [key] of byAge.slice(MAX_REMEMBERED_SITES)) delete sites[key];
  }
  return { version: 1, language: patch.language ?? stored.language, sites };
}
