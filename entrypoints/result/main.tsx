import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { App } from './app';
import './style.css';

document.documentElement.lang = browser.i18n.getUILanguage();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App jobId={new URLSearchParams(location.search).get('job') ?? ''} />
    </StrictMode>,
  );
}
