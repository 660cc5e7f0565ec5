// CodeMirror 6 with the basic setup, which includes history (Ctrl+Z).
import { basicSetup, EditorView } from 'codemirror';
import { exposeEditor, STARTING_TEXT } from './expose-editor';

const view = new EditorView({
  doc: STARTING_TEXT,
  extensions: [basicSetup, EditorView.contentAttributes.of({ 'aria-label': 'Message' })],
  parent: document.getElementById('editor') ?? document.body,
});
exposeEditor(() => view.state.doc.toString());
