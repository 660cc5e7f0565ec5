// Page object for the autocomplete ghost text: its overlay lives in a closed shadow root (page scripts must not
// read the suggestion), so the test reads it through the DevTools protocol, which sees closed roots too.
import { expect, type CDPSession, type Frame, type Page } from '@playwright/test';
import { contentScriptListeners } from '../fixtures/content-listeners';

interface DomNode {
  nodeId: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

export interface GhostState {
  // The grey text shown, or null when no suggestion is visible.
  text: string | null;
  // Its style, for checking that it copies the field's font.
  style: string;
}

export class GhostText {
  private session: CDPSession | null = null;

  // `oopif`: a field in a cross-origin iframe, which runs in its own process: the top page's session does not
  // reach its DOM, so the overlay is read through a session of that frame.
  constructor(
    readonly page: Page,
    private readonly oopif?: Frame,
  ) {}

  private async cdp(): Promise<CDPSession> {
    this.session ??= await this.page.context().newCDPSession(this.oopif ?? this.page);
    return this.session;
  }

  async read(): Promise<GhostState> {
    const cdp = await this.cdp();
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = find(root, (node) => node.nodeName === 'DRAFTSMITH-GHOST' && !attribute(node, 'style').includes('display: none'));
    const span = host?.shadowRoots?.[0]?.children?.find((node) => node.nodeName === 'SPAN');
    if (!host || !span) return { text: null, style: '' };
    return { text: span.children?.map((child) => child.nodeValue ?? '').join('') ?? '', style: attribute(span, 'style') };
  }

  async text(): Promise<string | null> {
    return (await this.read()).text;
  }

  // What the overlay's polite status says to assistive technology, or null without an overlay.
  async announcement(): Promise<string | null> {
    const cdp = await this.cdp();
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = find(root, (node) => node.nodeName === 'DRAFTSMITH-GHOST');
    const status = host?.shadowRoots?.[0]?.children?.find((node) => attribute(node, 'role') === 'status');
    if (!status) return null;
    return status.children?.map((child) => child.nodeValue ?? '').join('') ?? '';
  }

  // Types one key at a time, recording every ghost text seen in between, so a test can say what never appeared.
  async typeWatching(text: string, delayMs: number, seen: Set<string>): Promise<void> {
    for (const char of text) {
      await this.page.keyboard.type(char);
      await this.page.waitForTimeout(delayMs);
      const shown = await this.text();
      if (shown !== null) seen.add(shown);
    }
  }

  // The autocomplete module loads after the first focus asks the worker whether it is on here; keys typed
  // before it listens get no suggestion, so a test waits for its keydown listener first.
  // `inFirstFrame` for an editor in a same-origin iframe (TinyMCE): its own content script listens there.
  async waitUntilListening(fieldSelector: string, { inFirstFrame = false } = {}): Promise<void> {
    await expect.poll(async () => (await contentScriptListeners(this.page, fieldSelector, { inFirstFrame, oopif: this.oopif })).document).toContain('keydown');
  }

  async detach(): Promise<void> {
    await this.session?.detach().catch(() => undefined);
    this.session = null;
  }
}


function attribute(node: DomNode, name: string): string {
  const list = node.attributes ?? [];
  const index = list.indexOf(name);
  return index >= 0 && index % 2 === 0 ? (list[index + 1] ?? '') : '';
}

function find(node: DomNode, test: (node: DomNode) => boolean): DomNode | null {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
    const found = find(child, test);
    if (found) return found;
  }
  return null;
}
