// Slate with React and slate-history; its text is the model's paragraphs joined by newlines.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Editor, Node, type Descendant } from 'slate';
import { Editable, Slate, withReact } from 'slate-react';
import { withHistory } from 'slate-history';
import { exposeEditor, STARTING_TEXT } from './expose-editor';

declare global {
  interface Window {
    moveSlateSelectionToEnd?: () => void;
  }
}

const initialValue: Descendant[] = [{ children: [{ text: STARTING_TEXT }] } as Descendant];

function App() {
  const [editor] = useState(() => withHistory(withReact(createEditor())));
  exposeEditor(
    () => editor.children.map((node) => Node.string(node)).join('\n'),
    () => (editor.selection ? Editor.string(editor, editor.selection) : ''),
  );
  // Slate syncs its own selection from the page's on a 100 ms throttle, and skips the sync when focus has
  // already left the editor: a test leaves the model's selection behind (no re-render, so the page's
  // selection stays where the user put it) to show what such a lag does.
  window.moveSlateSelectionToEnd = () => {
    const end = Editor.end(editor, []);
    editor.selection = { anchor: end, focus: end };
  };
  return (
    <Slate editor={editor} initialValue={initialValue}>
      <Editable className="editor" aria-label="Message" />
    </Slate>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
