import { newId } from '../../../../shared/domain/ids';
import { memberDraft, type MemberDraft } from '../../../../shared/domain/team';
import type { Db } from '../../../db/open';
import { membersRepository } from '../../../db/repositories/members';
import { readDate, readNumber } from '../../../../shared/imports/cell-formats';
import { writeRecords, type EntityImporter, type ReadContext } from './entity-importer';

type StoredMember = Required<MemberDraft> & { id: string };

interface MemberPlan {
  member: StoredMember;
  stored: StoredMember | undefined;
  key: string;
}

const FIELD_OF: Record<string, string> = {
  currentRoleId: 'current_role',
  targetRoleId: 'target_role',
  weeklyHours: 'weekly_hours',
  startDate: 'start_date',
};

/** Team members: matched by id, else by a name only one member has; others are added. */
export function membersImporter(db: Db, ctx: ReadContext): EntityImporter<MemberPlan> {
  const { lookups, options } = ctx;
  const members = membersRepository(db);
  const stored = new Map(
    members.list().map(({ id, name, title, currentRoleId, targetRoleId, weeklyHours, startDate, notes }) => [
      id,
      { id, name, title, currentRoleId, targetRoleId, weeklyHours, startDate, notes } as StoredMember,
    ]),
  );

  return {
    read(row) {
      if (!row.validId()) return null;
      const id = row.text('id');
      const currentId = id || lookups.members.uniqueByName(row.text('name'))?.id;
      const current = currentId ? stored.get(currentId) : undefined;
      const candidate: Record<string, unknown> = { ...(current ?? {}) };
      if (row.mapped('name')) candidate.name = row.text('name');
      if (row.mapped('title')) candidate.title = row.text('title');
      if (row.mapped('notes')) candidate.notes = row.text('notes');
      for (const [key, field] of [['current_role', 'currentRoleId'], ['target_role', 'targetRoleId']] as const) {
        if (!row.mapped(key)) continue;
        candidate[field] = row.has(key) ? (ctx.values.entry(row, key, 'role', row.text(key))?.id ?? null) : null;
      }
      if (row.mapped('weekly_hours') && row.has('weekly_hours')) candidate.weeklyHours = readNumber(row.text('weekly_hours'), options.decimal);
      if (row.mapped('start_date')) {
        const date = row.has('start_date') ? readDate(row.text('start_date'), options.dateOrder) : null;
        if (date && !date.ok) row.problem('start_date', date.message);
        candidate.startDate = date?.ok ? date.iso : null;
      }
      delete candidate.id;
      const parsed = memberDraft.safeParse(candidate);
      if (!parsed.success) row.schemaProblems(parsed.error, FIELD_OF);
      if (!parsed.success || row.problemCount > 0) return null;
      const member = { ...parsed.data, id: current?.id ?? (id || newId('member')) };
      return { member, stored: current, key: current?.id ?? (id || `name:${member.name.toLowerCase()}`) };
    },
    key: (p) => p.key,
    describe: (p) => `member “${p.member.name}”`,
    isNew: (p) => !p.stored,
    notes: () => [],
    write: (plans) =>
      writeRecords(plans, (p) => p.member, (p, isNew) => (isNew ? members.insert({ ...p.member, isDemo: false }) : members.update(p.member))),
  };
}
