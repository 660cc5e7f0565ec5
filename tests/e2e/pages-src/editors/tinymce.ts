// Self-hosted TinyMCE: its editable body lives in an about:srcdoc iframe. The skins are bundled as modules,
// because with `skin: false` TinyMCE 8 leaves its container hidden.
import tinymce from 'tinymce';
import 'tinymce/models/dom';
import 'tinymce/themes/silver';
import 'tinymce/icons/default';
import 'tinymce/skins/ui/oxide/skin.js';
import 'tinymce/skins/ui/oxide/content.js';
import 'tinymce/skins/content/default/content.js';
import { exposeEditor } from './expose-editor';

void tinymce
  .init({
    selector: '#editor',
    license_key: 'gpl',
    menubar: false,
    statusbar: false,
    toolbar: 'undo redo',
    height: 420,
    promotion: false,
  })
  .then(() => exposeEditor(() => tinymce.activeEditor?.getContent({ format: 'text' }) ?? ''));
