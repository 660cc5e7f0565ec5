// A section of the options page: its heading (focused when the section opens) and an intro line.
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface SectionFrameProps {
  title: string;
  intro?: string;
  children: ReactNode;
}

export function SectionFrame({ title, intro, children }: SectionFrameProps) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Moving focus to the new heading tells keyboard and screen-reader users the section changed.
  useEffect(() => {
    if (document.activeElement?.closest('nav')) heading.current?.focus();
  }, []);
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {intro && <p className="intro">{intro}</p>}
      {children}
    </section>
  );
}
