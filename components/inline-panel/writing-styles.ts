// Styles of the writing tools (diff, review, tone and length, refine, variants), shared by the panel and the
// selection card; both define the colour variables they use.
export const DIFF_CSS = `
.diff { white-space: pre-wrap; }
/* Not colour alone: removed words are struck through, added ones underlined, and each says so to a screen reader. */
.diff del { background: var(--del-bg, #ffebe9); color: inherit; text-decoration: line-through; text-decoration-thickness: 2px; }
.diff ins { background: var(--ins-bg, #dafbe1); color: inherit; text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 2px; }
.diff del::before, .diff ins::before { content: attr(data-cue); position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.diff del + ins { margin-inline-start: 2px; }
.diff .change.rejected .kept { text-decoration: underline dotted; text-underline-offset: 2px; }
.diff button.reject { font-size: 10px; line-height: 1; padding: 1px 4px; margin: 0 2px; vertical-align: text-top; border-radius: 8px; }
.diff button.reject[aria-pressed="true"] { border-color: var(--accent); color: var(--accent); }
.review { display: flex; flex-direction: column; gap: 4px; }
.review-bar { display: flex; justify-content: space-between; align-items: center; gap: 8px; font-size: 12px; color: var(--muted); white-space: normal; }
.review-bar button.link { font-size: 12px; }
.review-bar button[aria-pressed="false"] { color: var(--muted); }
.review .plain { white-space: pre-wrap; }
@media (prefers-color-scheme: dark) {
  .diff { --del-bg: #67060c; --ins-bg: #033a16; }
}
`;

export const WRITING_CSS = `${DIFF_CSS}
.style-controls { display: flex; gap: 6px; flex-wrap: wrap; flex: none; font-size: 12px; }
.style-controls label { display: flex; align-items: center; gap: 4px; color: var(--muted); }
.style-controls select { font: inherit; font-size: 12px; padding: 2px 4px; border-radius: 6px; border: 1px solid var(--border); background: var(--field); color: var(--fg); }
.style-controls select:focus-visible, .refine-input:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.refine { display: flex; flex-direction: column; gap: 6px; flex: none; }
.refine-top, .refine-line { display: flex; gap: 6px; align-items: center; justify-content: space-between; }
.versions { display: flex; align-items: center; gap: 4px; flex: none; }
.versions button.step { padding: 0 8px; font-size: 16px; line-height: 22px; }
.version-count { font-size: 12px; color: var(--muted); font-variant-numeric: tabular-nums; white-space: nowrap; }
.refine-input { flex: 1; min-width: 0; font: inherit; font-size: 13px; padding: 4px 8px; border-radius: 6px; border: 1px solid var(--border); background: var(--field); color: var(--fg); }
.variants { display: flex; flex-direction: column; gap: 6px; white-space: normal; }
.variant-options { display: flex; flex-direction: column; gap: 6px; }
button.variant { display: flex; flex-direction: column; align-items: stretch; text-align: start; gap: 2px; background: var(--bg); }
button.variant:hover:not(:disabled) { border-color: var(--accent); }
.variant-title { font-size: 11px; color: var(--muted); font-weight: 600; }
.variant-text { white-space: pre-wrap; }
`;
