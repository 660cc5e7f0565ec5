// Owns the templates-and-snippets file: its shape, writing it, and reading one back with the problems named.
import { z } from 'zod';
import { SnippetSchema, UserTemplateSchema, type Snippet, type UserTemplate } from '../../lib/settings/policy-schemas';
import type { IssueLike } from './issue-messages';

export const LIBRARY_FORMAT = 'draftsmith-templates';

export const LibraryFileSchema = z.object({
  format: z.literal(LIBRARY_FORMAT),
  version: z.literal(1),
  templates: z.array(UserTemplateSchema).max(100).default([]),
  snippets: z.array(SnippetSchema).max(500).default([]),
});
export type LibraryFile = z.infer<typeof LibraryFileSchema>;

export function libraryToJson(templates: readonly UserTemplate[], snippets: readonly Snippet[]): string {
  const file: LibraryFile = { format: LIBRARY_FORMAT, version: 1, templates: [...templates], snippets: [...snippets] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type LibraryRead = { ok: true; file: LibraryFile } | { ok: false; issues: IssueLike[] };

export function readLibrary(text: string): LibraryRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, issues: [{ path: [], message: 'opt_import_notJson' }] };
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== LIBRARY_FORMAT) {
    return { ok: false, issues: [{ path: [], message: 'opt_import_foreignLibrary' }] };
  }
  const parsed = LibraryFileSchema.safeParse(json);
  return parsed.success ? { ok: true, file: parsed.data } : { ok: false, issues: parsed.error.issues };
}

// Imported items replace ones with the same id and are added after the rest.
export function mergeById<T extends { id: string }>(current: readonly T[], incoming: readonly T[]): T[] {
  const ids = new Set(incoming.map((item) => item.id));
  return [...current.filter((item) => !ids.has(item.id)), ...incoming];
}
