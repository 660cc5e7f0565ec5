// Slate with React and slate-history; its text is the model's paragraphs joined by newlines.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Node, type Descendant } from 'slate';
import { Editable, Slate, withReact } from 'slate-react';
import { withHistory } from 'slate-history';
import { exposeEditor, STARTING_TEXT } from './expose-editor';

const initialValue: Descendant[] = [{ children: [{ text: STARTING_TEXT }] } as Descendant];

function App() {
  const [editor] = useState(() => withHistory(withReact(createEditor())));
  exposeEditor(() => editor.children.map((node) => Node.string(node)).join('\n'));
  return (
    <Slate editor={editor} initialValue={initialValue}>
      <Editable className="editor" aria-label="Message" />
    </Slate>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
