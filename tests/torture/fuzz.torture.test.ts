import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApi, type Api } from '../../src/main/api';
import { openPlannerStore, type PlannerStore } from '../../src/main/planner-store';
import { contract, type OperationName } from '../../src/shared/api/contract';
import { tempDir } from '../support/temp-dir';
import { fuzzInput, type JsonSchema } from './support/contract-arbitrary';
import { FUZZ_CASES, SEED } from './support/counts';
import { storeDump } from './support/store-dump';

/**
 * Every API operation, fuzzed from its own contract (zod → JSON Schema → fast-check, fixed seed): whatever
 * arrives, the answer is a value that fits the output schema or a typed refusal, never INTERNAL; and a refusal
 * writes nothing (the store's rows are compared).
 */
describe('every operation, fuzzed from its contract', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: PlannerStore;
  let api: Api;
  const tally = { cases: 0, refused: 0, answered: 0 };

  beforeAll(() => {
    tmp = tempDir('planner-fuzz-');
    store = openPlannerStore(tmp.file('planner.sqlite'));
    // Imports run inline here: the worker is a built file (tests/integration/imports/import-jobs.test.ts runs it).
    api = createApi({ db: store.db, file: store.file }, { checkOutputs: true, importWorker: 'inline' });
  });
  afterAll(() => {
    store.db.close();
    tmp.cleanup();
    console.log(`fuzz: ${tally.cases} cases over ${Object.keys(contract).length} operations; ${tally.answered} answered, ${tally.refused} refused; 0 INTERNAL, 0 writes on refusal`);
  });

  /** Ids of what the store holds now: id fields pick from them, so handlers get past “not found”. */
  function ids(): string[] {
    const db = store.db;
    const rows = db
      .prepare(
        `SELECT id FROM skills UNION ALL SELECT id FROM roles UNION ALL SELECT id FROM courses UNION ALL SELECT id FROM members
         UNION ALL SELECT id FROM plans UNION ALL SELECT id FROM skill_categories UNION ALL SELECT id FROM plan_nodes`,
      )
      .pluck()
      .all() as string[];
    return rows;
  }

  const names = Object.keys(contract) as OperationName[];

  it.each(names)('%s', (name) => {
    const schema = z.toJSONSchema(contract[name].input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    const inputs = fc.sample(fuzzInput(schema, ids), { seed: SEED + names.indexOf(name), numRuns: FUZZ_CASES });
    const problems: string[] = [];
    let known = storeDump(store.db);
    for (const input of inputs) {
      const changesBefore = store.db.prepare('SELECT total_changes()').pluck().get() as number;
      const result = api.call(name, input);
      const changed = (store.db.prepare('SELECT total_changes()').pluck().get() as number) !== changesBefore;
      tally.cases++;
      if (result.ok) {
        tally.answered++;
        if (changed) known = storeDump(store.db);
        continue;
      }
      tally.refused++;
      if (result.error.code === 'INTERNAL') problems.push(`INTERNAL for ${JSON.stringify(input).slice(0, 300)}: ${result.error.message}`);
      // A refusal may have run statements inside its rolled-back transaction; what counts is what is stored.
      if (changed) {
        const now = storeDump(store.db);
        if (now !== known) problems.push(`a refusal (${result.error.code}) wrote to the store: ${JSON.stringify(input).slice(0, 300)}`);
        known = now;
      }
      if (/SQLITE_|malformed|constraint failed/i.test(result.error.message)) problems.push(`raw SQLite text shown: ${result.error.message}`);
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });
});
