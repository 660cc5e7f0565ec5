// The selection card's styles, scoped by its shadow root (and reused by the result window).
import { DIFF_CSS } from '../inline-panel/writing-styles';

export const CARD_CSS = `
:host { all: initial; }
.card {
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --accent: #0969da; --accent-fg: #ffffff;
  --error: #cf222e; --field: #f6f8fa; --quote: #eef4fc;
  box-sizing: border-box; width: min(440px, calc(100vw - 16px)); padding: 12px; border-radius: 10px;
  border: 1px solid var(--border); background: var(--bg); color: var(--fg);
  box-shadow: 0 8px 24px rgba(0,0,0,.18); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif;
  display: flex; flex-direction: column; gap: 8px; outline: none;
}
.card.window { width: 100%; min-height: 100vh; border: none; border-radius: 0; box-shadow: none; }
@media (prefers-color-scheme: dark) {
  .card { --bg: #1f2428; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --accent: #4493f8; --accent-fg: #0d1117; --error: #f85149; --field: #151b23; --quote: #1c2b3f; }
}
.header { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.title { font-weight: 600; margin: 0; font-size: 14px; }
textarea.instruction { box-sizing: border-box; width: 100%; resize: vertical; padding: 6px 8px; border-radius: 6px;
  border: 1px solid var(--border); background: var(--field); color: var(--fg); font: inherit; }
.result { overflow-wrap: anywhere; max-height: 280px; overflow: auto; min-height: 1.45em; }
.card.window .result { max-height: none; }
.result:empty { display: none; }
.result .plain { white-space: pre-wrap; }
.result.incomplete { border-left: 3px solid var(--error); padding-left: 8px; }
.result > :first-child { margin-top: 0; }
.result > :last-child { margin-bottom: 0; }
.result pre { background: var(--field); padding: 6px 8px; border-radius: 6px; overflow: auto; }
.result code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
.result a { color: var(--accent); }
.quote { margin: 0; padding: 4px 8px; border-radius: 6px; background: var(--quote); font-size: 12px;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.status { margin: 0; color: var(--muted); font-size: 12px; }
.status.error { color: var(--error); }
.notice { margin: 0; font-size: 12px; color: var(--muted); font-style: italic; }
.actions { display: flex; gap: 6px; justify-content: flex-end; flex-wrap: wrap; }
details.source { font-size: 12px; color: var(--muted); }
details.source pre { white-space: pre-wrap; max-height: 160px; overflow: auto; font: inherit; }
button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid var(--border); background: var(--field); color: var(--fg); cursor: pointer; }
button.primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
button:disabled { opacity: .5; cursor: default; }
button.icon { border: none; background: none; font-size: 18px; line-height: 1; padding: 2px 6px; }
button.link { border: none; background: none; color: var(--accent); text-decoration: underline; padding: 0 4px; }
button:focus-visible, textarea:focus-visible, .card:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
${DIFF_CSS}`;
