// The onboarding's last step: try Draftsmith here at once, then the three ways in on any page and the shortcuts.
import { t } from '../../lib/i18n/t';
import { PracticeField } from './practice-field';
import { SectionFrame } from './section-frame';
import { ShortcutList } from './shortcut-list';

export function OnboardingFinish() {
  return (
    <SectionFrame title={t('opt_welcomeDone')} intro={t('opt_welcomeDoneText')}>
      <ol className="steps">
        <li>
          <h3>{t('opt_finishTryHere')}</h3>
          <PracticeField />
        </li>
        <li>
          <h3>{t('opt_finishWaysIn')}</h3>
          <ul className="ways-in">
            <li>{t('opt_wayPanel')}</li>
            <li>{t('opt_wayMenu')}</li>
            <li>{t('opt_wayPopup')}</li>
          </ul>
        </li>
        <li>
          <h3>{t('opt_finishShortcuts')}</h3>
          <ShortcutList />
        </li>
      </ol>
      <p>
        <a href="#providers">{t('opt_openAllSettings')}</a>
      </p>
    </SectionFrame>
  );
}
