// Owns the versions of a result the panel keeps (the first answer, each refinement, a picked variant) and
// which one is shown, so Back and Forward move between them.
import { useCallback, useState } from 'react';

export interface Version<Ask> {
  text: string;
  // The request that produced it, turns included, so a refinement continues from this version.
  ask: Ask;
}

export function useVersions<Ask>() {
  const [versions, setVersions] = useState<Version<Ask>[]>([]);
  const [index, setIndex] = useState(-1);

  // A new version goes after the one shown; versions after it (an abandoned branch) are dropped.
  const push = useCallback(
    (version: Version<Ask>) => {
      setVersions((current) => [...current.slice(0, index + 1), version]);
      setIndex(index + 1);
    },
    [index],
  );

  const back = useCallback(() => setIndex((at) => Math.max(0, at - 1)), []);
  const forward = useCallback(() => setIndex((at) => Math.min(versions.length - 1, at + 1)), [versions.length]);

  return { current: versions[index] ?? null, position: index + 1, count: versions.length, push, back, forward };
}
