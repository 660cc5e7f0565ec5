// Builds the e2e test pages that need npm packages (rich editors, React forms) into tests/e2e/pages/built.
// Every .html file under this folder is a page; plain pages live in tests/e2e/pages directly.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = path.dirname(fileURLToPath(import.meta.url));

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : htmlPages(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  // Each @lexical/* package nests its own copy of lexical; one shared copy keeps the editor's node classes one.
  resolve: { dedupe: ['lexical'] },
  logLevel: 'warn',
  build: {
    outDir: path.resolve(root, '../pages/built'),
    emptyOutDir: true,
    // Test pages only: readable stack traces beat small files.
    minify: false,
    chunkSizeWarningLimit: 10_000,
    rollupOptions: { input: htmlPages(root) },
  },
});
