// The start of a form fill: what the user wants in the form, and which saved profile to use.
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { t } from '../../lib/i18n/t';
import { settingsQuery } from '../queries';

interface FillRequestFormProps {
  busy: boolean;
  onStart: (input: { instruction: string; profileId: string | null }) => void;
}

export function FillRequestForm({ busy, onStart }: FillRequestFormProps) {
  const settings = useQuery(settingsQuery);
  const profiles = settings.data?.settings.profiles ?? [];
  const [instruction, setInstruction] = useState('');
  const [profileId, setProfileId] = useState('');
  const instructionId = useId();
  const profileFieldId = useId();
  const noteId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!instruction.trim() || busy) return;
    onStart({ instruction: instruction.trim(), profileId: profiles.some((profile) => profile.id === profileId) ? profileId : null });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event);
  };

  return (
    <form className="fill-request" onSubmit={submit} aria-describedby={noteId}>
      <label htmlFor={instructionId}>{t('popupInstruction')}</label>
      <textarea
        id={instructionId}
        rows={3}
        placeholder={t('popupInstructionPlaceholder')}
        value={instruction}
        onChange={(event) => setInstruction(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {profiles.length > 0 && (
        <>
          <label htmlFor={profileFieldId}>{t('popupProfile')}</label>
          <select id={profileFieldId} value={profileId} onChange={(event) => setProfileId(event.target.value)}>
            <option value="">{t('popupNoProfile')}</option>
            {profiles.map((profile) => (
              <option key={profile.id} value={profile.id}>
                {profile.name}
              </option>
            ))}
          </select>
        </>
      )}
      <p id={noteId} className="muted">
        {t('popupSensitiveNote')}
      </p>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || !instruction.trim()}>
          {t('popupSuggest')}
        </button>
      </div>
    </form>
  );
}
