// Quill 2 with the snow theme; its history module handles Ctrl+Z.
import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import { exposeEditor } from './expose-editor';

const quill = new Quill('#editor', { theme: 'snow' });
quill.history.clear();
exposeEditor(() => quill.getText());
