// Owns turning a caret inside rich text into a character offset and back, for when an editor re-renders
// the nodes a recorded Range pointed into while the text itself stayed the same.

export interface NodePoint {
  // Index of the text node, in document order, and the offset inside it.
  index: number;
  offset: number;
}

// Pure: where `offset` characters into the concatenated text nodes falls. A boundary between two nodes
// belongs to the earlier node (the caret stays at the end of what was typed); an offset past the end clamps.
export function locateOffset(lengths: readonly number[], offset: number): NodePoint | null {
  if (lengths.length === 0) return null;
  let remaining = Math.max(0, offset);
  for (let index = 0; index < lengths.length; index += 1) {
    const length = lengths[index] ?? 0;
    if (remaining <= length) return { index, offset: remaining };
    remaining -= length;
  }
  const last = lengths.length - 1;
  return { index: last, offset: lengths[last] ?? 0 };
}

// Characters of text before (node, offset) inside root; the same measure as root.textContent.
export function textOffsetIn(root: Node, node: Node, offset: number): number {
  const range = root.ownerDocument?.createRange();
  if (!range) return 0;
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

// A Range over [start, end) characters of root's text, or null when root holds no text node.
export function rangeAtOffsets(root: Node, start: number, end: number): Range | null {
  const doc = root.ownerDocument;
  if (!doc) return null;
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const lengths = nodes.map((node) => node.data.length);
  const from = locateOffset(lengths, start);
  const to = locateOffset(lengths, end);
  const startNode = from && nodes[from.index];
  const endNode = to && nodes[to.index];
  if (!from || !to || !startNode || !endNode) return null;
  const range = doc.createRange();
  range.setStart(startNode, from.offset);
  range.setEnd(endNode, to.offset);
  return range;
}
