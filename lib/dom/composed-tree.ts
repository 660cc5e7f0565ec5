// Owns walking the composed tree: Node.contains stops at shadow roots, our own UI lives behind them.

// Whether node is host or inside it, through any open or closed shadow roots in between.
export function composedContains(host: Node, node: Node | null): boolean {
  for (let current: Node | null = node; current; ) {
    if (current === host) return true;
    const parent: Node | null = current.parentNode;
    current = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return false;
}
