import { useState } from 'react';
import { printRoutePath, type PdfExportResult, type PrintRequest } from '../../../../shared/domain/print';
import { rolesInFocus } from '../../../../shared/planning/roles-in-focus';
import { newTabAddress } from '../../api';
import { useApiQuery, useRoles } from '../../data';
import { Choice } from '../../components/Choice';
import { RoleFocusToggle } from '../../components/RoleFocusToggle';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { HelpLine } from '../../components/HelpLine';
import { PageHeader } from '../../components/PageHeader';
import './reports.css';

const ALL = 'all';

type Export = { state: 'idle' } | { state: 'working'; what: string } | { state: 'done'; result: PdfExportResult } | { state: 'opened' };

/**
 * Exports the member plan and the team report. In the desktop app the main process prints the view to a file
 * the user picks; under the browser host the view opens in a new tab for the browser's own print dialog.
 */
export function ReportsScreen() {
  const members = useApiQuery('members.list', {}, { action: 'Loading members' }).data ?? null;
  const roles = useRoles().rows;
  const [chosenMemberId, setMemberId] = useState<string | null>(null);
  // The first member until one is chosen (and again if the chosen one was removed).
  const memberId = members?.some((m) => m.id === chosenMemberId) ? chosenMemberId : (members?.[0]?.id ?? null);
  const [roleId, setRoleId] = useState<string>(ALL);
  // The heatmap picker offers the roles someone targets (and the one chosen); the rest on demand.
  const [showAllRoles, setShowAllRoles] = useState(false);
  const roleFocus = rolesInFocus(roles, members ?? [], showAllRoles, [roleId]);
  const [graphAppendix, setGraphAppendix] = useState(false);
  const [progress, setProgress] = useState<Export>({ state: 'idle' });

  async function exportReport(request: PrintRequest, what: string) {
    const pdf = window.planner?.pdf;
    if (!pdf) {
      window.open(newTabAddress(printRoutePath(request)), '_blank', 'noopener');
      setProgress({ state: 'opened' });
      return;
    }
    setProgress({ state: 'working', what });
    setProgress({ state: 'done', result: await pdf.exportPdf(request) });
  }

  if (!members) return <Loading what="members and roles" />;
  const working = progress.state === 'working';

  return (
    <>
      <PageHeader title="Reports" subtitle="PDFs for a 1:1, a budget meeting or an auditor. Text stays text: searchable and selectable." />
      <HelpLine>Pick a member or a role, then export the PDF; a member’s schedule comes from their plan in Learning paths.</HelpLine>
      <div className="reports-grid">
        <section className="panel" aria-labelledby="member-report-h">
          <h2 id="member-report-h" className="panel__title">
            Member learning plan
          </h2>
          <p className="hint">A one-page summary, the roadmap on landscape pages, the schedule with dates, hours and cost, the gaps and notes.</p>
          {members.length === 0 ? (
            <EmptyState title="No team members yet">
              <p>
                Add people in <a href="#/team">Team</a> first.
              </p>
            </EmptyState>
          ) : (
            <div className="reports-form">
              <Choice
                label="Member"
                value={memberId}
                options={members.map((m) => ({ value: m.id, label: m.title ? `${m.name} — ${m.title}` : m.name }))}
                onChange={setMemberId}
              />
              <label className="reports-check">
                <input type="checkbox" checked={graphAppendix} onChange={(e) => setGraphAppendix(e.target.checked)} />
                Add the full learning graph as an appendix
              </label>
              <button
                type="button"
                className="button button--primary"
                disabled={!memberId || working}
                onClick={() => memberId && void exportReport({ view: 'member', memberId, ...(graphAppendix ? { graphAppendix } : {}) }, 'the learning plan')}
              >
                Export plan as PDF
              </button>
            </div>
          )}
        </section>
        <section className="panel" aria-labelledby="team-report-h">
          <h2 id="team-report-h" className="panel__title">
            Team report
          </h2>
          <p className="hint">The heatmap, role coverage and blind spots, every member’s readiness and planned finish, and the budget by month and quarter.</p>
          <div className="reports-form">
            <Choice
              label="Heatmap for"
              value={roleId}
              options={[{ value: ALL, label: 'All roles (each member against their target)' }, ...roleFocus.shown.map((r) => ({ value: r.id, label: r.name }))]}
              onChange={setRoleId}
            />
            <RoleFocusToggle hidden={roleFocus.hidden} showAll={showAllRoles} onChange={setShowAllRoles} />
            <button
              type="button"
              className="button button--primary"
              disabled={working}
              onClick={() => void exportReport({ view: 'team', roleId: roleId === ALL ? null : roleId }, 'the team report')}
            >
              Export team report as PDF
            </button>
          </div>
        </section>
      </div>
      <ExportStatus progress={progress} />
    </>
  );
}

function ExportStatus({ progress }: { progress: Export }) {
  if (progress.state === 'idle') return null;
  if (progress.state === 'working') {
    return (
      <div className="export-status" role="status">
        <progress aria-label="Exporting" /> Preparing and printing {progress.what}…
      </div>
    );
  }
  if (progress.state === 'opened') {
    return (
      <div className="export-status" role="status">
        The report opened in a new tab. Use “Print or save as PDF” there to save it.
      </div>
    );
  }
  const { result } = progress;
  if (result.status === 'cancelled') return <div className="export-status" role="status">Export cancelled; nothing was saved.</div>;
  if (result.status === 'failed') {
    return (
      <div className="export-status export-status--failed" role="alert">
        {result.message}
      </div>
    );
  }
  return (
    <div className="export-status" role="status">
      Saved to <code className="path">{result.file}</code>
      <button type="button" className="button" onClick={() => void window.planner?.pdf?.showInFolder(result.file)}>
        Show in folder
      </button>
    </div>
  );
}
