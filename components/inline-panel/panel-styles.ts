// The panel's styles, scoped by its shadow root so pages cannot restyle it and it cannot restyle pages.
export const PANEL_CSS = `
:host { all: initial; }
.panel {
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --accent: #0969da; --accent-fg: #ffffff;
  --error: #cf222e; --field: #f6f8fa;
  box-sizing: border-box; width: min(420px, calc(100vw - 16px)); padding: 12px; border-radius: 10px;
  border: 1px solid var(--border); background: var(--bg); color: var(--fg);
  box-shadow: 0 8px 24px rgba(0,0,0,.18); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif;
  display: flex; flex-direction: column; gap: 8px;
  /* Inside a small frame (an editor's iframe) the panel scrolls rather than being cut off. */
  max-height: calc(100vh - 16px); overflow: auto;
}
@media (prefers-color-scheme: dark) {
  .panel { --bg: #1f2428; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --accent: #4493f8; --accent-fg: #0d1117; --error: #f85149; --field: #151b23; }
}
.header { display: flex; align-items: center; justify-content: space-between; }
.title { font-weight: 600; }
textarea.prompt { box-sizing: border-box; width: 100%; resize: vertical; padding: 6px 8px; border-radius: 6px;
  border: 1px solid var(--border); background: var(--field); color: var(--fg); font: inherit; }
.result { white-space: pre-wrap; overflow-wrap: anywhere; max-height: 240px; overflow: auto; min-height: 1.45em; }
.result:empty { display: none; }
.result.incomplete { border-left: 3px solid var(--error); padding-left: 8px; }
.status { margin: 0; color: var(--muted); font-size: 12px; }
.status.error { color: var(--error); }
.notice { margin: 0; font-size: 12px; color: var(--muted); font-style: italic; }
.quick { display: flex; gap: 4px; flex-wrap: wrap; }
.quick button { font-size: 12px; padding: 2px 8px; border-radius: 12px; }
.footer { display: flex; justify-content: flex-start; border-top: 1px solid var(--border); padding-top: 6px; }
.footer button.link { font-size: 12px; padding: 0; color: var(--muted); }
.actions { display: flex; gap: 6px; justify-content: flex-end; flex-wrap: wrap; }
button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid var(--border); background: var(--field); color: var(--fg); cursor: pointer; }
button.primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
button:disabled { opacity: .5; cursor: default; }
button.icon { border: none; background: none; font-size: 18px; line-height: 1; padding: 2px 6px; }
button.link { border: none; background: none; color: var(--accent); text-decoration: underline; padding: 0 4px; }
button:focus-visible, textarea:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
`;
