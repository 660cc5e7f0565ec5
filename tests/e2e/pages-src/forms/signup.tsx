// A React-controlled signup form: the app's own state is on window.signupState, so a test can check that a fill
// went through React's onChange and not just into the DOM.
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

interface SignupState {
  name: string;
  email: string;
  plan: string;
  role: string;
  newsletter: boolean;
  birthday: string;
  bio: string;
  password: string;
}

declare global {
  interface Window {
    signupState?: SignupState;
    signupChanges?: number;
  }
}

const INITIAL: SignupState = { name: '', email: '', plan: 'free', role: 'developer', newsletter: false, birthday: '', bio: '', password: '' };

function Signup() {
  const [state, setState] = useState(INITIAL);
  const set = <K extends keyof SignupState>(key: K, value: SignupState[K]) => {
    window.signupChanges = (window.signupChanges ?? 0) + 1;
    setState((current) => ({ ...current, [key]: value }));
  };
  useEffect(() => {
    window.signupState = state;
  }, [state]);

  return (
    <form aria-label="Sign up" onSubmit={(event) => event.preventDefault()}>
      <p>
        <label htmlFor="name">Display name</label>
        <input id="name" name="name" value={state.name} onChange={(event) => set('name', event.target.value)} />
      </p>
      <p>
        <label htmlFor="email">Email address</label>
        <input id="email" name="email" type="email" value={state.email} onChange={(event) => set('email', event.target.value)} />
      </p>
      <p>
        <label htmlFor="plan">Plan</label>
        <select id="plan" name="plan" value={state.plan} onChange={(event) => set('plan', event.target.value)}>
          <option value="free">Free</option>
          <option value="pro">Pro</option>
          <option value="team">Team</option>
        </select>
      </p>
      <fieldset>
        <legend>Role</legend>
        {['developer', 'designer', 'manager'].map((role) => (
          <label key={role}>
            <input type="radio" name="role" value={role} checked={state.role === role} onChange={() => set('role', role)} /> {role}
          </label>
        ))}
      </fieldset>
      <p>
        <label>
          <input type="checkbox" name="newsletter" checked={state.newsletter} onChange={(event) => set('newsletter', event.target.checked)} /> Send me the newsletter
        </label>
      </p>
      <p>
        <label htmlFor="birthday">Birthday</label>
        <input id="birthday" name="birthday" type="date" value={state.birthday} onChange={(event) => set('birthday', event.target.value)} />
      </p>
      <p>
        <label htmlFor="bio">About you</label>
        <textarea id="bio" name="bio" value={state.bio} onChange={(event) => set('bio', event.target.value)} />
      </p>
      <p>
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" value={state.password} onChange={(event) => set('password', event.target.value)} />
      </p>
      <button type="submit">Create account</button>
    </form>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Signup />
    </StrictMode>,
  );
}
