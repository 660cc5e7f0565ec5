// Owns the panel's remembered writing choices: read from the background once, saved back on each change.
import { useCallback, useEffect, useState } from 'react';
import { sendMessage } from '../../lib/messaging/messenger';
import { DEFAULT_STYLE, type WritingStyle } from '../../lib/prompts/writing-style';
import type { WritingPrefs } from '../../lib/writing/writing-prefs';
import { diagnose } from '../../lib/diagnostics/diagnostics-log';

export function useWritingPrefs() {
  const [prefs, setPrefs] = useState<WritingPrefs>({ style: DEFAULT_STYLE, language: '' });

  useEffect(() => {
    let live = true;
    sendMessage('getWritingPrefs', undefined)
      .then((stored) => live && setPrefs(stored))
      // Nothing remembered yet, or the worker is restarting: the defaults serve, and the next change saves.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const setStyle = useCallback((style: WritingStyle) => {
    setPrefs((current) => ({ ...current, style }));
    void sendMessage('saveWritingPrefs', { style }).catch(diagnose('panel', 'save the tone and length', 'warn'));
  }, []);

  const setLanguage = useCallback((language: string) => {
    setPrefs((current) => ({ ...current, language }));
    void sendMessage('saveWritingPrefs', { language }).catch(diagnose('panel', 'save the translation language', 'warn'));
  }, []);

  return { ...prefs, setStyle, setLanguage };
}
