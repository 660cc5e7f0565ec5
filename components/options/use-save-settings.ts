// Owns saving settings from a section: validate with the schema in the page for inline errors,
// then save through the background, which validates again and writes storage.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { t } from '../../lib/i18n/t';
import { sendMessage } from '../../lib/messaging/messenger';
import { SettingsSchema, type Settings } from '../../lib/settings/schema';
import { queryKeys } from '../queries';
import { issueMessages, type FieldErrors, type IssueLike } from './issue-messages';

export interface Notice {
  kind: 'ok' | 'error' | 'pending';
  text: string;
}

export interface SaveSettings {
  errors: FieldErrors;
  notice: Notice | null;
  pending: boolean;
  // Synchronous, so a caller can still ask for a permission inside the click afterwards.
  check(candidate: unknown, extraIssues?: readonly IssueLike[]): Settings | null;
  commit(settings: Settings, afterSave?: () => Promise<void>): Promise<Settings | null>;
  save(candidate: unknown, extraIssues?: readonly IssueLike[]): Promise<Settings | null>;
  setNotice(notice: Notice | null): void;
  // Shows problems found outside the settings schema (a file, a single provider).
  showIssues(issues: readonly IssueLike[]): void;
}

export function useSaveSettings(): SaveSettings {
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const mutation = useMutation({ mutationFn: (settings: Settings) => sendMessage('saveSettings', { settings }) });

  const check: SaveSettings['check'] = (candidate, extraIssues = []) => {
    const parsed = SettingsSchema.safeParse(candidate);
    const issues = [...(parsed.success ? [] : parsed.error.issues), ...extraIssues];
    if (!parsed.success || issues.length > 0) {
      setErrors(issueMessages(issues));
      setNotice({ kind: 'error', text: t('opt_fixErrors') });
      return null;
    }
    setErrors({});
    return parsed.data;
  };

  const commit: SaveSettings['commit'] = async (settings, afterSave) => {
    setNotice({ kind: 'pending', text: t('saving') });
    try {
      const result = await mutation.mutateAsync(settings);
      if (!result.ok) {
        setErrors(issueMessages(result.issues));
        setNotice({ kind: 'error', text: t('opt_fixErrors') });
        return null;
      }
      await afterSave?.();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.optionsState }),
        queryClient.invalidateQueries({ queryKey: queryKeys.settings }),
      ]);
      setNotice({ kind: 'ok', text: t('saved') });
      return result.settings;
    } catch (error) {
      setNotice({ kind: 'error', text: t('opt_saveFailed', error instanceof Error ? error.message : String(error)) });
      return null;
    }
  };

  return {
    errors,
    notice,
    pending: mutation.isPending,
    check,
    commit,
    save: async (candidate, extraIssues) => {
      const settings = check(candidate, extraIssues);
      return settings ? commit(settings) : null;
    },
    setNotice,
    showIssues: (issues) => {
      setErrors(issueMessages(issues));
      setNotice(issues.length > 0 ? { kind: 'error', text: t('opt_fixErrors') } : null);
    },
  };
}
