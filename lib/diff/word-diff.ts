// Owns the word-level diff of a rewrite against its original: which words were removed and added, grouped
// into changes the user can accept or reject one by one, and the text that results from those choices.
import { diffArrays } from 'diff';
import { segmentWords } from './segment-words';

export type DiffPart =
  | { kind: 'same'; text: string }
  // One change: `removed` (may be '') was replaced by `added` (may be ''). Ids count from 0 in text order.
  | { kind: 'change'; id: number; removed: string; added: string };

// Beyond this many edits the diff says "all of it changed" rather than spending long on a cubic search:
// a rewrite that different is better read as the new text.
const MAX_EDIT_LENGTH = 4000;

export function diffWords(original: string, revised: string, locale?: string): DiffPart[] {
  const before = segmentWords(original, locale);
  const after = segmentWords(revised, locale);
  const changes = diffArrays(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) return numbered([{ kind: 'change', id: 0, removed: original, added: revised }]);
  const parts: DiffPart[] = [];
  for (const change of changes) {
    const text = change.value.join('');
    if (!change.added && !change.removed) parts.push({ kind: 'same', text });
    else appendChange(parts, change.removed ? text : '', change.added ? text : '');
  }
  return numbered(joinAcrossSpaces(parts));
}

// Consecutive removals and additions are one change ("Their" → "They're").
function appendChange(parts: DiffPart[], removed: string, added: string): void {
  const last = parts.at(-1);
  if (last?.kind === 'change') {
    last.removed += removed;
    last.added += added;
  } else {
    parts.push({ kind: 'change', id: 0, removed, added });
  }
}

// "quick brown" → "slow red" reads as one change, not two with a space between: changes separated by
// whitespace alone are joined, the space going to both sides.
function joinAcrossSpaces(parts: readonly DiffPart[]): DiffPart[] {
  const joined: DiffPart[] = [];
  for (const part of parts) {
    const gap = joined.at(-1);
    const before = joined.at(-2);
    if (part.kind === 'change' && gap?.kind === 'same' && before?.kind === 'change' && /^\s+$/.test(gap.text)) {
      joined.pop();
      before.removed += gap.text + part.removed;
      before.added += gap.text + part.added;
    } else {
      joined.push({ ...part });
    }
  }
  return joined;
}

function numbered(parts: DiffPart[]): DiffPart[] {
  let id = 0;
  return parts.map((part) => (part.kind === 'change' ? { ...part, id: id++ } : part));
}

export function changeCount(parts: readonly DiffPart[]): number {
  return parts.filter((part) => part.kind === 'change').length;
}

// The revised text with each rejected change put back to the original's words.
export function composeText(parts: readonly DiffPart[], rejected: ReadonlySet<number> = new Set()): string {
  return parts.map((part) => (part.kind === 'same' ? part.text : rejected.has(part.id) ? part.removed : part.added)).join('');
}
