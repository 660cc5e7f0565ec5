// Keeps test code out of the product: shipped source never imports tests/ or bench/, test kits live in
// tests/support and only tests and benchmarks import them, and every lib/ module is reachable from an entry point
// (a module only tests reach is a test kit in the wrong place).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;
const TEST_FILE = /\.test\.tsx?$/;
const SKIP = new Set(['node_modules', '.output', '.wxt', 'built', 'out']);

function walk(dir: string): string[] {
  const full = path.join(ROOT, dir);
  let entries: string[];
  try {
    entries = readdirSync(full);
  } catch {
    // A folder that does not exist (scripts/ in a trimmed checkout) simply has no files.
    return [];
  }
  return entries.flatMap((name) => {
    if (SKIP.has(name) || name.startsWith('.')) return [];
    const relative = path.join(dir, name);
    if (statSync(path.join(ROOT, relative)).isDirectory()) return walk(relative);
    return SOURCE.test(name) ? [relative] : [];
  });
}

const CANDIDATE_EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.js', '/index.ts', '/index.tsx'];

// Resolves a relative or `@/`/`~/` import to a repository file, or null for a package import.
function resolveImport(from: string, specifier: string, known: ReadonlySet<string>): string | null {
  let base: string;
  if (specifier.startsWith('.')) base = path.join(path.dirname(from), specifier);
  else if (/^(@@?|~~?)\//.test(specifier)) base = specifier.replace(/^(@@?|~~?)\//, '');
  else return null;
  base = path.normalize(base);
  for (const extension of CANDIDATE_EXTENSIONS) {
    const candidate = base + extension;
    if (known.has(candidate)) return candidate;
  }
  // Unresolvable relative import (a JSON file, an asset): keep the path so a tests/ prefix is still caught.
  return base;
}

const files = ['lib', 'components', 'entrypoints', 'tests', 'bench', 'scripts'].flatMap(walk).concat('wxt.config.ts');
const known = new Set(files);
const imports = new Map<string, string[]>(
  files.map((file) => {
    const info = ts.preProcessFile(readFileSync(path.join(ROOT, file), 'utf8'), true, true);
    const targets = info.importedFiles.map((ref) => resolveImport(file, ref.fileName, known)).filter((t): t is string => t !== null);
    return [file, targets];
  }),
);

const isTestCode = (file: string) => TEST_FILE.test(file) || file.startsWith('tests/') || file.startsWith('bench/');
const shipped = files.filter((file) => /^(lib|components|entrypoints)\//.test(file) && !isTestCode(file));

describe('test code stays out of the product', () => {
  it('no shipped module in lib/, components/ or entrypoints/ imports tests/, bench/ or vitest', () => {
    const offenders = shipped.flatMap((file) => {
      const source = readFileSync(path.join(ROOT, file), 'utf8');
      const bad = (imports.get(file) ?? []).filter((target) => /^(tests|bench)\//.test(target));
      if (/from ['"]vitest['"]/.test(source)) bad.push('vitest');
      return bad.map((target) => `${file} -> ${target}`);
    });
    expect(offenders, `shipped code imports test code:\n${offenders.join('\n')}`).toEqual([]);
  });

  it('test kits in tests/support are imported only by tests and benchmarks', () => {
    const offenders = files
      .filter((file) => !isTestCode(file))
      .flatMap((file) => (imports.get(file) ?? []).filter((t) => t.startsWith('tests/support/')).map((t) => `${file} -> ${t}`));
    expect(offenders, `non-test code imports a test kit:\n${offenders.join('\n')}`).toEqual([]);
  });

  it('every lib/ and components/ module is reachable from an entry point or the build config', () => {
    const roots = files.filter((file) => (file.startsWith('entrypoints/') && !isTestCode(file)) || file === 'wxt.config.ts');
    const reached = new Set<string>();
    const queue = [...roots];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (reached.has(file)) continue;
      reached.add(file);
      queue.push(...(imports.get(file) ?? []).filter((target) => known.has(target)));
    }
    const orphans = shipped.filter((file) => !file.startsWith('entrypoints/') && !reached.has(file));
    expect(orphans, `modules only tests reach (move them to tests/support or wire them in):\n${orphans.join('\n')}`).toEqual([]);
  });
});
