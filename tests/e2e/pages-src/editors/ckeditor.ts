// CKEditor 5 classic editor under the GPL key; undo comes with Essentials.
import { ClassicEditor, Essentials, Paragraph, Bold, Italic, type ModelElement } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { exposeEditor } from './expose-editor';

// The model's text, one line per paragraph (getData() is HTML); soft breaks become '\n'.
function blockText(block: ModelElement): string {
  return Array.from(block.getChildren())
    .map((node) => (node.is('$text') ? node.data : node.is('element', 'softBreak') ? '\n' : ''))
    .join('');
}

const element = document.getElementById('editor');
if (!element) throw new Error('no #editor');
void ClassicEditor.create(element, {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Bold, Italic],
  toolbar: ['undo', 'redo', 'bold', 'italic'],
}).then((editor) => {
  exposeEditor(() => {
    const root = editor.model.document.getRoot();
    if (!root) return '';
    return Array.from(root.getChildren())
      .map((block) => (block.is('element') ? blockText(block) : ''))
      .join('\n');
  });
  Object.assign(window, { ckeditorData: () => editor.getData() });
});
