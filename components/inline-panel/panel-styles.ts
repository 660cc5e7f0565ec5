// The panel's styles, scoped by its shadow root so pages cannot restyle it and it cannot restyle pages.
import { WRITING_CSS } from './writing-styles';

export const PANEL_CSS = `
:host { all: initial; }
.panel {
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --accent: #0969da; --accent-fg: #ffffff;
  --error: #cf222e; --field: #f6f8fa; --quote: #eef4fc;
  box-sizing: border-box; width: min(420px, calc(100vw - 16px)); padding: 10px 12px 8px; border-radius: 10px;
  border: 1px solid var(--border); background: var(--bg); color: var(--fg);
  box-shadow: 0 8px 24px rgba(0,0,0,.18); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif;
  display: flex; flex-direction: column; gap: 8px;
  /* The placement gives the room there is (--draftsmith-max-height on the host); only the answer scrolls.
     If even the fixed parts do not fit (a tiny editor frame), the whole panel scrolls rather than being cut off. */
  max-height: var(--draftsmith-max-height, calc(100vh - 16px)); overflow: auto;
}
@media (prefers-color-scheme: dark) {
  .panel { --bg: #1f2428; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --accent: #4493f8; --accent-fg: #0d1117; --error: #f85149; --field: #151b23; --quote: #1c2b3f; }
}
.header { display: flex; align-items: center; justify-content: space-between; margin: -2px -6px -2px 0; }
.title { font-weight: 600; }
.quote { margin: 0; padding: 4px 8px; border-radius: 6px; background: var(--quote); color: var(--fg); font-size: 12px;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; flex: none; }
.prompt-line { display: flex; gap: 6px; align-items: flex-end; flex: none; }
textarea.prompt { box-sizing: border-box; flex: 1; min-width: 0; resize: vertical; padding: 6px 8px; border-radius: 6px;
  border: 1px solid var(--border); background: var(--field); color: var(--fg); font: inherit; }
button.send { width: 34px; height: 34px; padding: 0; display: grid; place-items: center; flex: none; }
button.send svg { width: 18px; height: 18px; }
.quick { display: flex; gap: 4px; flex-wrap: wrap; flex: none; }
.quick button { font-size: 12px; padding: 2px 8px; border-radius: 12px; }
.result { white-space: pre-wrap; overflow-wrap: anywhere; overflow: auto; flex: 1 1 auto; min-height: 3em;
  padding: 6px 8px; border-radius: 6px; background: var(--field); overscroll-behavior: contain; }
.result.empty { display: none; }
.result.incomplete { border-left: 3px solid var(--error); }
.result:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.status-row { display: flex; align-items: center; gap: 8px; flex: none; }
.status-row:not(.working):has(.status:empty):not(:has(.notice)) { display: none; }
.status-text { flex: 1; min-width: 0; display: flex; flex-direction: column; gap: 2px; }
.status { margin: 0; color: var(--muted); font-size: 12px; }
.status.error { color: var(--error); }
.working .status { color: var(--fg); }
.elapsed { font-size: 12px; color: var(--muted); font-variant-numeric: tabular-nums; }
.spinner { width: 14px; height: 14px; border-radius: 50%; border: 2px solid var(--border); border-top-color: var(--accent);
  flex: none; visibility: hidden; }
.spinner.spinning { visibility: visible; animation: spin .8s linear infinite; }
@keyframes spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .spinner.spinning { animation-duration: 3s; } }
.notice { margin: 0; font-size: 12px; color: var(--muted); font-style: italic; }
.actions { display: flex; gap: 6px; align-items: center; flex: none; flex-wrap: wrap; }
.actions .spacer { flex: 1; }
.footer { display: flex; justify-content: flex-start; border-top: 1px solid var(--border); padding-top: 6px; flex: none; }
.footer button.link { font-size: 12px; padding: 0; color: var(--muted); }
button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid var(--border); background: var(--field); color: var(--fg); cursor: pointer; }
button.primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); font-weight: 600; }
button.quiet { background: none; }
/* Disabled looks disabled: no fill, no accent, a dashed edge, and no pointer. */
button:disabled { opacity: .45; cursor: not-allowed; background: none; color: var(--muted); border-style: dashed; border-color: var(--border); font-weight: normal; }
button.icon { border: none; background: none; font-size: 16px; line-height: 1; padding: 4px 6px; color: var(--muted); }
button.icon:hover { color: var(--fg); background: var(--field); }
button.link { border: none; background: none; color: var(--accent); text-decoration: underline; padding: 0 4px; }
button:focus-visible, textarea:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
${WRITING_CSS}`;
