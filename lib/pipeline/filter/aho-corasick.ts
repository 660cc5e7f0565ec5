// Owns a hand-written Aho–Corasick automaton: finds every occurrence of many words in one pass, fed chunk by chunk.
//
// Works on UTF-16 code units, so callers normalise words and text the same way first. Matching is plain
// substring matching (no word boundaries), which is what scripts without spaces, such as Chinese, need.

export interface AcMatch {
  // Absolute position just past the match's last unit, counted over everything fed to the scanner.
  end: number;
  length: number;
  word: string;
}

export interface AcScanner {
  // Feeds the next piece of text and returns the matches that end inside it, in order of `end`.
  feed(text: string): AcMatch[];
  // Units fed so far.
  position(): number;
  // Length of the longest fed suffix that could still grow into a match: the tail a streaming caller must hold.
  pendingLength(): number;
}

export interface Automaton {
  // The distinct non-empty words, in first-seen order.
  readonly words: readonly string[];
  readonly maxLength: number;
  createScanner(): AcScanner;
}

const ROOT = 0;
const NONE = -1;

export function createAutomaton(input: readonly string[]): Automaton {
  const words = [...new Set(input.filter((word) => word.length > 0))];
  const children: Array<Map<number, number>> = [new Map()];
  const depth: number[] = [0];
  const wordAt: number[] = [NONE];

  words.forEach((word, index) => {
    let node = ROOT;
    for (let i = 0; i < word.length; i++) {
      const unit = word.charCodeAt(i);
      const edges = children[node]!;
      let next = edges.get(unit);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        depth.push(depth[node]! + 1);
        wordAt.push(NONE);
        edges.set(unit, next);
      }
      node = next;
    }
    wordAt[node] = index;
  });

  const count = children.length;
  const fail = new Int32Array(count);
  // Nearest node down the failure chain that ends a word, so reporting skips nodes that end none.
  const outLink = new Int32Array(count).fill(NONE);
  // Depth of the deepest node down the failure chain that still has children: only that much can grow.
  const hold = new Int32Array(count);

  // Breadth-first, so a node's failure target (always shallower) is finished before the node itself.
  const queue: number[] = [ROOT];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const [unit, child] of children[node]!) {
      let target = ROOT;
      if (node !== ROOT) {
        let f = fail[node]!;
        while (f !== ROOT && !children[f]!.has(unit)) f = fail[f]!;
        target = children[f]!.get(unit) ?? ROOT;
      }
      fail[child] = target;
      outLink[child] = wordAt[target] !== NONE ? target : outLink[target]!;
      hold[child] = children[child]!.size > 0 ? depth[child]! : hold[target]!;
      queue.push(child);
    }
  }

  const maxLength = words.reduce((max, word) => Math.max(max, word.length), 0);

  function createScanner(): AcScanner {
    let state = ROOT;
    let fed = 0;
    return {
      feed(text) {
        const matches: AcMatch[] = [];
        let s = state;
        for (let i = 0; i < text.length; i++) {
          const unit = text.charCodeAt(i);
          let next = children[s]!.get(unit);
          while (next === undefined && s !== ROOT) {
            s = fail[s]!;
            next = children[s]!.get(unit);
          }
          s = next ?? ROOT;
          let out = wordAt[s] !== NONE ? s : outLink[s]!;
          while (out !== NONE) {
            matches.push({ end: fed + i + 1, length: depth[out]!, word: words[wordAt[out]!]! });
            out = outLink[out]!;
          }
        }
        state = s;
        fed += text.length;
        return matches;
      },
      position: () => fed,
      pendingLength: () => hold[state]!,
    };
  }

  return { words, maxLength, createScanner };
}
