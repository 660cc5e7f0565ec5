import { afterAll, describe, expect, it } from 'vitest';
import { composedContains } from './composed-tree';

// Just enough of the DOM: nodes with parents, and shadow roots that point at their host.
class FakeShadowRoot {
  parentNode = null;
  constructor(readonly host: FakeNode) {}
}
class FakeNode {
  constructor(readonly parentNode: FakeNode | FakeShadowRoot | null) {}
}

const original = globalThis.ShadowRoot;
Object.assign(globalThis, { ShadowRoot: FakeShadowRoot });
afterAll(() => Object.assign(globalThis, { ShadowRoot: original }));

const body = new FakeNode(null);
const host = new FakeNode(body);
const shadow = new FakeShadowRoot(host);
const button = new FakeNode(shadow);
const innerHost = new FakeNode(shadow);
const nested = new FakeNode(new FakeShadowRoot(innerHost));
const other = new FakeNode(body);

describe('composedContains', () => {
  it.each([
    ['the host itself', host, true],
    ['an element in its shadow root', button, true],
    ['an element in a nested shadow root', nested, true],
    ['an element outside', other, false],
    ['the host’s parent', body, false],
    ['nothing', null, false],
  ])('%s', (_name, node, expected) => {
    expect(composedContains(host as unknown as Node, node as unknown as Node | null)).toBe(expected);
  });
});
