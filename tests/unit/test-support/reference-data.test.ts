import { afterEach, describe, expect, it, vi } from 'vitest';
import { referenceAvailable } from '../../support/reference-data';

describe('tests that need ../shared/reference', () => {
  const required = process.env.REFERENCE_REQUIRED;
  afterEach(() => {
    vi.restoreAllMocks();
    if (required === undefined) delete process.env.REFERENCE_REQUIRED;
    else process.env.REFERENCE_REQUIRED = required;
  });

  it('are skipped loudly when the file is missing, naming what is skipped and where the data should be', () => {
    delete process.env.REFERENCE_REQUIRED;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(referenceAvailable('The NICE import tests', 'nice/no-such-file.json')).toBe(false);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toMatch(/The NICE import tests SKIPPED: the reference data is not at .*shared\/reference\/nice\/no-such-file\.json/);
  });

  it('fail instead with REFERENCE_REQUIRED=1 (CI)', () => {
    process.env.REFERENCE_REQUIRED = '1';
    expect(() => referenceAvailable('The NICE import tests', 'nice/no-such-file.json')).toThrow(/REFERENCE_REQUIRED=1 but the reference data is missing/);
  });
});
