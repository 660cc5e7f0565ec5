// Squire 2 (Fastmail and other webmail): its own paste handling and its own undo stack on Ctrl+Z.
// The state read is its HTML, as the mail client would send it.
import DOMPurify from 'dompurify';
import Squire from 'squire-rte';
import { exposeEditor, STARTING_TEXT } from './expose-editor';

// Squire sanitises pasted HTML with the page's DOMPurify, which mail clients load as a global.
Object.assign(window, { DOMPurify });
const host = document.getElementById('editor') as HTMLDivElement;
const editor = new Squire(host);
editor.setHTML(`<div>${STARTING_TEXT}</div>`);

// Squire's HTML as text: each block is a line, <br> inside a block too.
function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return Array.from(doc.body.children, (block) => {
    block.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
    return (block.textContent ?? '').replace(/\n$/, '');
  }).join('\n');
}

exposeEditor(() => htmlToText(editor.getHTML()));
