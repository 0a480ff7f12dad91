import { addDays, format } from 'date-fns';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../src/main/api';
import { openPlannerStore, type PlannerStore } from '../../../src/main/planner-store';
import type { ApiError } from '../../../src/shared/api/errors';
import type { CsvPreview } from '../../../src/shared/domain/csv-import';
import type { NiceInspection } from '../../../src/shared/domain/nice-import';
import { dumpTables } from '../imports/imports-api';
import { tempDir } from '../../support/temp-dir';

/**
 * The bad-file corpus (tests/fixtures/bad-files): each CSV, NICE JSON and backup JSON case is fed to the real
 * API on a real data file, as the import panels would send it. Each must be refused with its expected message
 * (naming the row, column or table and field), never as INTERNAL, and leave every table as it was.
 * Data-file cases live in bad-files/data-files/ with their own runner.
 */
const DIR = resolve(__dirname, '../../fixtures/bad-files');

interface Expectation {
  operation: 'csv.import' | 'nice.import' | 'backup.restore';
  message: string;
  entity?: string;
  /** The file holds {{tomorrow}}, replaced by tomorrow's date on this machine. */
  template?: boolean;
}

const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.expect.json'))
  .sort()
  .map((sidecar) => {
    const base = sidecar.replace(/\.expect\.json$/, '');
    const file = readdirSync(DIR).find((f) => f.startsWith(`${base}.`) && !f.endsWith('.expect.json'))!;
    return { file, expect: JSON.parse(readFileSync(join(DIR, sidecar), 'utf8')) as Expectation };
  });

let tmp: ReturnType<typeof tempDir>;
let store: PlannerStore;
let api: Api;

beforeAll(() => {
  tmp = tempDir();
  store = openPlannerStore(tmp.file('planner.sqlite'));
  api = createApi({ db: store.db, file: store.file }, { checkOutputs: true });
});
afterAll(() => {
  store.db.close();
  tmp.cleanup();
});

/** What the user is told: a refusal's message, or the preview's problems as "row 2, rated_on: …". */
function refusal(error: ApiError): string {
  expect(error.code).not.toBe('INTERNAL');
  return error.message;
}

function problemsText(preview: CsvPreview): string {
  return preview.problems.map((p) => `row ${p.row}, ${p.column}: ${p.message}`).join('\n');
}

/** Feeds one file to the API the way its panel does, and returns everything the user would be told. */
function feed(content: string, expectation: Expectation): string {
  switch (expectation.operation) {
    case 'csv.import': {
      const entity = expectation.entity as 'courses';
      const preview = api.call('csv.preview', { entity, content });
      if (!preview.ok) return refusal(preview.error);
      const value = preview.value as CsvPreview;
      const imported = api.call('csv.import', { entity, content, mapping: value.mapping });
      expect(imported.ok, 'a file of only bad rows imports nothing').toBe(false);
      return `${problemsText(value)}\n${imported.ok ? '' : refusal(imported.error)}`;
    }
    case 'nice.import': {
      const inspection = api.call('nice.inspect', { content });
      if (!inspection.ok) return refusal(inspection.error);
      const roleIds = (inspection.value as NiceInspection).roles.map((r) => r.id);
      const imported = api.call('nice.import', { content, roleIds, level: 3 });
      expect(imported.ok, 'the NICE import is refused').toBe(false);
      return imported.ok ? '' : refusal(imported.error);
    }
    case 'backup.restore': {
      const restored = api.call('backup.restore', { content });
      expect(restored.ok, 'the restore is refused').toBe(false);
      return restored.ok ? '' : refusal(restored.error);
    }
  }
}

describe('the bad-file corpus', () => {
  it('holds at least 30 cases of CSV, NICE JSON and backup JSON, each with its expected message', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    const kinds = new Set(cases.map((c) => c.expect.operation));
    expect([...kinds].sort()).toEqual(['backup.restore', 'csv.import', 'nice.import']);
  });

  it.each(cases)('$file is refused with its message, the store unchanged', ({ file, expect: expectation }) => {
    // Read as UTF-8, as a plain reader does (the desktop dialog, a script): a Windows-1252 file arrives with U+FFFD.
    let content = readFileSync(join(DIR, file), 'utf8');
    if (expectation.template) content = content.replaceAll('{{tomorrow}}', format(addDays(new Date(), 1), 'yyyy-MM-dd'));
    const before = dumpTables(store.db);
    const told = feed(content, expectation);
    expect(told).toContain(expectation.message);
    expect(dumpTables(store.db)).toEqual(before);
  });
});
