import { describe, expect, it } from 'vitest';
import { ExtractionEngine } from '../../src/extract/index.js';
import { lazy } from '../../src/lazy.js';
import { engineResolver } from '../../src/rules/engine-resolver.js';

describe('engineResolver', () => {
  it('given a lazy loader, loads the engine when a name is first resolved, and only once', () => {
    let loads = 0;
    const resolver = engineResolver(
      lazy(() => {
        loads++;
        return ExtractionEngine.load();
      }),
    );
    // A config refused before its rules are read (missing, not YAML) never needs the engine.
    expect(loads).toBe(0);
    expect(resolver.resolvePlace('Erbil').map((p) => p.country)).toContain('IQ');
    expect(resolver.resolveActor('Daesh')?.id).toBe('islamic-state');
    expect(resolver.countryName('IQ')).toBe('Iraq');
    expect(loads).toBe(1);
  });
});
