// The editors of the big sites as test cases: one page each under pages-src/editors, built from the real package.
import type { EditorCase } from './editor-page';

export const SITE_EDITORS: EditorCase[] = [
  { name: 'RoosterJS (Outlook on the web)', file: 'roosterjs.html', field: '#editor' },
  { name: 'Squire (Fastmail)', file: 'squire.html', field: '#editor' },
  { name: 'Editor.js', file: 'editorjs.html', field: '.ce-paragraph' },
  { name: 'Monaco', file: 'monaco.html', field: '.monaco-editor .native-edit-context', surface: '.monaco-editor .view-lines', plain: true },
  { name: 'Ace', file: 'ace.html', field: 'textarea.ace_text-input', surface: '.ace_content', plain: true },
  { name: 'Toast UI Editor', file: 'toastui.html', field: '.toastui-editor.md-mode .ProseMirror' },
  { name: 'Quill', file: 'quill.html', field: '.ql-editor' },
  { name: 'Draft.js (X)', file: 'draft.html', field: '.public-DraftEditor-content' },
  { name: 'Lexical', file: 'lexical.html', field: '#editor' },
  { name: 'WordPress block editor', file: 'wordpress.html', field: '.block-editor-rich-text__editable' },
];
