// Turns off zod's JIT before zod loads. Extension pages, the worker and content scripts all run under a CSP without
// 'unsafe-eval', where zod's probe for `new Function` fails and raises a securitypolicyviolation; zod makes that
// probe at the first z.object() it builds (two violations on every load of the options page or the popup), and in
// the worker the first schemas cost 2.7 ms with it against 0.8 ms without (marks at each bundled statement, 8
// cold starts). zod reads globalThis.__zod_globalConfig when its core module is evaluated, so this must be
// evaluated before any module that imports zod: the first import of each entry that bundles zod into one file, or,
// for the extension pages (whose shared chunks load zod before their entry's own imports), a classic script of its
// own ahead of the page's modules (entrypoints/zod-jitless.ts).
const scope = globalThis as typeof globalThis & { __zod_globalConfig?: Record<string, unknown> };
scope.__zod_globalConfig = { ...scope.__zod_globalConfig, jitless: true };
