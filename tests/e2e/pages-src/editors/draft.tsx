// Draft.js under the installed React. Draft relies on React ≤18 APIs (findDOMNode); a crash is shown in #crash.
import './node-global';
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ContentState, Editor, EditorState } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { exposeEditor, STARTING_TEXT } from './expose-editor';

window.addEventListener('error', (event) => {
  const crash = document.getElementById('crash');
  if (crash) crash.textContent = String(event.message);
});

function App() {
  const [state, setState] = useState(() => EditorState.createWithContent(ContentState.createFromText(STARTING_TEXT)));
  const latest = useRef(state);
  latest.current = state;
  exposeEditor(() => latest.current.getCurrentContent().getPlainText());
  return <Editor editorState={state} onChange={setState} ariaLabel="Message" />;
}

const root = document.getElementById('root');
if (root) createRoot(root, { onUncaughtError: (error) => { const crash = document.getElementById('crash'); if (crash) crash.textContent = String(error); } }).render(<App />);
