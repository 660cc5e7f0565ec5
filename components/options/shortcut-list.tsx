// The extension's keyboard shortcuts with the keys the browser has for them now, and the way to change them.
import { useQuery } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n/t';
import { shortcutsQuery } from '../queries';

// Chrome's own page for extension shortcuts; an extension page may open it, a link may not.
const SHORTCUTS_PAGE = import.meta.env.BROWSER === 'firefox' ? 'about:addons' : 'chrome://extensions/shortcuts';

export function ShortcutList() {
  const commands = useQuery(shortcutsQuery);
  const named = (commands.data ?? []).filter((command) => command.name && command.name !== '_execute_action');
  const unset = named.some((command) => !command.shortcut);
  return (
    <div className="shortcuts">
      {commands.isError && (
        <p className="error" role="alert">
          {t('loadFailed', commands.error.message)}
        </p>
      )}
      <dl className="shortcut-list">
        {named.map((command) => (
          <div key={command.name}>
            <dt>{command.description || command.name}</dt>
            <dd>{command.shortcut ? <kbd>{command.shortcut}</kbd> : <span className="warning">{t('opt_shortcutNone')}</span>}</dd>
          </div>
        ))}
      </dl>
      {unset && <p className="help">{t('opt_shortcutHowToSet')}</p>}
      <button type="button" className="secondary" onClick={() => void browser.tabs.create({ url: SHORTCUTS_PAGE })}>
        {t('opt_shortcutChange')}
      </button>
    </div>
  );
}
