import { DropdownMenu } from 'radix-ui';
import { useState } from 'react';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { routeHref } from '../../router';
import { useNotices } from '../../store/notices';
import { usePaths } from '../../store/paths';
import { saveNow } from './autosave';
import { PlanNameDialog, type NameMode } from './PlanNameDialog';
import './menus.css';

function go(memberId: string, planId: string) {
  window.location.hash = routeHref('paths', memberId, planId);
}

/** Named variants of a member's plan, one of them active: switch, add, copy, rename, make active, delete. */
export function VariantMenu() {
  const workspace = usePaths((s) => s.workspace)!;
  const plan = workspace.plan;
  const [naming, setNaming] = useState<NameMode | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const memberId = workspace.member.id;

  async function run(action: string, work: () => Promise<void>) {
    try {
      await saveNow();
      await work();
    } catch (e) {
      useNotices.getState().report(action, e);
    }
  }

  const open = (mode: NameMode) => setNaming(mode);

  return (
    <>
      <DropdownMenu.Root>
        <DropdownMenu.Trigger className="button variant-trigger">
          {plan ? plan.name : 'No plan yet'}
          {plan?.isActive && <span className="badge">Active</span>} ▾
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="plan-menu" align="start" sideOffset={4}>
            <DropdownMenu.Label className="plan-menu__label">Plans of {workspace.member.name}</DropdownMenu.Label>
            <DropdownMenu.RadioGroup value={plan?.id} onValueChange={(id) => void run('Switching plans', async () => go(memberId, id))}>
              {workspace.plans.map((p) => (
                <DropdownMenu.RadioItem key={p.id} value={p.id} className="plan-menu__item">
                  <DropdownMenu.ItemIndicator className="plan-menu__indicator">●</DropdownMenu.ItemIndicator>
                  {p.name}
                  {p.isActive && <span className="plan-menu__shortcut">active</span>}
                </DropdownMenu.RadioItem>
              ))}
            </DropdownMenu.RadioGroup>
            <DropdownMenu.Separator className="plan-menu__separator" />
            {plan && !plan.isActive && (
              <DropdownMenu.Item
                className="plan-menu__item"
                onSelect={() =>
                  void run('Making the plan active', async () => {
                    await call('plans.activate', { planId: plan.id });
                    await usePaths.getState().open(memberId, plan.id);
                  })
                }
              >
                Make this plan active
              </DropdownMenu.Item>
            )}
            <DropdownMenu.Item className="plan-menu__item" onSelect={() => open('new')}>
              New empty variant…
            </DropdownMenu.Item>
            {plan && (
              <>
                <DropdownMenu.Item className="plan-menu__item" onSelect={() => open('copy')}>
                  Copy as a new variant…
                </DropdownMenu.Item>
                <DropdownMenu.Item className="plan-menu__item" onSelect={() => open('rename')}>
                  Rename…
                </DropdownMenu.Item>
                <DropdownMenu.Item className="plan-menu__item plan-menu__item--danger" onSelect={() => setConfirmDelete(true)}>
                  Delete this plan…
                </DropdownMenu.Item>
              </>
            )}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>

      <PlanNameDialog mode={naming} onClose={() => setNaming(null)} />

      <ConfirmDialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title={`Delete “${plan?.name}”?`}
        confirmLabel="Delete plan"
        destructive
        onConfirm={() =>
          void run('Deleting the plan', async () => {
            const { activePlanId } = await call('plans.delete', { planId: plan!.id });
            if (activePlanId) go(memberId, activePlanId);
            else {
              window.location.hash = routeHref('paths', memberId);
              await usePaths.getState().open(memberId);
            }
          })
        }
      >
        <p>
          The plan’s {usePaths.getState().nodes.length} steps and their notes are deleted. {plan?.isActive && workspace.plans.length > 1 && 'Another plan becomes active.'} This
          cannot be undone.
        </p>
      </ConfirmDialog>
    </>
  );
}
