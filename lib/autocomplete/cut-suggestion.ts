// Owns where a suggestion ends: at the end of the first sentence or line, so a small answer reads whole.
const SENTENCE_END = /[.!?。！？…](?=\s|$)|[。！？]/u;

// The suggestion as it may be shown, and whether the model's text went past that point (then the
// stream can stop: nothing more will be shown).
export function cutSuggestion(text: string): { text: string; complete: boolean } {
  const newline = text.indexOf('\n');
  // A leading newline would suggest an empty line; take nothing from such an answer.
  if (newline === 0) return { text: '', complete: true };
  const line = newline > 0 ? text.slice(0, newline) : text;
  const match = SENTENCE_END.exec(line);
  if (match) return { text: line.slice(0, match.index + match[0].length), complete: true };
  return { text: line, complete: newline > 0 };
}

// Models often echo the text before the caret or wrap the answer in quotes; neither belongs in a suggestion.
export function cleanSuggestion(text: string, before: string): string {
  let answer = text.replace(/^["“「]|["”」]$/gu, '');
  const tail = before.slice(-40);
  if (tail.trim() && answer.startsWith(tail)) answer = answer.slice(tail.length);
  // No double space where the field already ends in one.
  if (/\s$/.test(before)) answer = answer.replace(/^[ \t]+/, '');
  return answer;
}
