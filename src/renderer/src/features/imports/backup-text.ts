import type { StoreSummary } from '../../../../shared/domain/backup';

export function describeSummary(s: StoreSummary): string {
  const n = (x: number) => x.toLocaleString();
  return `${n(s.roles)} roles · ${n(s.skills)} skills · ${n(s.courses)} courses · ${n(s.members)} members · ${n(s.ratings)} ratings · ${n(s.plans)} plans`;
}

export function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
