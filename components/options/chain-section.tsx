// Fallback chain: ordered targets, reordered with Move up / Move down or by dragging, then saved.
import { useEffect, useRef, useState } from 'react';
import { t } from '../../lib/i18n/t';
import type { OptionsState } from '../../lib/messaging/options-schemas';
import { isModelAllowed } from '../../lib/settings/managed-policy';
import type { Target } from '../../lib/settings/provider-schema';
import { errorAt, type IssueLike } from './issue-messages';
import { focusMoved, ReorderButtons } from './reorder-buttons';
import { moveItem } from './reorder';
import { SectionForm } from './section-form';
import { SectionFrame } from './section-frame';
import { SelectField } from './select-field';
import { TextField } from './text-field';
import { useDragReorder } from './use-drag-reorder';
import { useSaveSettings } from './use-save-settings';

export function ChainSection({ state }: { state: OptionsState }) {
  const { settings, policy } = state;
  const [chain, setChain] = useState<Target[]>(settings.chain);
  const [announcement, setAnnouncement] = useState('');
  const [moved, setMoved] = useState<{ index: number; dir: 'up' | 'down' } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const saver = useSaveSettings();
  const providerName = (id: string) => settings.providers.find((provider) => provider.id === id)?.name ?? id;
  const nameOf = (target: Target) => `${providerName(target.providerId)} / ${target.model || '…'}`;

  useEffect(() => {
    if (moved) focusMoved(list.current, moved.index, moved.dir);
  }, [moved]);

  const move = (from: number, to: number, dir?: 'up' | 'down') => {
    const target = chain[from];
    if (!target || to < 0 || to >= chain.length) return;
    setChain(moveItem(chain, from, to));
    setAnnouncement(t('opt_moved', [nameOf(target), String(to + 1)]));
    setMoved(dir ? { index: to, dir } : null);
  };
  const rowProps = useDragReorder((from, to) => move(from, to));
  const update = (index: number, patch: Partial<Target>) => setChain(chain.map((target, i) => (i === index ? { ...target, ...patch } : target)));

  const onSubmit = async () => {
    const extra: IssueLike[] = chain.flatMap((target, index) =>
      target.model.trim() && !isModelAllowed(target.model, policy) ? [{ path: ['chain', index, 'model'], message: 'opt_error_modelNotAllowed' }] : [],
    );
    await saver.save({ ...settings, chain }, extra);
  };

  return (
    <SectionFrame title={t('opt_nav_chain')} intro={t('opt_chainIntro')}>
      <SectionForm onSubmit={onSubmit} notice={saver.notice} pending={saver.pending}>
        <ol className="chain" ref={list}>
          {chain.map((target, index) => (
            <li key={index} className="chain-row" {...rowProps(index)}>
              <span className="grip" aria-hidden="true" title={t('opt_dragHint')}>
                ⠿
              </span>
              <span className="position" aria-hidden="true">
                {index + 1}
              </span>
              <SelectField
                label={t('opt_chainProvider', String(index + 1))}
                name={`chain-${index}-provider`}
                value={target.providerId}
                options={settings.providers.map((provider) => ({ value: provider.id, label: provider.name }))}
                onChange={(providerId) => update(index, { providerId })}
                error={errorAt(saver.errors, `chain.${index}.providerId`)}
              />
              <TextField
                label={t('opt_chainModel', String(index + 1))}
                name={`chain-${index}-model`}
                value={target.model}
                onChange={(model) => update(index, { model })}
                error={errorAt(saver.errors, `chain.${index}.model`)}
              />
              <ReorderButtons index={index} count={chain.length} itemName={nameOf(target)} onMove={(from, to) => move(from, to, to < from ? 'up' : 'down')} />
              <button
                type="button"
                className="icon danger"
                aria-label={t('opt_removeTarget', nameOf(target))}
                title={t('opt_removeTarget', nameOf(target))}
                onClick={() => setChain(chain.filter((_, i) => i !== index))}
              >
                ✕
              </button>
            </li>
          ))}
        </ol>
        {saver.errors.chain && (
          <p className="error" role="alert">
            {saver.errors.chain}
          </p>
        )}
        <button
          type="button"
          className="add"
          disabled={chain.length >= 10}
          onClick={() => setChain([...chain, { providerId: settings.providers[0]?.id ?? '', model: '' }])}
        >
          {t('opt_addTarget')}
        </button>
        <p className="help">{t('opt_dragHint')}</p>
        <p aria-live="polite" className="visually-hidden">
          {announcement}
        </p>
      </SectionForm>
    </SectionFrame>
  );
}
