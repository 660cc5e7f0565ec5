import { describe, expect, it } from 'vitest';
import { markStartup } from './startup-marks';

describe('markStartup', () => {
  it('marks each stage once per worker start, however often it is reached', () => {
    markStartup('port');
    markStartup('port');
    markStartup('fetch');
    const names = performance.getEntriesByType('mark').map((mark) => mark.name);
    expect(names.filter((name) => name === 'draftsmith:port')).toHaveLength(1);
    expect(names).toContain('draftsmith:fetch');
  });
});
