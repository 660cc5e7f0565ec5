// A React-controlled textarea and input: React state only changes through onChange (real input events).
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { exposeEditor, STARTING_TEXT } from './expose-editor';

function App() {
  const [body, setBody] = useState(STARTING_TEXT);
  const [subject, setSubject] = useState('Weekly');
  const state = useRef({ body, subject });
  state.current = { body, subject };
  exposeEditor(() => state.current.body);
  Object.assign(window, { readSubject: () => state.current.subject });
  return (
    <form onSubmit={(event) => event.preventDefault()}>
      <label htmlFor="subject">Subject</label>
      <input id="subject" value={subject} onChange={(event) => setSubject(event.target.value)} />
      <label htmlFor="body">Body</label>
      <textarea id="body" rows={6} cols={60} value={body} onChange={(event) => setBody(event.target.value)} />
      <p>Preview: <output id="preview">{body}</output></p>
    </form>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
