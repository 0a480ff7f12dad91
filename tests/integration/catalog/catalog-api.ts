import Database from 'better-sqlite3';
import { afterEach, beforeEach } from 'vitest';
import type { OperationInput, OperationName, OperationOutput } from '../../../src/shared/api/contract';
import type { ApiError } from '../../../src/shared/api/errors';
import { createApi, type Api } from '../../../src/main/api';
import { openPlannerStore, type PlannerStore } from '../../../src/main/planner-store';
import { tempDir } from '../../support/temp-dir';

/**
 * A fresh data file per test, filled with the embedded catalog, behind the real API. The demo team a new file
 * also gets is removed, so each test places exactly the members and plans it talks about.
 */
export function useCatalogApi() {
  const ctx = {} as { tmp: ReturnType<typeof tempDir>; store: PlannerStore; api: Api };

  beforeEach(() => {
    ctx.tmp = tempDir();
    ctx.store = openPlannerStore(ctx.tmp.file('planner.sqlite'));
    ctx.store.db.prepare('DELETE FROM members').run();
    ctx.api = createApi({ db: ctx.store.db, file: ctx.store.file }, { checkOutputs: true });
  });
  afterEach(() => {
    if (ctx.store.db.open) ctx.store.db.close();
    ctx.tmp.cleanup();
  });

  return {
    get db(): Database.Database {
      return ctx.store.db;
    },
    get file() {
      return ctx.store.file;
    },
    /** Calls an operation that must succeed and returns its value. */
    ok<N extends OperationName>(name: N, input: OperationInput<N>): OperationOutput<N> {
      const result = ctx.api.call(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
      return result.value as OperationOutput<N>;
    },
    /** Calls an operation that must be refused and returns the error. */
    refused<N extends OperationName>(name: N, input: unknown): ApiError {
      const result = ctx.api.call(name, input);
      if (result.ok) throw new Error(`${name} was expected to be refused but succeeded`);
      return result.error;
    },
    /** Closes the file and opens it again, as a restart of the app would. */
    reopen() {
      ctx.store.db.close();
      ctx.store = openPlannerStore(ctx.tmp.file('planner.sqlite'));
      ctx.api = createApi({ db: ctx.store.db, file: ctx.store.file }, { checkOutputs: true });
    },
    /** A read-only look at the file with a separate connection, as another program would see it. */
    peek<T>(sql: string, ...params: unknown[]): T[] {
      const check = new Database(ctx.store.file, { readonly: true });
      try {
        return check.prepare(sql).all(...params) as T[];
      } finally {
        check.close();
      }
    },
  };
}

export function insertMember(db: Database.Database, m: { id: string; name: string; target?: string | null; current?: string | null }) {
  db.prepare('INSERT INTO members (id, name, target_role_id, current_role_id) VALUES (?, ?, ?, ?)').run(
    m.id,
    m.name,
    m.target ?? null,
    m.current ?? null,
  );
}

/** A plan for a member with one skill step and one course step, as the plans area would store it. */
export function insertPlan(
  db: Database.Database,
  p: { id: string; member: string; targetRole?: string | null; skill?: string; course?: string },
) {
  db.prepare('INSERT INTO plans (id, member_id, target_role_id) VALUES (?, ?, ?)').run(p.id, p.member, p.targetRole ?? null);
  if (p.skill) {
    db.prepare("INSERT INTO plan_nodes (id, plan_id, kind, skill_id) VALUES (?, ?, 'skill', ?)").run(`${p.id}-s`, p.id, p.skill);
  }
  if (p.course) {
    db.prepare("INSERT INTO plan_nodes (id, plan_id, kind, course_id) VALUES (?, ?, 'course', ?)").run(`${p.id}-c`, p.id, p.course);
  }
}
