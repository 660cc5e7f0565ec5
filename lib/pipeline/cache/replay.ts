// Owns replaying a cached answer as a stream: splitting text into delta-sized pieces at safe boundaries.

type Segments = (text: string) => Iterable<string>;

let graphemes: Segments | undefined;

// Grapheme clusters where Intl.Segmenter exists (Chrome 87+, Firefox 125+), code points otherwise:
// either way a surrogate pair is never cut.
function segmenter(): Segments {
  if (graphemes) return graphemes;
  if (typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function') {
    const intl = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    graphemes = function* (text) {
      for (const { segment } of intl.segment(text)) yield segment;
    };
  } else {
    graphemes = (text) => text;
  }
  return graphemes;
}

// Pieces of at most chunkChars UTF-16 units, except that one code point is never cut (a lone
// astral character still makes a 2-unit piece when chunkChars is 1). Joined, they give back `text`.
export function replayChunks(text: string, chunkChars = 48): string[] {
  const size = Number.isFinite(chunkChars) ? Math.max(1, Math.floor(chunkChars)) : 48;
  const chunks: string[] = [];
  let current = '';
  const push = (piece: string) => {
    if (current.length > 0 && current.length + piece.length > size) {
      chunks.push(current);
      current = '';
    }
    current += piece;
  };
  for (const grapheme of segmenter()(text)) {
    if (grapheme.length <= size) push(grapheme);
    // A cluster longer than a chunk (stacked combining marks) is cut between its code points.
    else for (const codePoint of grapheme) push(codePoint);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
