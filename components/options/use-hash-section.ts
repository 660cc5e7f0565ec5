// Owns which section is open: the URL hash (#history), so links, reloads and notifications land on it.
import { useEffect, useState } from 'react';
import { sectionFromHash, type SectionId } from './sections';

export function useHashSection(fallback: SectionId): SectionId {
  const [fromHash, setFromHash] = useState(() => sectionFromHash(location.hash));
  useEffect(() => {
    const onChange = () => setFromHash(sectionFromHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return fromHash ?? fallback;
}
