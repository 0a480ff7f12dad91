import { z } from 'zod';
import { niceStatement, NICE_STATEMENT_KINDS, type NiceFramework } from './nice-framework';

const roleRef = z.object({ id: z.string(), name: z.string() });

export const niceRoleChange = roleRef.extend({
  /** The role's name in the imported version, when it was renamed. */
  renamedFrom: z.string().nullable(),
  definitionChanged: z.boolean(),
  statementsAdded: z.array(z.string()),
  statementsRemoved: z.array(z.string()),
  tasksAdded: z.array(z.string()),
  tasksRemoved: z.array(z.string()),
});
export type NiceRoleChange = z.infer<typeof niceRoleChange>;

export const niceVersionDiff = z.object({
  fromVersion: z.string(),
  toVersion: z.string(),
  rolesAdded: z.array(roleRef),
  rolesRemoved: z.array(roleRef),
  rolesChanged: z.array(niceRoleChange),
  statementsAdded: z.array(niceStatement),
  statementsRemoved: z.array(niceStatement),
  statementsReworded: z.array(z.object({ id: z.string(), kind: z.enum(NICE_STATEMENT_KINDS), before: z.string(), after: z.string() })),
});
export type NiceVersionDiff = z.infer<typeof niceVersionDiff>;

/** Exact comparison: what the import would write differs exactly when the text does. */
const sameText = (a: string, b: string) => a === b;

function listDiff(before: readonly string[], after: readonly string[]) {
  const a = new Set(before);
  const b = new Set(after);
  return { added: after.filter((x) => !a.has(x)), removed: before.filter((x) => !b.has(x)) };
}

/** What changed from the imported framework version to another: roles and statements added, removed, reworded. */
export function compareNiceFrameworks(before: NiceFramework, after: NiceFramework): NiceVersionDiff {
  const beforeRoles = new Map(before.roles.map((r) => [r.id, r]));
  const afterRoles = new Map(after.roles.map((r) => [r.id, r]));
  const rolesChanged: NiceRoleChange[] = [];
  for (const role of after.roles) {
    const old = beforeRoles.get(role.id);
    if (!old) continue;
    const statements = listDiff([...old.knowledge, ...old.skills], [...role.knowledge, ...role.skills]);
    const tasks = listDiff(old.tasks, role.tasks);
    const change: NiceRoleChange = {
      id: role.id,
      name: role.name,
      renamedFrom: sameText(old.name, role.name) ? null : old.name,
      definitionChanged: !sameText(old.definition, role.definition),
      statementsAdded: statements.added,
      statementsRemoved: statements.removed,
      tasksAdded: tasks.added,
      tasksRemoved: tasks.removed,
    };
    const changed =
      change.renamedFrom !== null ||
      change.definitionChanged ||
      statements.added.length + statements.removed.length + tasks.added.length + tasks.removed.length > 0;
    if (changed) rolesChanged.push(change);
  }
  const beforeStatements = Object.values(before.statements);
  const afterStatements = Object.values(after.statements);
  const byIdBefore = new Map(beforeStatements.map((s) => [s.id, s]));
  const byIdAfter = new Map(afterStatements.map((s) => [s.id, s]));
  const sortById = <T extends { id: string }>(list: T[]) => list.sort((a, b) => a.id.localeCompare(b.id));

  return {
    fromVersion: before.document.version,
    toVersion: after.document.version,
    rolesAdded: after.roles.filter((r) => !beforeRoles.has(r.id)).map(({ id, name }) => ({ id, name })),
    rolesRemoved: before.roles.filter((r) => !afterRoles.has(r.id)).map(({ id, name }) => ({ id, name })),
    rolesChanged,
    statementsAdded: sortById(afterStatements.filter((s) => !byIdBefore.has(s.id))),
    statementsRemoved: sortById(beforeStatements.filter((s) => !byIdAfter.has(s.id))),
    statementsReworded: sortById(
      afterStatements.flatMap((s) => {
        const old = byIdBefore.get(s.id);
        return old && !sameText(old.text, s.text) ? [{ id: s.id, kind: s.kind, before: old.text, after: s.text }] : [];
      }),
    ),
  };
}

/** True when the two versions hold the same roles and statements. */
export function isEmptyDiff(diff: NiceVersionDiff): boolean {
  return (
    diff.rolesAdded.length +
      diff.rolesRemoved.length +
      diff.rolesChanged.length +
      diff.statementsAdded.length +
      diff.statementsRemoved.length +
      diff.statementsReworded.length ===
    0
  );
}
