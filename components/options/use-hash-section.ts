// Owns which section is open: the URL hash (#history), so links, reloads and notifications land on it.
// Leaving a section with unsaved edits asks first; staying puts the hash back.
import { useEffect, useState } from 'react';
import { sectionFromHash, type SectionId } from './sections';
import { confirmLeave } from './unsaved-changes';

export function useHashSection(fallback: SectionId): SectionId {
  const [fromHash, setFromHash] = useState(() => sectionFromHash(location.hash));
  useEffect(() => {
    let current = location.hash;
    const onChange = () => {
      if (!confirmLeave()) {
        history.replaceState(null, '', current || location.pathname);
        return;
      }
      current = location.hash;
      setFromHash(sectionFromHash(location.hash));
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return fromHash ?? fallback;
}
