import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { plural } from '../../components/plural';
import { useTeam } from '../../store/team';
import type { TeamModel } from './team-model';

/** Says the demo team is sample data, and removes it in one action after asking. */
export function DemoTeamNotice({ model }: { model: TeamModel }) {
  const removeDemoTeam = useTeam((s) => s.removeDemoTeam);
  const [asking, setAsking] = useState(false);
  const demo = model.members.filter((m) => m.isDemo);
  if (demo.length === 0) return null;
  return (
    <div className="demo-notice" role="note">
      <p className="demo-notice__text">
        <strong>{plural(demo.length, 'demo member')}</strong> came with the planner so you can try the comparisons. Remove
        them when you add your own people.
      </p>
      <button type="button" className="button" onClick={() => setAsking(true)}>
        Remove demo team
      </button>
      <ConfirmDialog
        open={asking}
        onOpenChange={setAsking}
        title="Remove the demo team?"
        confirmLabel="Remove demo team"
        destructive
        onConfirm={() => void removeDemoTeam()}
      >
        <p>
          {demo.map((m) => m.name).join(', ')} will be deleted with all their ratings and plans. Members you added yourself
          stay. The demo team does not come back.
        </p>
      </ConfirmDialog>
    </div>
  );
}
