// Toast UI Editor 3 in its default Markdown mode (a ProseMirror view of the Markdown source).
import Editor from '@toast-ui/editor';
import '@toast-ui/editor/dist/toastui-editor.css';
import { exposeEditor, STARTING_TEXT } from './expose-editor';

const editor = new Editor({
  el: document.getElementById('editor') ?? document.body,
  initialValue: STARTING_TEXT,
  initialEditType: 'markdown',
  previewStyle: 'tab',
  height: '300px',
  // Off: it pings an analytics host, and tests talk only to loopback.
  usageStatistics: false,
  // Off: a field focused before the content script starts gets no focus event (a separate fix covers that).
  autofocus: false,
});
exposeEditor(() => editor.getMarkdown());
