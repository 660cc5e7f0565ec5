// Owns matching a prompt to the user's snippets, the last fallback when every model has failed.
import type { Snippet } from '../../settings/policy-schemas';

// Scripts written without spaces between words (or, for Korean, with particles glued on), where
// a keyword is matched anywhere in the text instead of as a whole word.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHAR_BEFORE = /[\p{L}\p{N}\p{M}_]$/u;
const WORD_CHAR_AFTER = /^[\p{L}\p{N}\p{M}_]/u;

// NFKC folds full-width Latin (ｅｍａｉｌ) into ASCII, so it matches like typed text.
const normalize = (text: string) => text.normalize('NFKC').toLowerCase();

// Whole word: the characters on either side (two code units, to see a full surrogate pair) are not word characters.
function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (!WORD_CHAR_BEFORE.test(text.slice(Math.max(0, at - 2), at)) && !WORD_CHAR_AFTER.test(text.slice(end, end + 2))) {
      return true;
    }
  }
  return false;
}

// `term` and `text` are normalized; CJK terms match as substrings, the rest as whole words.
function matches(text: string, term: string): boolean {
  if (term.length === 0) return false;
  return CJK.test(term) ? text.includes(term) : containsWord(text, term);
}

const titleWords = (title: string) => normalize(title).split(/[\s\p{P}\p{S}]+/u).filter(Boolean);

interface Candidate {
  snippet: Snippet;
  hits: number;
  index: number;
}

/**
 * A snippet matches when one of its keywords appears in the prompt, or when every word of its
 * title does (case-insensitive; whole words for Latin text, substrings for CJK). The best match
 * has the most distinct keyword hits, then the shortest title, then comes first in the list.
 */
export function findSnippet(prompt: string, snippets: readonly Snippet[]): Snippet | null {
  const text = normalize(prompt);
  let best: Candidate | null = null;
  for (const [index, snippet] of snippets.entries()) {
    const keywords = new Set(snippet.keywords.map((keyword) => normalize(keyword).trim()));
    const hits = [...keywords].filter((keyword) => matches(text, keyword)).length;
    const words = titleWords(snippet.title);
    const titleHit = words.length > 0 && words.every((word) => matches(text, word));
    if (hits === 0 && !titleHit) continue;
    const candidate = { snippet, hits, index };
    if (!best || isBetter(candidate, best)) best = candidate;
  }
  return best?.snippet ?? null;
}

function isBetter(a: Candidate, b: Candidate): boolean {
  if (a.hits !== b.hits) return a.hits > b.hits;
  if (a.snippet.title.length !== b.snippet.title.length) return a.snippet.title.length < b.snippet.title.length;
  return a.index < b.index;
}
