import { useEffect, useState } from 'react';
import type { OperationOutput } from '../../../../shared/api/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { plural } from '../../components/plural';
import { write } from '../../data';
import { fetchForPage } from '../../store/catalog';
import { useNotices } from '../../store/notices';

type Usage = OperationOutput<'skills.usage'>;

function UseList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  const shown = items.slice(0, 8);
  return (
    <div className="use-list">
      <h3 className="use-list__title">{title}</h3>
      <p>
        {shown.join(', ')}
        {items.length > shown.length && ` and ${items.length - shown.length} more`}
      </p>
    </div>
  );
}

/** Asks before deleting a skill, saying what uses it; on confirmation the skill goes with those uses. */
export function DeleteSkillDialog({
  skill,
  onOpenChange,
  onDeleted,
}: {
  skill: { id: string; name: string } | null;
  onOpenChange: (open: boolean) => void;
  onDeleted?: () => void;
}) {
  const change = write;
  const [fetched, setFetched] = useState<{ id: string; usage: Usage | null } | null>(null);
  const usage = fetched && skill && fetched.id === skill.id ? fetched.usage : null;

  useEffect(() => {
    if (!skill) return;
    let live = true;
    void fetchForPage('skills.usage', { id: skill.id }, 'Checking what uses the skill').then((u) => {
      if (live) setFetched({ id: skill.id, usage: u });
    });
    return () => {
      live = false;
    };
  }, [skill]);

  const used =
    usage !== null &&
    (usage.roles.length > 0 ||
      usage.coursesTeaching.length > 0 ||
      usage.coursesRequiring.length > 0 ||
      usage.skillsRequiring.length > 0 ||
      usage.plans.length > 0 ||
      usage.ratings > 0);

  async function confirm() {
    if (!skill) return;
    try {
      await change('skills.delete', { id: skill.id, removeUses: used });
      onDeleted?.();
    } catch (error) {
      useNotices.getState().report(`Deleting “${skill.name}”`, error);
    }
  }

  return (
    <ConfirmDialog
      open={skill !== null}
      onOpenChange={onOpenChange}
      title={skill ? `Delete “${skill.name}”?` : 'Delete skill?'}
      confirmLabel={used ? 'Delete skill and its uses' : 'Delete skill'}
      destructive
      confirmDisabled={!usage}
      onConfirm={() => void confirm()}
    >
      {!usage ? (
        <p role="status">Checking what uses this skill…</p>
      ) : used ? (
        <>
          <p>This skill is in use. Deleting it also removes it from everything below. This cannot be undone.</p>
          <UseList title="Required by roles" items={usage.roles.map((r) => r.name)} />
          <UseList title="Taught by courses" items={usage.coursesTeaching.map((c) => c.title)} />
          <UseList title="Needed to enter courses" items={usage.coursesRequiring.map((c) => c.title)} />
          <UseList title="Prerequisite of skills" items={usage.skillsRequiring.map((s) => s.name)} />
          <UseList title="In learning plans" items={usage.plans.map((p) => `${p.memberName} (${p.name})`)} />
          {usage.ratings > 0 && <UseList title="Team ratings" items={[plural(usage.ratings, 'rating') + ' of team members']} />}
        </>
      ) : (
        <p>Nothing uses this skill. It will be deleted; this cannot be undone.</p>
      )}
    </ConfirmDialog>
  );
}
