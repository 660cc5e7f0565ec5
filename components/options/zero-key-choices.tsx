// The onboarding's choices that need no key, offered first: Chrome's on-device model (with its download) and a
// local Ollama or LM Studio server found on its default port (with its installed models).
import { useState } from 'react';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { t } from '../../lib/i18n/t';
import { tPlural } from '../../lib/i18n/plural';
import { globalLanguageModel } from '../../lib/providers/chrome-language-model';
import { builtInQuery, localServerQuery, queryKeys } from '../queries';
import { PRESETS, type PresetId } from './provider-presets';

type LocalPreset = 'ollama' | 'lm-studio';
const LOCAL_PRESETS: readonly LocalPreset[] = ['ollama', 'lm-studio'];

interface ZeroKeyChoicesProps {
  chosen: PresetId;
  onChoose: (preset: PresetId, model?: string) => void;
}

function BuiltInChoice({ chosen, onChoose }: ZeroKeyChoicesProps) {
  const queryClient = useQueryClient();
  const availability = useQuery(builtInQuery);
  // 0..1 while Chrome downloads the model; null when no download runs.
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const download = async () => {
    const model = globalLanguageModel();
    if (!model) return;
    setFailure(null);
    setProgress(0);
    try {
      // Creating a session is what starts (and, once done, ends) the download.
      const session = await model.create({ monitor: (monitor) => monitor.addEventListener('downloadprogress', (event) => setProgress(event.loaded)) });
      session.destroy();
      await queryClient.invalidateQueries({ queryKey: queryKeys.builtIn });
      onChoose('chrome-built-in');
    } catch (error) {
      setFailure(t('opt_builtInDownloadFailed', error instanceof Error ? error.message : String(error)));
    } finally {
      setProgress(null);
    }
  };

  const state = availability.data;
  return (
    <li className="choice">
      <span className="item-title">{t('opt_preset_chromeBuiltIn')}</span>
      {availability.isPending && <span className="help">{t('opt_loading')}</span>}
      {state === 'unavailable' && <span className="help">{t('opt_builtInUnavailable')}</span>}
      {state === 'available' && (
        <button type="button" className="secondary" aria-pressed={chosen === 'chrome-built-in'} onClick={() => onChoose('chrome-built-in')}>
          {t('opt_useBuiltIn')}
        </button>
      )}
      {(state === 'downloadable' || state === 'downloading') && (
        <>
          <span className="help">{t('opt_builtInDownloadable')}</span>
          <button type="button" className="secondary" disabled={progress !== null} onClick={() => void download()}>
            {t('opt_builtInDownload')}
          </button>
        </>
      )}
      {progress !== null && <progress aria-label={t('opt_builtInProgress')} max={1} value={progress} />}
      {failure && (
        <span className="error" role="alert">
          {failure}
        </span>
      )}
    </li>
  );
}

function LocalServerChoice({ preset, chosen, onChoose }: ZeroKeyChoicesProps & { preset: LocalPreset }) {
  const models = useQuery(localServerQuery(preset, PRESETS[preset].baseUrl));
  const name = PRESETS[preset].name;
  if (models.isPending) return null;
  if (!models.data) return null;
  return (
    <li className="choice">
      <span className="item-title">{t('opt_localServerFound', name)}</span>
      <span className="help">{tPlural('opt_localModels', models.data.length)}</span>
      <ul className="model-list-inline" aria-label={t('opt_localModelsOf', name)}>
        {models.data.slice(0, 20).map((model) => (
          <li key={model}>
            <button type="button" className="chip" aria-pressed={chosen === preset} onClick={() => onChoose(preset, model)}>
              {model}
            </button>
          </li>
        ))}
      </ul>
    </li>
  );
}

export function ZeroKeyChoices(props: ZeroKeyChoicesProps) {
  const local = useQueries({ queries: LOCAL_PRESETS.map((preset) => localServerQuery(preset, PRESETS[preset].baseUrl)) });
  const searching = local.some((query) => query.isPending);
  const noneFound = !searching && local.every((query) => !query.data);
  return (
    <div className="zero-key">
      <h4>{t('opt_noKeyNeeded')}</h4>
      <ul className="choices">
        <BuiltInChoice {...props} />
        {LOCAL_PRESETS.map((preset) => (
          <LocalServerChoice key={preset} preset={preset} {...props} />
        ))}
      </ul>
      <p className="help" aria-live="polite">
        {searching ? t('opt_localSearching') : noneFound ? t('opt_localNoneFound') : ''}
      </p>
    </div>
  );
}
