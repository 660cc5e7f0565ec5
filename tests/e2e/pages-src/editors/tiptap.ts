// Tiptap (ProseMirror) with the starter kit, which includes undo history.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { exposeEditor, STARTING_TEXT } from './expose-editor';

const editor = new Editor({
  element: document.getElementById('editor'),
  extensions: [StarterKit],
  content: `<p>${STARTING_TEXT}</p>`,
  editorProps: { attributes: { class: 'editor', 'aria-label': 'Message' } },
});
exposeEditor(() => editor.getText());
