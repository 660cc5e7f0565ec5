// Templates and snippets: edit, add, delete, reorder, with variable help; import and export them as JSON.
import { useState, type ChangeEvent } from 'react';
import { t } from '../../lib/i18n/t';
import type { OptionsState } from '../../lib/messaging/options-schemas';
import { TEMPLATE_VARIABLES } from '../../lib/prompts/templates';
import { downloadText, today } from './download';
import { issueText } from './issue-messages';
import { libraryToJson, mergeById, readLibrary } from './library-file';
import { SectionForm } from './section-form';
import { SectionFrame } from './section-frame';
import { SnippetList } from './snippet-list';
import { TemplateList } from './template-list';
import { useSaveSettings } from './use-save-settings';

const newId = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

function VariableHelp() {
  return (
    <details className="variable-help">
      <summary>{t('opt_variablesTitle')}</summary>
      <dl>
        {TEMPLATE_VARIABLES.map((name) => (
          <div key={name}>
            <dt>
              <code>{`{{${name}}}`}</code>
            </dt>
            <dd>{t(`opt_var_${name}`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

export function TemplatesSection({ state }: { state: OptionsState }) {
  const { settings } = state;
  const [templates, setTemplates] = useState(settings.templates);
  const [snippets, setSnippets] = useState(settings.snippets);
  const [importNote, setImportNote] = useState<{ ok: boolean; text: string } | null>(null);
  const saver = useSaveSettings();

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const read = readLibrary(await file.text());
    if (!read.ok) {
      setImportNote({ ok: false, text: read.issues.map((issue) => `${issue.path.length ? `${[...issue.path].join('.')}: ` : ''}${issueText(issue)}`).join(' ') });
      return;
    }
    setTemplates(mergeById(templates, read.file.templates));
    setSnippets(mergeById(snippets, read.file.snippets));
    setImportNote({ ok: true, text: t('opt_libraryImported', [String(read.file.templates.length), String(read.file.snippets.length)]) });
  };

  return (
    <SectionFrame title={t('opt_nav_templates')} intro={t('opt_templatesIntro')}>
      <SectionForm onSubmit={() => saver.save({ ...settings, templates, snippets })} notice={saver.notice} pending={saver.pending}>
        <h3>{t('opt_templates')}</h3>
        <VariableHelp />
        <TemplateList templates={templates} onChange={setTemplates} errors={saver.errors} />
        <button type="button" className="add" disabled={templates.length >= 100} onClick={() => setTemplates([...templates, { id: newId('tpl'), title: '', prompt: '' }])}>
          {t('opt_addTemplate')}
        </button>
        <h3>{t('opt_snippets')}</h3>
        <p className="help">{t('opt_snippetsHelp')}</p>
        <SnippetList snippets={snippets} onChange={setSnippets} errors={saver.errors} />
        <button type="button" className="add" disabled={snippets.length >= 500} onClick={() => setSnippets([...snippets, { id: newId('snip'), title: '', text: '', keywords: [] }])}>
          {t('opt_addSnippet')}
        </button>
        <fieldset>
          <legend>{t('opt_libraryFile')}</legend>
          <div className="actions">
            <button type="button" className="secondary" onClick={() => downloadText(`draftsmith-templates-${today()}.json`, libraryToJson(templates, snippets), 'application/json')}>
              {t('opt_exportLibrary')}
            </button>
            <label className="file-button">
              {t('opt_importLibrary')}
              <input type="file" accept="application/json,.json" onChange={(event) => void onImport(event)} />
            </label>
          </div>
          <p aria-live="polite" className={importNote ? (importNote.ok ? 'ok' : 'error') : undefined}>
            {importNote?.text}
          </p>
        </fieldset>
      </SectionForm>
    </SectionFrame>
  );
}
