// The sidebar: one link per section; the open one is marked for screen readers.
import { t } from '../../lib/i18n/t';
import { SECTION_IDS, SECTION_LABELS, type SectionId } from './sections';

export function OptionsNav({ current }: { current: SectionId }) {
  return (
    <nav className="sidebar" aria-label={t('opt_navLabel')}>
      <ul>
        {SECTION_IDS.map((id) => (
          <li key={id}>
            <a href={`#${id}`} aria-current={id === current ? 'page' : undefined}>
              {t(SECTION_LABELS[id])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
