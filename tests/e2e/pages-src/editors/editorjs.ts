// Editor.js 2 with its built-in paragraph tool: every block is its own contenteditable, and the saved JSON
// (editor.save()) is the state the site would store.
import EditorJS from '@editorjs/editorjs';
import { exposeEditor, STARTING_TEXT } from './expose-editor';

const editor = new EditorJS({
  holder: 'editor',
  data: { blocks: [{ type: 'paragraph', data: { text: STARTING_TEXT } }] },
});

void editor.isReady.then(() => {
  exposeEditor(async () => {
    const saved = await editor.save();
    return saved.blocks
      .map((block) => {
        const holder = document.createElement('div');
        holder.innerHTML = String((block.data as { text?: unknown }).text ?? '');
        // A line break inside a paragraph block is saved as <br>.
        holder.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
        return holder.textContent ?? '';
      })
      .join('\n');
  });
});
