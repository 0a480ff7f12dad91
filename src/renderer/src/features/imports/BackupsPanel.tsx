import { useEffect, useState } from 'react';
import type { BackupEntry, BackupKind } from '../../../../shared/domain/backup';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { DataTable, type Column } from '../../components/table/DataTable';
import { statusOf, useApiQuery } from '../../data';
import { useBackups } from '../../store/backups';
import { describeSummary, formatBytes, formatWhen } from './backup-text';
import { BackupScheduleForm } from './BackupScheduleForm';
import { RestoreFromFile, RestoreConfirm } from './RestoreBackup';

const KIND_LABELS: Record<BackupKind, string> = {
  daily: 'Daily',
  manual: 'Made by hand',
  'before-restore': 'Before a restore',
  'before-upgrade': 'Before an upgrade',
};

function backupColumns(restore: (entry: BackupEntry) => void): Column<BackupEntry>[] {
  return [
    {
      id: 'made',
      header: 'Made',
      rowHeader: true,
      sortValue: (b) => b.createdAt,
      cell: (b) => (
        <>
          <div className="table__primary">{formatWhen(b.createdAt)}</div>
          <div className="table__refs">{b.name}</div>
        </>
      ),
    },
    { id: 'kind', header: 'Kind', width: '160px', sortValue: (b) => KIND_LABELS[b.kind], cell: (b) => KIND_LABELS[b.kind] },
    {
      id: 'contents',
      header: 'Contents',
      className: 'table__secondary',
      sortValue: (b) => b.summary?.members,
      cell: (b) => (b.summary ? describeSummary(b.summary) : 'Not readable as a planner data file'),
    },
    { id: 'size', header: 'Size', width: '100px', numeric: true, sortValue: (b) => b.bytes, cell: (b) => formatBytes(b.bytes) },
    {
      id: 'actions',
      header: <span className="visually-hidden">Actions</span>,
      width: '120px',
      cell: (b) => (
        <button type="button" className="button" disabled={!b.summary} onClick={() => restore(b)} aria-label={`Restore ${b.name}`}>
          Restore…
        </button>
      ),
    },
  ];
}

/** "Restore a backup": the copies of the data file, the daily schedule, and restoring a JSON backup file. */
export function BackupsPanel() {
  const read = useApiQuery('backups.list', {}, { action: 'Listing the backups' });
  const list = read.data ?? null;
  const status = statusOf(read);
  const createNow = useBackups((s) => s.createNow);
  const restored = useBackups((s) => s.restored);
  // Said while the user stays on this screen; leaving it says it was read.
  useEffect(() => () => useBackups.getState().forgetRestored(), []);
  const [made, setMade] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<BackupEntry | null>(null);

  if (!list) return status === 'failed' ? <EmptyState title="The backups could not be listed">See the message above.</EmptyState> : <Loading what="backups" />;
  return (
    <div className="backups">
      {restored && (
        <p className="imports__result" role="status">
          {restored}
        </p>
      )}
      <div className="settings-grid">
        <BackupScheduleForm key={`${list.schedule.enabled}-${list.schedule.keep}`} schedule={list.schedule} folder={list.directory} />
        <section className="panel" aria-labelledby="restore-file-heading">
          <h2 id="restore-file-heading" className="panel__title">
            Restore from a backup file
          </h2>
          <RestoreFromFile />
        </section>
      </div>
      <section className="panel backups__copies" aria-labelledby="copies-heading">
        <div className="toolbar">
          <h2 id="copies-heading" className="panel__title backups__title">
            Copies of the data file
          </h2>
          <button
            type="button"
            className="button"
            onClick={async () => {
              const name = await createNow();
              setMade(name && `Copied the data file to ${name}.`);
            }}
          >
            Back up now
          </button>
          <span role="status" className="form__status">
            {made ?? ''}
          </span>
        </div>
        {list.backups.length === 0 ? (
          <EmptyState title="No copies yet">
            <p>The first daily copy is made a few seconds after the planner starts, or choose “Back up now”.</p>
          </EmptyState>
        ) : (
          <DataTable
            listId="backups"
            label="Copies of the data file"
            rows={list.backups}
            columns={backupColumns(setConfirming)}
            rowKey={(b) => b.name}
            defaultSort={{ column: 'made', direction: 'desc' }}
            search={{ label: 'Search backups', text: (b) => [b.name, KIND_LABELS[b.kind]] }}
            count={(shown, total) => `${shown} of ${total} copies`}
          />
        )}
      </section>
      {confirming && (
        <RestoreConfirm
          what={{ name: confirming.name }}
          made={formatWhen(confirming.createdAt)}
          summary={confirming.summary}
          onClose={() => setConfirming(null)}
        />
      )}
    </div>
  );
}
