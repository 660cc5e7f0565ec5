// Owns serving the bench's pages on loopback: the first-delta page and generated pages with N form fields.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const PAGES_DIR = path.resolve('bench/pages');

export interface BenchPages {
  url: string;
  // A static page with `n` labelled text inputs and no script of its own.
  fieldsUrl(n: number, nonce?: string | number): string;
  close(): Promise<void>;
}

export function fieldsPage(n: number): string {
  const fields: string[] = [];
  for (let i = 0; i < n; i++) fields.push(`<p><label for="f${i}">Field ${i}</label> <input id="f${i}" name="f${i}" type="text"></p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${n} fields</title></head><body><form>${fields.join('')}</form></body></html>`;
}

export async function startBenchPages(): Promise<BenchPages> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/fields.html') {
      const n = Math.min(100_000, Math.max(0, Number(url.searchParams.get('n') ?? '10') || 0));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(fieldsPage(n));
      return;
    }
    const file = path.join(PAGES_DIR, path.normalize(url.pathname).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(PAGES_DIR + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body),
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    fieldsUrl: (n, nonce = '') => `${url}/fields.html?n=${n}&r=${nonce}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
