// RoosterJS 9 (the content-model editor behind Outlook on the web) with its default plugins: paste, edit and
// the shortcut plugin that maps Ctrl+Z to its own undo snapshots. The state read is its content model.
import { contentModelToText, createEditor, createModelFromHtml } from 'roosterjs';
import { exposeEditor, STARTING_TEXT } from './expose-editor';

const host = document.getElementById('editor') as HTMLDivElement;
const editor = createEditor(host, [], createModelFromHtml(`<div>${STARTING_TEXT}</div>`));
exposeEditor(() => contentModelToText(editor.getContentModelCopy('disconnected'), '\n'));
