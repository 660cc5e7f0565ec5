// Form-fill profiles: named free-text facts (name, email, job…) the popup's form fill may use. Self-contained
// (its own query and save message), so the popup and the options page can both mount it.
import { useId, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isMessageKey, t } from '../../lib/i18n/t';
import { sendMessage } from '../../lib/messaging/messenger';
import { MAX_PROFILE_CHARS, MAX_PROFILES, type Profile } from '../../lib/settings/profile-schema';
import { queryKeys, settingsQuery } from '../queries';
import { useUnsavedChanges } from './unsaved-changes';

export function ProfilesSection() {
  const settings = useQuery(settingsQuery);
  if (!settings.data) return settings.isError ? <p role="alert">{t('loadFailed', settings.error.message)}</p> : null;
  return <ProfilesEditor initial={settings.data.settings.profiles} />;
}

function ProfilesEditor({ initial }: { initial: Profile[] }) {
  const client = useQueryClient();
  const [profiles, setProfiles] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const helpId = useId();
  // The page's one "nothing lost" rule (unsaved-changes.ts) holds here too, though this editor saves on its own.
  const unsaved = JSON.stringify(profiles) !== JSON.stringify(saved);
  useUnsavedChanges(helpId, unsaved);
  const save = useMutation({
    mutationFn: (next: Profile[]) => sendMessage('saveProfiles', { profiles: next }),
    onSuccess: (result) => {
      if (!result.ok) {
        const key = result.issues.map((issue) => issue.message).find(isMessageKey);
        setNotice({ text: t(key ?? 'settings_error_generic'), error: true });
        return;
      }
      setProfiles(result.profiles);
      setSaved(result.profiles);
      setNotice({ text: t('profilesSaved'), error: false });
      void client.invalidateQueries({ queryKey: queryKeys.settings });
    },
    onError: (error) => setNotice({ text: error.message, error: true }),
  });

  const change = (id: string, patch: Partial<Profile>) => setProfiles((current) => current.map((profile) => (profile.id === id ? { ...profile, ...patch } : profile)));
  const add = () => setProfiles((current) => [...current, { id: crypto.randomUUID(), name: '', text: '' }]);
  const remove = (id: string) => setProfiles((current) => current.filter((profile) => profile.id !== id));

  return (
    <div className="profiles-section" aria-describedby={helpId}>
      <p id={helpId} className="help muted">
        {t('profilesHelp')}
      </p>
      {profiles.map((profile) => (
        <ProfileFields key={profile.id} profile={profile} onChange={(patch) => change(profile.id, patch)} onRemove={() => remove(profile.id)} />
      ))}
      <div className="actions">
        <button type="button" className="add" onClick={add} disabled={profiles.length >= MAX_PROFILES}>
          {t('profileAdd')}
        </button>
        <button type="button" className="primary save" onClick={() => save.mutate(profiles)} disabled={save.isPending}>
          {t('profilesSave')}
        </button>
        {unsaved && <span className="unsaved-note">{t('opt_unsavedNote')}</span>}
      </div>
      <p role="status" className={notice?.error ? 'error' : 'ok'}>
        {notice?.text}
      </p>
    </div>
  );
}

interface ProfileFieldsProps {
  profile: Profile;
  onChange: (patch: Partial<Profile>) => void;
  onRemove: () => void;
}

function ProfileFields({ profile, onChange, onRemove }: ProfileFieldsProps) {
  const nameId = useId();
  const textId = useId();
  return (
    <fieldset className="profile">
      <label htmlFor={nameId}>{t('profileName')}</label>
      <input id={nameId} value={profile.name} maxLength={60} onChange={(event) => onChange({ name: event.target.value })} />
      <label htmlFor={textId}>{t('profileText')}</label>
      <textarea id={textId} rows={4} value={profile.text} maxLength={MAX_PROFILE_CHARS} onChange={(event) => onChange({ text: event.target.value })} />
      <button type="button" onClick={onRemove}>
        {t('profileRemove', profile.name || '…')}
      </button>
    </fieldset>
  );
}
