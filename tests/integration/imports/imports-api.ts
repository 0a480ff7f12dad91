import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { OperationInput, OperationName, OperationOutput } from '../../../src/shared/api/contract';
import type { ApiError } from '../../../src/shared/api/errors';
import { createApi, type Api } from '../../../src/main/api';
import type { Db } from '../../../src/main/db/open';
import { openPlannerStore, type PlannerStore } from '../../../src/main/planner-store';
import { referenceAvailable as reference, REFERENCE_DIR } from '../../support/reference-data';
import { tempDir } from '../../support/temp-dir';

/** The NICE import tests need the team's reference data (tests/support/reference-data.ts: a loud skip, or a failure in CI). */
export const referenceAvailable = reference('NICE import tests', 'nice/cprt_SP_800_181_2_1_0.json');
export const readReference = (path: string) => readFileSync(resolve(REFERENCE_DIR, path), 'utf8');

/** A fresh data file per test (embedded catalog and all) behind the real API, outputs checked against the contract. */
export function useImportsApi() {
  const ctx = {} as { tmp: ReturnType<typeof tempDir>; store: PlannerStore; api: Api };
  beforeEach(() => {
    ctx.tmp = tempDir();
    ctx.store = openPlannerStore(ctx.tmp.file('planner.sqlite'));
    ctx.api = createApi({ db: ctx.store.db, file: ctx.store.file }, { checkOutputs: true });
  });
  afterEach(() => {
    if (ctx.store.db.open) ctx.store.db.close();
    ctx.tmp.cleanup();
  });
  return {
    get db(): Db {
      return ctx.store.db;
    },
    get file() {
      return ctx.store.file;
    },
    get dir() {
      return ctx.tmp.dir;
    },
    ok<N extends OperationName>(name: N, input: OperationInput<N>): OperationOutput<N> {
      const result = ctx.api.call(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
      return result.value as OperationOutput<N>;
    },
    refused<N extends OperationName>(name: N, input: OperationInput<N>): ApiError {
      const result = ctx.api.call(name, input);
      if (result.ok) throw new Error(`${name} was expected to be refused but succeeded`);
      return result.error;
    },
    count(sql: string, ...params: unknown[]): number {
      return (ctx.store.db.prepare(sql).get(...params) as { n: number }).n;
    },
  };
}

/** Every data table's rows, ordered, for "nothing changed" and "identical after restore" comparisons. */
export function dumpTables(db: Db, except: readonly string[] = []): Record<string, unknown[]> {
  const tables = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
  )
    .map((t) => t.name)
    .filter((t) => !except.includes(t));
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
}
