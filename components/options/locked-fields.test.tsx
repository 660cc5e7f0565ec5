// Fields the organisation policy sets render disabled, with the note, and the user's own value stays untouched.
import { renderToStaticMarkup } from 'react-dom/server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { OptionsState } from '../../lib/messaging/options-schemas';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { ProvidersSection } from './providers-section';
import { SitesSection } from './sites-section';

const state = (policy: OptionsState['policy']): OptionsState => ({
  settings: { ...DEFAULT_SETTINGS, allowedSites: ['mine.example'] },
  keys: {},
  policy,
  unconfigured: false,
});

const render = (element: React.ReactElement) => renderToStaticMarkup(<QueryClientProvider client={new QueryClient()}>{element}</QueryClientProvider>);

// The input, select or textarea a label points at.
function controlFor(html: string, name: string): string {
  return html.match(new RegExp(`<(input|textarea|select)[^>]*name="${name}"[^>]*>`))?.[0] ?? '';
}

describe('locked fields', () => {
  // The fake browser has no message catalogue; the keys stand in for the strings.
  beforeEach(() => {
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string) => key);
  });

  it('shows the organisation base URL disabled with the note', () => {
    const html = render(<ProvidersSection state={state({ baseUrl: 'https://llm.corp.example/v1' })} />);
    const input = controlFor(html, 'baseUrl');
    expect(input).toContain('disabled=""');
    expect(input).toContain('value="https://llm.corp.example/v1"');
    // The note is what the input's description points at.
    const lockId = input.match(/aria-describedby="([^"]*)"/)?.[1]?.split(' ').find((id) => id.endsWith('-lock'));
    expect(lockId).toBeDefined();
    expect(html).toContain(`<p id="${lockId}" class="locked">opt_locked</p>`);
  });

  it('leaves the base URL editable without a policy', () => {
    const html = render(<ProvidersSection state={state({})} />);
    expect(controlFor(html, 'baseUrl')).not.toContain('disabled');
    expect(html).not.toContain('class="locked"');
  });

  it('locks the allow patterns and lists the blocked sites as locked', () => {
    const html = render(<SitesSection state={state({ allowedSites: ['*.corp.example'], blockedSites: ['hr.corp.example'] })} />);
    expect(controlFor(html, 'allowedSites')).toContain('disabled=""');
    expect(html).toContain('*.corp.example</textarea>');
    expect(html).not.toContain('mine.example</textarea>');
    expect(html).toMatch(/hr\.corp\.example<\/span><p class="locked">/);
  });
});
