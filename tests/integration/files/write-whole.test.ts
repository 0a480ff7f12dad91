import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeWhole } from '../../../src/main/files/write-whole';
import { tempDir } from '../../support/temp-dir';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.cleanup());

describe('writing an exported file', () => {
  it('writes the whole file and leaves nothing else beside it', async () => {
    const bytes = new Uint8Array(300_000).map((_, i) => i % 251);
    await writeWhole(tmp.file('plan.pdf'), bytes);
    expect(readFileSync(tmp.file('plan.pdf')).equals(Buffer.from(bytes))).toBe(true);
    expect(readdirSync(tmp.dir)).toEqual(['plan.pdf']);
  });

  it('replaces an older export of the same name', async () => {
    writeFileSync(tmp.file('plan.pdf'), 'old');
    await writeWhole(tmp.file('plan.pdf'), Buffer.from('new'));
    expect(readFileSync(tmp.file('plan.pdf'), 'utf8')).toBe('new');
  });

  it('fails cleanly when the target cannot be written, leaving no partial file', async () => {
    mkdirSync(tmp.file('plan.pdf')); // a folder where the file should go
    await expect(writeWhole(tmp.file('plan.pdf'), Buffer.from('pdf'))).rejects.toThrow();
    expect(readdirSync(tmp.dir)).toEqual(['plan.pdf']);
    await expect(writeWhole(tmp.file('missing-folder/plan.pdf'), Buffer.from('pdf'))).rejects.toThrow(/ENOENT/);
    expect(readdirSync(tmp.dir)).toEqual(['plan.pdf']);
  });
});
