// Owns the language a template's {{language}} names: the user's setting, or the browser's UI language.

// Template text is English, so the language is named in English ("German", "Chinese (China)").
export function resolveLanguage(setting: string, uiLanguage: string): string {
  const chosen = setting.trim();
  if (chosen) return chosen.slice(0, 80);
  const code = uiLanguage.trim().replace('_', '-');
  if (!code) return 'English';
  try {
    return (new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code).slice(0, 80);
  } catch {
    // An invalid language tag: the tag itself is the best name we have.
    return code.slice(0, 80);
  }
}
