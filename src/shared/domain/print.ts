import { z } from 'zod';
import { entityId } from './ids';

/**
 * Which report to print: a member's plan (with the full learning graph as an appendix when `graphAppendix`),
 * or the team report for one role or all roles (roleId null).
 */
export const printRequest = z.discriminatedUnion('view', [
  z.object({ view: z.literal('member'), memberId: entityId, graphAppendix: z.boolean().optional() }).strict(),
  z.object({ view: z.literal('team'), roleId: entityId.nullable() }).strict(),
  /** The team plan within a budget (plans.generateTeam with these settings, every member with a target role). */
  z
    .object({
      view: z.literal('team-plan'),
      amount: z.number().finite().min(0).max(1e9),
      currency: z.string().regex(/^[A-Z]{3}$/),
      per: z.enum(['quarter', 'year']),
      priority: z.enum(['readiness', 'critical', 'coverage']),
      horizonMonths: z.number().int().min(1).max(36),
      /** Shared-class prices of the scenario (course, price for up to `seats` members). */
      cohortOffers: z
        .array(z.object({ courseId: entityId, price: z.number().finite().min(0).max(1e9), seats: z.number().int().min(2).max(1000) }).strict())
        .max(200)
        .optional(),
    })
    .strict(),
]);
export type PrintRequest = z.infer<typeof printRequest>;

export type PdfExportResult =
  | { status: 'saved'; file: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/** The path segment that asks a member's print view for the graph appendix: `#/print/member/m-1/with-graph`. */
export const GRAPH_APPENDIX_SEGMENT = 'with-graph';

/** The hash route of a request's print view, e.g. `#/print/member/m-1` or `#/print/member/m-1/with-graph`. */
export function printRoutePath(request: PrintRequest): string {
  if (request.view === 'team-plan') {
    const base = `#/print/team-plan/${request.amount}/${request.currency}/${request.per}/${request.priority}/${request.horizonMonths}`;
    const offers = (request.cohortOffers ?? []).map((o) => `${o.courseId}~${o.price}~${o.seats}`).join(',');
    return offers ? `${base}/${encodeURIComponent(offers)}` : base;
  }
  return request.view === 'member'
    ? `#/print/member/${encodeURIComponent(request.memberId)}${request.graphAppendix ? `/${GRAPH_APPENDIX_SEGMENT}` : ''}`
    : `#/print/team/${encodeURIComponent(request.roleId ?? 'all')}`;
}

/** A file name the user would choose: “Learning plan – Dana Okafor – 2026-11-25.pdf”. */
export function pdfFileName(kind: 'member' | 'team' | 'team-plan', subject: string, day: string): string {
  const safe = [...subject]
    .map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  if (kind === 'team-plan') return `Team plan – ${safe || 'budget'} – ${day}.pdf`;
  return kind === 'member' ? `Learning plan – ${safe || 'member'} – ${day}.pdf` : `Team report – ${safe || 'all roles'} – ${day}.pdf`;
}
