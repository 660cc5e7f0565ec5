// Tone and length for rewrites, and the language Translate writes in; the panel remembers them per site.
import { t, type MessageKey } from '../../lib/i18n/t';
import { LENGTHS, TONES, type Length, type Tone, type WritingStyle } from '../../lib/prompts/writing-style';

// Target languages offered; their names come from the browser in the UI language.
export const TARGET_LANGUAGES = ['en', 'zh-CN', 'zh-TW', 'ja', 'ko', 'es', 'fr', 'de', 'pt-BR', 'it', 'ru', 'ar', 'hi'] as const;

const TONE_KEY: Record<Tone, MessageKey> = {
  formal: 'toneFormal',
  neutral: 'toneNeutral',
  casual: 'toneCasual',
  friendly: 'toneFriendly',
  confident: 'toneConfident',
};
const LENGTH_KEY: Record<Length, MessageKey> = { shorter: 'lengthShorter', 'as-is': 'lengthAsIs', longer: 'lengthLonger' };

interface StyleControlsProps {
  style: WritingStyle;
  language: string;
  uiLanguage: string;
  disabled: boolean;
  onStyle: (style: WritingStyle) => void;
  onLanguage: (language: string) => void;
}

function languageName(tag: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function StyleControls({ style, language, uiLanguage, disabled, onStyle, onLanguage }: StyleControlsProps) {
  return (
    <div className="style-controls">
      <label>
        <span>{t('toneLabel')}</span>
        <select value={style.tone} disabled={disabled} onChange={(event) => onStyle({ ...style, tone: event.target.value as Tone })}>
          {TONES.map((tone) => (
            <option key={tone} value={tone}>
              {t(TONE_KEY[tone])}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('lengthLabel')}</span>
        <select value={style.length} disabled={disabled} onChange={(event) => onStyle({ ...style, length: event.target.value as Length })}>
          {LENGTHS.map((length) => (
            <option key={length} value={length}>
              {t(LENGTH_KEY[length])}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('translateToLabel')}</span>
        <select value={language} disabled={disabled} onChange={(event) => onLanguage(event.target.value)}>
          <option value="">{t('translateToBrowserLanguage', languageName(uiLanguage.split('-')[0] ?? uiLanguage, uiLanguage))}</option>
          {TARGET_LANGUAGES.map((tag) => (
            <option key={tag} value={tag}>
              {languageName(tag, uiLanguage)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
