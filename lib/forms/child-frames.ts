// Owns listing the origins of the frames a document shows, so the background can tell which parts of a form sit
// in a cross-origin frame it could not enter. Plain DOM: it runs inside the injected form agent.
const MAX_ORIGINS = 20;
// Smaller frames are trackers, buttons and badges, never part of a form.
const MIN_WIDTH = 40;
const MIN_HEIGHT = 20;

export function childFrameOrigins(doc: Document): string[] {
  const origins = new Set<string>();
  for (const frame of Array.from(doc.querySelectorAll<HTMLIFrameElement | HTMLFrameElement>('iframe, frame'))) {
    if (origins.size >= MAX_ORIGINS) break;
    const { width, height } = frame.getBoundingClientRect();
    if (width < MIN_WIDTH || height < MIN_HEIGHT || frame.closest('[inert], [aria-hidden="true"]')) continue;
    let url: URL;
    try {
      url = new URL(frame.src);
    } catch {
      continue;
    }
    // about:blank and srcdoc frames share this document's origin; same-origin frames are entered anyway.
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin !== doc.location.origin) origins.add(url.origin);
  }
  return [...origins];
}
