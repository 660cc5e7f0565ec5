// Move up / Move down for one item of an ordered list, named after the item for screen readers.
import { t } from '../../lib/i18n/t';

interface ReorderButtonsProps {
  index: number;
  count: number;
  itemName: string;
  onMove: (from: number, to: number) => void;
}

export function ReorderButtons({ index, count, itemName, onMove }: ReorderButtonsProps) {
  return (
    <span className="reorder">
      <button type="button" className="icon" data-dir="up" aria-label={t('opt_moveUp', itemName)} title={t('opt_moveUp', itemName)} disabled={index === 0} onClick={() => onMove(index, index - 1)}>
        ↑
      </button>
      <button
        type="button"
        className="icon"
        data-dir="down"
        aria-label={t('opt_moveDown', itemName)}
        title={t('opt_moveDown', itemName)}
        disabled={index === count - 1}
        onClick={() => onMove(index, index + 1)}
      >
        ↓
      </button>
    </span>
  );
}

// After a move the row's contents change places, not the buttons: focus follows the item to its new row.
export function focusMoved(list: HTMLElement | null, index: number, dir: 'up' | 'down'): void {
  const row = list?.querySelectorAll(':scope > li')[index];
  const wanted = row?.querySelector<HTMLButtonElement>(`button[data-dir="${dir}"]`);
  const other = row?.querySelector<HTMLButtonElement>(`button[data-dir="${dir === 'up' ? 'down' : 'up'}"]`);
  (wanted && !wanted.disabled ? wanted : other)?.focus();
}
