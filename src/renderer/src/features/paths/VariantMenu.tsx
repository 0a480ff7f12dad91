import { Dialog, DropdownMenu } from 'radix-ui';
import { useState } from 'react';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { routeHref } from '../../router';
import { useNotices } from '../../store/notices';
import { usePaths } from '../../store/paths';
import { saveNow } from './autosave';
import { messageOf } from './format';
import './menus.css';

type NameDialog = { mode: 'new' | 'copy' | 'rename' } | null;

function go(memberId: string, planId: string) {
  window.location.hash = routeHref('paths', memberId, planId);
}

/** Named variants of a member's plan, one of them active: switch, add, copy, rename, make active, delete. */
export function VariantMenu() {
  const workspace = usePaths((s) => s.workspace)!;
  const plan = workspace.plan;
  const [nameDialog, setNameDialog] = useState<NameDialog>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const memberId = workspace.member.id;

  async function submitName() {
    setError(null);
    try {
      await saveNow();
      if (nameDialog?.mode === 'rename' && plan) {
        await call('plans.update', { planId: plan.id, name });
        await usePaths.getState().open(memberId, plan.id);
      } else {
        const created = await call('plans.create', { memberId, name, copyFromPlanId: nameDialog?.mode === 'copy' ? (plan?.id ?? null) : null });
        go(memberId, created.id);
      }
      setNameDialog(null);
    } catch (e) {
      setError(messageOf(e));
    }
  }

  async function run(action: string, work: () => Promise<void>) {
    try {
      await saveNow();
      await work();
    } catch (e) {
      useNotices.getState().report(action, e);
    }
  }

  const open = (mode: 'new' | 'copy' | 'rename') => {
    setName(mode === 'rename' ? (plan?.name ?? '') : mode === 'copy' ? `${plan?.name ?? 'Plan'} (copy)` : '');
    setError(null);
    setNameDialog({ mode });
  };

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

      <Dialog.Root open={nameDialog !== null} onOpenChange={(o) => !o && setNameDialog(null)}>
        <Dialog.Portal>
          <Dialog.Overlay className="dialog-overlay" />
          <Dialog.Content className="dialog">
            <Dialog.Title className="dialog__title">
              {nameDialog?.mode === 'rename' ? 'Rename the plan' : nameDialog?.mode === 'copy' ? 'Copy as a new variant' : 'New empty variant'}
            </Dialog.Title>
            <Dialog.Description className="dialog__body">Variants let you compare options; one plan per member is the active one.</Dialog.Description>
            <form
              className="form"
              onSubmit={(e) => {
                e.preventDefault();
                void submitName();
              }}
            >
              <label className="field">
                <span className="field__label">Name</span>
                <input className="input" value={name} maxLength={120} autoFocus aria-invalid={Boolean(error) || undefined} onChange={(e) => setName(e.target.value)} />
                {error && <span className="field__error">{error}</span>}
              </label>
              <div className="dialog__actions">
                <Dialog.Close className="button">Cancel</Dialog.Close>
                <button type="submit" className="button button--primary" disabled={!name.trim()}>
                  {nameDialog?.mode === 'rename' ? 'Rename' : 'Create'}
                </button>
              </div>
            </form>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>

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
