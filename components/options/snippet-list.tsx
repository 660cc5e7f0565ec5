// The user's snippets: ready-made text offered when every model fails, matched by keywords.
import { useState } from 'react';
import { t } from '../../lib/i18n/t';
import type { Snippet } from '../../lib/settings/policy-schemas';
import { errorAt, type FieldErrors } from './issue-messages';
import { ReorderButtons } from './reorder-buttons';
import { moveItem } from './reorder';
import { TextAreaField } from './text-area-field';
import { TextField } from './text-field';

interface SnippetListProps {
  snippets: Snippet[];
  onChange: (snippets: Snippet[]) => void;
  errors: FieldErrors;
}

export function keywordsOf(text: string): string[] {
  return text
    .split(/[,，]/)
    .map((word) => word.trim())
    .filter(Boolean);
}

// Keeps the text as typed (a trailing comma included) and hands back the parsed list.
function KeywordsField({ index, keywords, onChange, error }: { index: number; keywords: string[]; onChange: (keywords: string[]) => void; error?: string }) {
  const [text, setText] = useState(keywords.join(', '));
  return (
    <TextField
      label={t('opt_snippetKeywords', String(index + 1))}
      name={`snippet-${index}-keywords`}
      value={text}
      onChange={(value) => {
        setText(value);
        onChange(keywordsOf(value));
      }}
      error={error}
      help={t('opt_snippetKeywordsHelp')}
    />
  );
}

export function SnippetList({ snippets, onChange, errors }: SnippetListProps) {
  const update = (index: number, patch: Partial<Snippet>) => onChange(snippets.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <ol className="cards">
      {snippets.map((snippet, index) => {
        const name = snippet.title || t('opt_snippetN', String(index + 1));
        return (
          <li key={snippet.id} className="card">
            <div className="card-head">
              <TextField
                label={t('opt_snippetTitle', String(index + 1))}
                name={`snippet-${index}-title`}
                value={snippet.title}
                onChange={(title) => update(index, { title })}
                error={errorAt(errors, `snippets.${index}.title`)}
              />
              <ReorderButtons index={index} count={snippets.length} itemName={name} onMove={(from, to) => onChange(moveItem(snippets, from, to))} />
              <button type="button" className="icon danger" aria-label={t('opt_delete', name)} title={t('opt_delete', name)} onClick={() => onChange(snippets.filter((_, i) => i !== index))}>
                ✕
              </button>
            </div>
            <TextAreaField
              label={t('opt_snippetText', String(index + 1))}
              name={`snippet-${index}-text`}
              rows={3}
              spellCheck
              value={snippet.text}
              onChange={(text) => update(index, { text })}
              error={errorAt(errors, `snippets.${index}.text`)}
            />
            <KeywordsField index={index} keywords={snippet.keywords} onChange={(keywords) => update(index, { keywords })} error={errorAt(errors, `snippets.${index}.keywords`)} />
          </li>
        );
      })}
    </ol>
  );
}
