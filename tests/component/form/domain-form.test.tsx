import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { roleDraft } from '../../../src/shared/domain/catalog-edits';
import { Field } from '../../../src/renderer/src/components/form/Field';
import { Form, FormActions } from '../../../src/renderer/src/components/form/Form';
import { FormDialog } from '../../../src/renderer/src/components/form/FormDialog';
import { useDomainForm } from '../../../src/renderer/src/components/form/use-domain-form';
import { write } from '../../../src/renderer/src/data';
import { unsavedWork, useUnsaved } from '../../../src/renderer/src/unsaved';
import { useRealApi } from '../../support/real-api';
import { stubBrowserApis } from '../catalog/support';

/**
 * The one form pattern, on a small role form in a form dialog, against the real API on a real data file: the
 * domain's zod message at the field, the API's own refusal mapped to its field, busy while sending, Enter and
 * Ctrl+Enter submit, and an edited form registered as unsaved input that Escape asks about.
 */
let real: ReturnType<typeof useRealApi>;
beforeEach(() => {
  stubBrowserApis();
  useUnsaved.setState({ sources: {}, pending: null });
  real = useRealApi();
});
afterEach(() => real.close());

const roleNames = () => real.store.db.prepare('SELECT name FROM roles ORDER BY name').all().map((r) => (r as { name: string }).name);

type Send = (input: { name: string; summary: string }) => Promise<{ id: string }>;

function RoleForm({ send, onSaved }: { send: Send; onSaved: (id: string, unsavedAtDone: string[]) => void }) {
  const form = useDomainForm({ name: '', summary: '' }, 'the new role');
  const { values, set, errors } = form;
  return (
    <Form
      onSubmit={(e) =>
        void form.submit(e, {
          schema: roleDraft,
          input: values,
          send: (input) => send({ name: input.name, summary: input.summary }),
          done: (saved) => onSaved(saved.id, unsavedWork()),
        })
      }
      saving={form.saving}
    >
      <Field label="Name" error={errors.name}>
        {(p) => <input {...p} className="input" value={values.name} onChange={(e) => set('name')(e.target.value)} />}
      </Field>
      <Field label="Summary" error={errors.summary}>
        {(p) => <textarea {...p} className="input" value={values.summary} onChange={(e) => set('summary')(e.target.value)} />}
      </Field>
      <FormActions formError={form.formError} saving={form.saving} submitLabel="Create role" />
    </Form>
  );
}

function Harness({ send = (input) => write('roles.create', input), saved = [] }: { send?: Send; saved?: { id: string; unsaved: string[] }[] }) {
  const [open, setOpen] = useState(true);
  return (
    <>
      <p>{open ? 'dialog open' : 'dialog closed'}</p>
      <FormDialog open={open} onOpenChange={setOpen} title="New role">
        <RoleForm
          send={send}
          onSaved={(id, unsaved) => {
            saved.push({ id, unsaved });
            setOpen(false);
          }}
        />
      </FormDialog>
    </>
  );
}

const dialog = () => screen.getByRole('dialog', { name: 'New role' });
const nameField = () => within(dialog()).getByLabelText('Name') as HTMLInputElement;

describe('the one form pattern', () => {
  it('shows the domain’s zod message at the field, names it for screen readers, and sends nothing', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const before = roleNames();
    await user.type(nameField(), '   ');
    await user.keyboard('{Enter}');
    const message = await within(dialog()).findByText('Role name is required.');
    expect(nameField().getAttribute('aria-invalid')).toBe('true');
    expect(nameField().getAttribute('aria-describedby')).toBe(message.id);
    await waitFor(() => expect(document.activeElement).toBe(nameField()));
    expect(within(dialog()).getByRole('alert').textContent).toBe('Some fields need attention; see the messages beside them.');
    expect(real.calls).not.toContain('roles.create');
    expect(roleNames()).toEqual(before);
  });

  it('maps the API’s own refusal (a taken name, which no schema can see) onto the Name field; the store is unchanged', async () => {
    const user = userEvent.setup();
    const taken = roleNames()[0]!;
    render(<Harness />);
    const before = roleNames();
    await user.type(nameField(), taken);
    await user.click(within(dialog()).getByRole('button', { name: 'Create role' }));
    expect(await within(dialog()).findByText(`A role named “${taken}” already exists; give this one another name.`)).toBeTruthy();
    expect(real.calls).toContain('roles.create');
    expect(nameField().getAttribute('aria-invalid')).toBe('true');
    expect(roleNames()).toEqual(before);
  });

  it('is busy while sending: the button says so and a second Enter sends nothing more; once saved nothing is unsaved', async () => {
    const user = userEvent.setup();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const sent: string[] = [];
    const saved: { id: string; unsaved: string[] }[] = [];
    const send: Send = async (input) => {
      sent.push(input.name);
      await gate;
      return write('roles.create', input);
    };
    render(<Harness send={send} saved={saved} />);
    await user.type(nameField(), 'Model red teamer');
    expect(unsavedWork()).toEqual(['the new role']);
    await user.keyboard('{Enter}');
    const busy = await within(dialog()).findByRole('button', { name: 'Saving…' });
    expect((busy as HTMLButtonElement).disabled).toBe(true);
    await user.click(nameField());
    await user.keyboard('{Enter}');
    release();
    await screen.findByText('dialog closed');
    expect(sent).toEqual(['Model red teamer']);
    expect(roleNames()).toContain('Model red teamer');
    // By the time the form hands over (and a caller may move to another screen), it no longer counts as unsaved.
    expect(saved).toHaveLength(1);
    expect(saved[0]!.unsaved).toEqual([]);
    expect(unsavedWork()).toEqual([]);
  });

  it('Ctrl+Enter in a text area submits the form', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(nameField(), 'Prompt security lead');
    await user.type(within(dialog()).getByLabelText('Summary'), 'Owns prompt defences{Control>}{Enter}{/Control}');
    await screen.findByText('dialog closed');
    expect(roleNames()).toContain('Prompt security lead');
  });

  it('an edited form is unsaved input: Escape asks first, Cancel keeps the text, Discard closes and forgets it', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(nameField(), 'Half-typed role');
    expect(unsavedWork()).toEqual(['the new role']);
    await user.keyboard('{Escape}');
    let ask = await screen.findByRole('alertdialog', { name: 'Discard your changes?' });
    expect(ask.textContent).toContain('What you entered in “New role” is not saved');
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(nameField().value).toBe('Half-typed role');
    expect(screen.getByText('dialog open')).toBeTruthy();

    await user.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
    ask = await screen.findByRole('alertdialog', { name: 'Discard your changes?' });
    await user.click(within(ask).getByRole('button', { name: 'Discard changes' }));
    await screen.findByText('dialog closed');
    expect(unsavedWork()).toEqual([]);
    expect(roleNames()).not.toContain('Half-typed role');
  });

  it('an untouched form closes on Escape without asking', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await waitFor(() => expect(dialog()).toBeTruthy());
    await user.keyboard('{Escape}');
    await screen.findByText('dialog closed');
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
