import { MemberPlanPrint } from './MemberPlanPrint';
import type { PrintRoute } from './print-route';
import { TeamReportPrint } from './TeamReportPrint';

export function PrintView({ route }: { route: PrintRoute }) {
  return route.view === 'member' ? <MemberPlanPrint memberId={route.memberId} graphAppendix={route.graphAppendix ?? false} /> : <TeamReportPrint roleId={route.roleId} />;
}
