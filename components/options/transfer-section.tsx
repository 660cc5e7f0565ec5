// Import and export of all settings as a file; keys only when asked for, and a bad file changes nothing.
import { useState, type ChangeEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { t } from '../../lib/i18n/t';
import { sendMessage } from '../../lib/messaging/messenger';
import { CheckField } from './check-field';
import { downloadText, today } from './download';
import { issueText, pathKey } from './issue-messages';
import { SaveStatus } from './section-form';
import { SectionFrame } from './section-frame';
import { readSettingsFile, settingsToJson } from './settings-file';
import { useSaveSettings } from './use-save-settings';

export function TransferSection() {
  const [includeKeys, setIncludeKeys] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const saver = useSaveSettings();
  const exporter = useMutation({
    mutationFn: () => sendMessage('exportSettings', { includeKeys }),
    onSuccess: ({ settings, apiKeys }) => downloadText(`draftsmith-settings-${today()}.json`, settingsToJson(settings, apiKeys), 'application/json'),
  });

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const read = readSettingsFile(await file.text());
    if (!read.ok) {
      setProblems(read.issues.map((issue) => (pathKey(issue.path) ? `${pathKey(issue.path)}: ${issueText(issue)}` : issueText(issue))));
      saver.setNotice({ kind: 'error', text: t('opt_importRejected') });
      return;
    }
    setProblems([]);
    const saveKeys = async () => {
      for (const [providerId, key] of Object.entries(read.apiKeys)) await sendMessage('saveApiKey', { providerId, key });
    };
    if (await saver.commit(read.settings, saveKeys)) saver.setNotice({ kind: 'ok', text: t('opt_imported') });
  };

  return (
    <SectionFrame title={t('opt_nav_transfer')} intro={t('opt_transferIntro')}>
      <fieldset>
        <legend>{t('opt_export')}</legend>
        <CheckField label={t('opt_includeKeys')} name="includeKeys" checked={includeKeys} onChange={setIncludeKeys} help={t('opt_includeKeysHelp')} />
        <button type="button" onClick={() => exporter.mutate()} disabled={exporter.isPending}>
          {t('opt_exportSettings')}
        </button>
        {exporter.isError && (
          <p className="error" role="alert">
            {exporter.error.message}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('opt_import')}</legend>
        <p className="help">{t('opt_importHelp')}</p>
        <label className="file-button">
          {t('opt_importSettings')}
          <input type="file" accept="application/json,.json" onChange={(event) => void onImport(event)} />
        </label>
        <SaveStatus notice={saver.notice} />
        {problems.length > 0 && (
          <ul className="error problems" role="alert">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
      </fieldset>
    </SectionFrame>
  );
}
