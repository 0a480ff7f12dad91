import { AlertDialog } from 'radix-ui';
import { useState } from 'react';
import { call } from '../../api';
import { usePaths } from '../../store/paths';
import { useNotices } from '../../store/notices';
import { levelName } from './format';
import { usePlanFacts } from './plan-facts';

/**
 * After a course is marked done: offers to record the levels it teaches as ratings of source "course" for the
 * member (only the skills it raises). Declining keeps the status and records nothing.
 */
export function CompleteCourseDialog() {
  const offer = usePaths((s) => s.completionOffer);
  const workspace = usePaths((s) => s.workspace);
  const facts = usePlanFacts();
  const [busy, setBusy] = useState(false);
  if (!offer || !workspace) return null;
  const courses = offer.nodeIds
    .map((id) => usePaths.getState().nodes.find((n) => n.id === id)?.data.courseId)
    .map((id) => (id ? facts.courses.get(id) : undefined))
    .filter((c) => c !== undefined);
  const raises = courses.flatMap((c) =>
    c.teaches.filter((t) => t.level > (facts.current.get(t.skill) ?? 0)).map((t) => ({ course: c, skill: t.skill, level: t.level })),
  );
  const close = () => usePaths.getState().dismissCompletionOffer();

  async function record() {
    setBusy(true);
    try {
      const ratedOn = workspace!.today;
      let count = 0;
      for (const c of courses) {
        count += (await call('plans.recordCourseRatings', { memberId: workspace!.member.id, courseId: c.id, ratedOn })).recorded.length;
      }
      await usePaths.getState().refreshFacts();
      usePaths.getState().say(`Recorded ${count} rating${count === 1 ? '' : 's'} from the completed course${courses.length === 1 ? '' : 's'}.`);
      close();
    } catch (error) {
      useNotices.getState().report('Recording the course’s levels', error);
    } finally {
      setBusy(false);
    }
  }

  const title = courses.length === 1 ? `“${courses[0]!.title}” is done` : `${courses.length} courses are done`;
  return (
    <AlertDialog.Root open onOpenChange={(open) => !open && close()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title className="dialog__title">{title}</AlertDialog.Title>
          <AlertDialog.Description asChild>
            <div className="dialog__body">
              {raises.length > 0 ? (
                <>
                  <p>Record what it teaches as {workspace.member.name}’s levels (ratings of source “course”, dated today)?</p>
                  <ul className="bullets">
                    {raises.map((r) => (
                      <li key={`${r.course.id}-${r.skill}`}>
                        {facts.skillName(r.skill)}: {levelName(facts.current.get(r.skill) ?? 0)} → {levelName(r.level)}
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p>{workspace.member.name} is already at or above every level it teaches, so there is nothing to record.</p>
              )}
            </div>
          </AlertDialog.Description>
          <div className="dialog__actions">
            <AlertDialog.Cancel className="button">{raises.length > 0 ? 'Not now' : 'Close'}</AlertDialog.Cancel>
            {raises.length > 0 && (
              <AlertDialog.Action
                className="button button--primary"
                disabled={busy}
                onClick={(e) => {
                  e.preventDefault();
                  void record();
                }}
              >
                Record {raises.length} level{raises.length === 1 ? '' : 's'}
              </AlertDialog.Action>
            )}
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
