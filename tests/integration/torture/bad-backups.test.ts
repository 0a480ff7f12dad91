import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badBackups, writeBadBackups } from './bad-backups';

const DIR = resolve(__dirname, '../../fixtures/bad-files');

describe('the backup cases of the bad-file corpus', () => {
  it.runIf(process.env.WRITE_BAD_BACKUPS === '1')('are written from a real export of the current data version', () => {
    writeBadBackups(DIR);
  });

  it('each name a distinct case with its expected message', () => {
    const cases = badBackups();
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    expect(cases.every((c) => c.message.length > 10)).toBe(true);
  });
});
