// Three alternatives, one button each: pick one, and it becomes the result to Insert or Replace.
import { t } from '../../lib/i18n/t';
import type { GenerationState } from './generation-state';

interface VariantsListProps {
  variants: readonly GenerationState[];
  onPick: (index: number) => void;
  onCancel: () => void;
}

export function VariantsList({ variants, onPick, onCancel }: VariantsListProps) {
  return (
    <div className="variants">
      <div role="group" aria-label={t('variantsLabel')} className="variant-options">
        {variants.map((variant, index) => {
          const busy = variant.status === 'connecting' || variant.status === 'streaming';
          const failed = variant.status === 'error' && variant.text === '';
          return (
            <button
              key={index}
              type="button"
              aria-label={t('variantPick', String(index + 1))}
              className="variant"
              disabled={busy || failed}
              aria-busy={busy}
              onClick={() => onPick(index)}
            >
              <span className="variant-title">{t('variantOption', String(index + 1))}</span>
              <span className="variant-text">{failed ? t('variantFailed') : variant.text || '…'}</span>
            </button>
          );
        })}
      </div>
      <button type="button" className="link" onClick={onCancel}>
        {t('variantsCancel')}
      </button>
    </div>
  );
}
