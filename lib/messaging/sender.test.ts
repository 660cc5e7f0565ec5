import { describe, expect, it } from 'vitest';
import { senderPageUrl, type SenderInfo } from './sender';

describe('senderPageUrl', () => {
  it.each<[string, SenderInfo, string | undefined]>([
    ['a page names itself', { url: 'https://mail.example.com/inbox', origin: 'https://mail.example.com' }, 'https://mail.example.com/inbox'],
    ['an about:srcdoc editor frame names the site that wrote it', { url: 'about:srcdoc', origin: 'https://cms.example.com' }, 'https://cms.example.com'],
    ['an about:blank frame names its creator', { url: 'about:blank', origin: 'http://127.0.0.1:8080' }, 'http://127.0.0.1:8080'],
    ['an opaque origin leaves the about: URL, which no site rule matches', { url: 'about:blank', origin: 'null' }, 'about:blank'],
    ['no origin at all leaves the URL', { url: 'about:srcdoc' }, 'about:srcdoc'],
    ['no URL and no origin', {}, undefined],
  ])('%s', (_name, sender, expected) => {
    expect(senderPageUrl(sender)).toBe(expected);
  });
});
