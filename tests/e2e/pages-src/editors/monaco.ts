// Monaco (VS Code's editor, used by code sites) from the core API only, with no language workers: plain text
// needs none, and a worker that never answers keeps the page free of worker errors. Chrome gets Monaco's
// default EditContext input, as real sites do.
import * as monaco from 'monaco-editor/editor/editor.api';
import { exposeEditor, STARTING_TEXT } from './expose-editor';

(self as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker: () => new Worker(URL.createObjectURL(new Blob([''], { type: 'text/javascript' }))),
};

const editor = monaco.editor.create(document.getElementById('editor') ?? document.body, {
  value: STARTING_TEXT,
  language: 'plaintext',
  ariaLabel: 'Message',
  minimap: { enabled: false },
});
exposeEditor(() => editor.getModel()?.getValue() ?? '');
