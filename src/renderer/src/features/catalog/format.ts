import { IMPORTANCE_LABELS, PROFICIENCY_LABELS } from '../../../../shared/domain/proficiency';

export function formatHours(hours: number): string {
  return `${Number.isInteger(hours) ? hours : hours.toFixed(1)} h`;
}

/** “3 · Intermediate”: a target level (1–5) with its name. */
export function levelLabel(level: number): string {
  return `${level} · ${PROFICIENCY_LABELS[level] ?? ''}`;
}

export function importanceLabel(importance: number): string {
  return IMPORTANCE_LABELS[importance as 1 | 2 | 3] ?? `Importance ${importance}`;
}

/** What the user should know about where a row came from. */
export function provenanceLabel(row: { origin: string; userModified: boolean }): string | null {
  if (row.origin === 'user') return 'Added by you';
  if (row.userModified) return 'Edited by you';
  return null;
}

/** Where a row came from, in full, for its own page. */
export function originLabel(row: { origin: string; userModified: boolean }): string {
  if (row.origin === 'user') return 'Added by you';
  const source = row.origin === 'nice' ? 'Imported from the NICE Framework' : 'From the embedded catalog';
  return row.userModified ? `${source}, edited by you` : source;
}

/** “self-paced” → “Self-paced”. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
