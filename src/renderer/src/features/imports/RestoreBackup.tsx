import { useState } from 'react';
import type { BackupInspection, StoreSummary } from '../../../../shared/domain/backup';
import { ApiFailure } from '../../api';
import { runJob } from '../../jobs';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useBackups } from '../../store/backups';
import { useNotices } from '../../store/notices';
import { describeSummary, formatWhen } from './backup-text';
import { FileButton } from './FileButton';
import { JSON_FILE } from './files';
import { MAX_IMPORT_FILE_LABEL } from '../../../../shared/domain/text-file';

type RestoreTarget = { name: string } | { content: string; fileName: string };

/** Asks before replacing everything, saying what comes in and that the current data is kept as a copy first. */
export function RestoreConfirm({
  what,
  made,
  summary,
  onClose,
}: {
  what: RestoreTarget;
  made: string;
  summary: StoreSummary | null;
  onClose: () => void;
}) {
  const restore = useBackups((s) => s.restore);
  const from = 'name' in what ? what.name : what.fileName;
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title="Replace everything with this backup?"
      confirmLabel="Replace with this backup"
      destructive
      onConfirm={() => {
        onClose();
        void restore(what);
      }}
    >
      <p>
        Everything in the planner (catalog, team, ratings, plans and settings) is replaced by <strong>{from}</strong>, made{' '}
        {made}
        {summary ? `: ${describeSummary(summary)}` : ''}.
      </p>
      <p>A copy of your current data is saved in the backups folder first, so you can go back to it.</p>
    </ConfirmDialog>
  );
}

/** Restore from a JSON backup file: checked first (format, checksum, version), then confirmed. */
export function RestoreFromFile() {
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState<{ fileName: string; content: string; inspection: BackupInspection } | null>(null);

  async function check(fileName: string, content: string) {
    setError(null);
    try {
      setPicked({ fileName, content, inspection: await runJob('backup.inspect', { content }) });
    } catch (failure) {
      if (failure instanceof ApiFailure && failure.error.code === 'INVALID_INPUT') setError(`${fileName}: ${failure.message}`);
      else useNotices.getState().report('Reading the backup file', failure);
    }
  }

  return (
    <div className="form">
      <p className="imports__lead">
        A JSON file saved with Export → Back up everything, from this computer or another. It is checked before anything
        changes.
      </p>
      <p className="imports__limit">Backup files up to {MAX_IMPORT_FILE_LABEL}.</p>
      <div>
        <FileButton kind={JSON_FILE} onPick={(file) => void check(file.name, file.content)}>
          Choose a backup file…
        </FileButton>
      </div>
      {error && (
        <p className="imports__error" role="alert">
          {error}
        </p>
      )}
      {picked && (
        <RestoreConfirm
          what={{ content: picked.content, fileName: picked.fileName }}
          made={formatWhen(picked.inspection.createdAt)}
          summary={picked.inspection.summary}
          onClose={() => setPicked(null)}
        />
      )}
    </div>
  );
}
