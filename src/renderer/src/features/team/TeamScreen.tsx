import { Tabs } from 'radix-ui';
import { useState } from 'react';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { routeHref } from '../../router';
import { statusOf, useTeamSnapshot } from '../../data/reads';
import { MemberDialog } from './MemberDialog';
import { MemberPage } from './MemberPage';
import { MembersTable } from './MembersTable';
import { ReassessmentList } from './ReassessmentList';
import { useTeamModel } from './team-model';
import './team.css';

/** #/team (members), #/team/reassess (stale ratings), #/team/member/<id>/<tab> (one member). */
export function TeamScreen({ rest }: { rest: string[] }) {
  const status = statusOf(useTeamSnapshot());
  const model = useTeamModel();
  const [adding, setAdding] = useState(false);

  if (rest[0] === 'member' && rest[1]) {
    return model ? <MemberPage model={model} memberId={rest[1]} tab={rest[2]} /> : <Loading what="the team" />;
  }
  const tab = rest[0] === 'reassess' ? 'reassess' : 'members';
  return (
    <>
      <PageHeader
        title="Team"
        subtitle="Your people, the roles they aim for, and their skill ratings."
        actions={
          <button type="button" className="button button--primary" onClick={() => setAdding(true)} disabled={!model}>
            Add member
          </button>
        }
      />
      <Tabs.Root value={tab} onValueChange={(v) => (window.location.hash = v === 'members' ? routeHref('team') : routeHref('team', v))}>
        <Tabs.List className="tabs" aria-label="Team sections">
          <Tabs.Trigger value="members" className="tabs__trigger">
            Members
          </Tabs.Trigger>
          <Tabs.Trigger value="reassess" className="tabs__trigger">
            Re-assessment
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="members" className="tabs__panel">
          {model ? <MembersTable model={model} onAdd={() => setAdding(true)} /> : status !== 'failed' && <Loading what="the team" />}
        </Tabs.Content>
        <Tabs.Content value="reassess" className="tabs__panel">
          {model ? <ReassessmentList model={model} /> : status !== 'failed' && <Loading what="the team" />}
        </Tabs.Content>
      </Tabs.Root>
      {model && adding && (
        <MemberDialog
          model={model}
          member={null}
          onClose={(saved) => {
            setAdding(false);
            if (saved) window.location.hash = routeHref('team', 'member', saved.id);
          }}
        />
      )}
    </>
  );
}
