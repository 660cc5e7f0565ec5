// The line that quotes the start of the text a rewrite will change ("Rewriting: …"), so it stays in view.
import { memo } from 'react';
import { t } from '../../lib/i18n/t';
import { quoteStart } from './primary-action';

export const RewriteQuote = memo(function RewriteQuote({ text }: { text: string | null }) {
  if (!text) return null;
  return <p className="quote">{t('panelRewritingQuote', quoteStart(text))}</p>;
});
