// Ace (ace-builds) in text mode: input through its hidden textarea, history through its own UndoManager.
import ace from 'ace-builds';
import { exposeEditor, STARTING_TEXT } from './expose-editor';

const editor = ace.edit('editor', { value: STARTING_TEXT, mode: 'ace/mode/text' });
editor.session.getUndoManager().reset();
editor.textInput.getElement().setAttribute('aria-label', 'Message');
exposeEditor(() => editor.getValue());
