// Sites: allow patterns (empty means everywhere), the sites switched off, and the organisation's rules, locked.
import { useState } from 'react';
import { t } from '../../lib/i18n/t';
import type { OptionsState } from '../../lib/messaging/options-schemas';
import { siteKey } from '../../lib/settings/site-rules';
import { errorAt } from './issue-messages';
import { LockedNote } from './field-frame';
import { SectionForm } from './section-form';
import { SectionFrame } from './section-frame';
import { linesOf, TextAreaField } from './text-area-field';
import { TextField } from './text-field';
import { useSaveSettings } from './use-save-settings';

// "https://mail.example.com/inbox" and "mail.example.com" both mean the host.
function hostOf(text: string): string {
  const trimmed = text.trim().toLowerCase();
  return (/^[a-z]+:\/\//.test(trimmed) ? siteKey(trimmed) : trimmed.split('/')[0]) ?? trimmed;
}

export function SitesSection({ state }: { state: OptionsState }) {
  const { settings, policy } = state;
  const [allowed, setAllowed] = useState(settings.allowedSites.join('\n'));
  const [disabled, setDisabled] = useState(settings.disabledSites);
  const [newSite, setNewSite] = useState('');
  const saver = useSaveSettings();
  const allowLocked = policy.allowedSites !== undefined;
  const blocked = policy.blockedSites ?? [];

  const addSite = () => {
    const host = hostOf(newSite);
    if (!host) return;
    if (!disabled.includes(host)) setDisabled([...disabled, host]);
    setNewSite('');
  };

  return (
    <SectionFrame title={t('opt_nav_sites')} intro={t('opt_sitesIntro')}>
      <SectionForm
        onSubmit={() => saver.save({ ...settings, allowedSites: linesOf(allowed), disabledSites: disabled })}
        notice={saver.notice}
        pending={saver.pending}
      >
        <TextAreaField
          label={t('opt_allowedSites')}
          name="allowedSites"
          rows={4}
          value={allowLocked ? (policy.allowedSites ?? []).join('\n') : allowed}
          onChange={setAllowed}
          error={errorAt(saver.errors, 'allowedSites')}
          help={t('opt_allowedSitesHelp')}
          placeholder={'*.example.com\nwiki.example.org'}
          locked={allowLocked}
        />
        <fieldset>
          <legend>{t('opt_disabledSites')}</legend>
          <p className="help">{t('opt_disabledSitesHelp')}</p>
          {disabled.length === 0 && blocked.length === 0 && <p className="empty">{t('opt_noDisabledSites')}</p>}
          <ul className="site-list">
            {disabled.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button type="button" className="secondary" aria-label={t('opt_enableSite', site)} onClick={() => setDisabled(disabled.filter((item) => item !== site))}>
                  {t('opt_enable')}
                </button>
              </li>
            ))}
            {blocked.map((site) => (
              <li key={`managed-${site}`}>
                <span>{site}</span>
                <LockedNote />
              </li>
            ))}
          </ul>
          {errorAt(saver.errors, 'disabledSites') && (
            <p className="error" role="alert">
              {errorAt(saver.errors, 'disabledSites')}
            </p>
          )}
          <div className="row add-row">
            <TextField label={t('opt_addDisabledSite')} name="newSite" value={newSite} onChange={setNewSite} onEnter={addSite} placeholder="mail.example.com" />
            <button type="button" className="add" onClick={addSite} disabled={!newSite.trim()}>
              {t('opt_add')}
            </button>
          </div>
        </fieldset>
      </SectionForm>
    </SectionFrame>
  );
}
