import { describe, expect, it } from 'vitest';
import manifest from '../../../resources/catalog/manifest.json';
import { DATA_SOURCES } from '../../../src/shared/domain/data-sources';

describe('the “About the data” sources', () => {
  it('cite every framework the embedded catalog’s manifest names, and no other', () => {
    expect(DATA_SOURCES.map((s) => s.code).sort()).toEqual(manifest.frameworks.map((f) => f.code).sort());
  });

  it('give the versions the reference data was taken from', () => {
    const byCode = new Map(DATA_SOURCES.map((s) => [s.code, s]));
    expect(byCode.get('NICE')!.version).toContain('v2.1.0');
    expect(byCode.get('DCWF')!.version).toContain('v5.1');
    expect(byCode.get('MITRE-ATLAS')!.version).toContain('v5.6.0');
    expect(byCode.get('NIST-AI-RMF')!.version).toContain('1.0');
    // The manifest's own names carry the same versions.
    for (const f of manifest.frameworks) {
      const version = /v?\d+\.\d+\.\d+|v\d+\.\d+/.exec(f.name)?.[0];
      if (version) expect(byCode.get(f.code)!.version, f.code).toContain(version);
    }
  });
});
