// The prompt shown when part of a form sits in a cross-origin frame the extension may not enter: it asks for that
// origin's optional host permission from the user's click, then reads the form again with the frame included.
import { useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n/t';
import { originPattern } from '../../lib/permissions/origin-permission';

interface FramePermissionProps {
  origins: readonly string[];
  busy: boolean;
  onGranted: () => void;
}

export function FramePermission({ origins, busy, onGranted }: FramePermissionProps) {
  const [denied, setDenied] = useState(false);
  const textId = useId();
  const hosts = origins.map((origin) => new URL(origin).host).join(', ');

  const allow = () => {
    setDenied(false);
    // Requested inside the click: an await before it would lose the user gesture, and the browser would refuse.
    browser.permissions.request({ origins: origins.map(originPattern) }).then(
      (granted) => (granted ? onGranted() : setDenied(true)),
      () => setDenied(true),
    );
  };

  return (
    <div className="frame-permission" role="group" aria-labelledby={textId}>
      <p id={textId}>{t('popupFramePermission', hosts)}</p>
      {denied && (
        <p className="muted" role="alert">
          {t('popupFrameDenied', hosts)}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={allow}>
          {t('popupFrameAllow')}
        </button>
      </div>
    </div>
  );
}
