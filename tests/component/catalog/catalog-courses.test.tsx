import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAt, withCatalogScreens } from './support';

// The Catalog loads on demand (the Overview is the first screen): load its module before the tests render it.
beforeAll(() => import('../../../src/renderer/src/features/catalog/CatalogScreen'));

const t = withCatalogScreens();

const count = (sql: string, ...params: unknown[]) => (t.real.store.db.prepare(sql).get(...params) as { n: number }).n;

/** The message shown for a field: what its aria-describedby points at. */
function messageFor(scope: HTMLElement, label: string): string {
  const control = within(scope).getByLabelText(label, { selector: 'input, select, textarea' });
  expect(control.getAttribute('aria-invalid')).toBe('true');
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

async function openNewCourse() {
  const user = userEvent.setup({ delay: null });
  await openAt('#/catalog/courses', 'Catalog');
  await screen.findByText(/^\d+ of \d+ courses$/);
  await user.click(screen.getByRole('button', { name: 'New course' }));
  const dialog = await screen.findByRole('dialog', { name: 'New course' });
  return { user, dialog };
}

describe('the course form', () => {
  it('says beside each field what is wrong with hours, cost and URL, before asking the API', async () => {
    const { user, dialog } = await openNewCourse();
    const before = count('SELECT COUNT(*) AS n FROM courses');
    await user.type(within(dialog).getByLabelText('Title'), 'Red-team bootcamp');
    await user.type(within(dialog).getByLabelText('Provider'), 'Acme Academy');
    await user.type(within(dialog).getByLabelText('Hours'), '-3');
    await user.type(within(dialog).getByLabelText('Cost', { exact: true }), '-1');
    await user.type(within(dialog).getByLabelText('Web address (URL)'), 'ftp://files.example.org');
    await user.click(within(dialog).getByRole('button', { name: 'Create course' }));

    expect(messageFor(dialog, 'Hours')).toBe('Hours cannot be negative.');
    expect(messageFor(dialog, 'Cost')).toContain('Cost cannot be negative.');
    expect(messageFor(dialog, 'Web address (URL)')).toBe('URL must start with http:// or https://.');
    // The focus goes to the first field needing attention, in the form's order.
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Web address (URL)'));
    expect(t.real.calls).not.toContain('courses.create');
    expect(count('SELECT COUNT(*) AS n FROM courses')).toBe(before);
  });

  it('shows the API’s own refusal at the field it concerns: a title the provider already has', async () => {
    const { user, dialog } = await openNewCourse();
    await user.type(within(dialog).getByLabelText('Title'), 'OWASP Top 10: the most critical web application security risks');
    await user.type(within(dialog).getByLabelText('Provider'), 'OWASP Foundation');
    await user.type(within(dialog).getByLabelText('Hours'), '3');
    await user.type(within(dialog).getByLabelText('Web address (URL)'), 'https://owasp.org/Top10/');
    await user.click(within(dialog).getByRole('button', { name: 'Create course' }));

    await waitFor(() =>
      expect(messageFor(dialog, 'Title')).toBe(
        'OWASP Foundation already has a course titled “OWASP Top 10: the most critical web application security risks” in the catalog; change the title or edit that course.',
      ),
    );
    expect(t.real.calls).toContain('courses.create');
  });

  it('creates a course with a skill it teaches; the list and the data file show it', async () => {
    const { user, dialog } = await openNewCourse();
    const before = count('SELECT COUNT(*) AS n FROM courses');
    await user.type(within(dialog).getByLabelText('Title'), 'Prompt injection clinic');
    await user.type(within(dialog).getByLabelText('Provider'), 'Acme Academy');
    await user.selectOptions(within(dialog).getByLabelText('Kind'), 'lab');
    await user.type(within(dialog).getByLabelText('Hours'), '4.5');
    await user.type(within(dialog).getByLabelText('Cost', { exact: true }), '120');
    await user.selectOptions(within(dialog).getByLabelText('Currency'), 'EUR');
    await user.type(within(dialog).getByLabelText('Web address (URL)'), 'https://academy.example.org/clinic');
    await user.selectOptions(within(dialog).getByLabelText('Skills taught: skill to add'), 'Prompt injection defence');
    await user.selectOptions(within(dialog).getByLabelText('Skills taught: brings to'), '3');
    await user.click(within(dialog).getAllByRole('button', { name: 'Add' })[0]!);
    await user.click(within(dialog).getByRole('button', { name: 'Create course' }));

    await screen.findByText('Added “Prompt injection clinic”.');
    expect(screen.queryByRole('dialog')).toBeNull();
    await screen.findByText(`${before + 1} of ${before + 1} courses`);
    expect(screen.getByRole('button', { name: 'Prompt injection clinic' })).toBeTruthy();
    const row = t.real.store.db
      .prepare(
        `SELECT c.kind, c.hours, c.cost, c.currency, c.origin, t.skill_id AS skill, t.level
         FROM courses c JOIN course_skills t ON t.course_id = c.id WHERE c.title = ?`,
      )
      .get('Prompt injection clinic');
    expect(row).toEqual({ kind: 'lab', hours: 4.5, cost: 120, currency: 'EUR', origin: 'user', skill: 'prompt-injection-defence', level: 3 });
  });
});

describe('filtering courses', () => {
  it('narrows the list by kind through the API, and says how many of all are shown', async () => {
    const user = userEvent.setup({ delay: null });
    await openAt('#/catalog/courses', 'Catalog');
    const total = count('SELECT COUNT(*) AS n FROM courses');
    await screen.findByText(`${total} of ${total} courses`);
    await user.selectOptions(screen.getByLabelText('Kind'), 'lab');
    const labs = count("SELECT COUNT(*) AS n FROM courses WHERE kind = 'lab'");
    await screen.findByText(`${labs} of ${total} courses`);
    const courses = within(screen.getByRole('region', { name: 'Courses' }));
    expect(courses.getAllByRole('row')).toHaveLength(labs + 1);
    expect(window.location.hash).toBe('#/catalog/courses?kind=lab');
  });

  it('refuses a cost range whose top is below its bottom, without asking the API', async () => {
    const user = userEvent.setup({ delay: null });
    await openAt('#/catalog/courses', 'Catalog');
    await screen.findByText(/^\d+ of \d+ courses$/);
    const listCalls = () => t.real.calls.filter((c) => c === 'courses.list').length;
    await user.type(screen.getByLabelText('Cost from'), '500');
    const priced = count('SELECT COUNT(*) AS n FROM courses WHERE cost >= 500');
    await screen.findByText(new RegExp(`^${priced} of \\d+ courses$`));
    const asked = listCalls();
    await user.type(screen.getByLabelText('to'), '100');
    expect((await screen.findByRole('alert')).textContent).toBe('The highest cost must not be below the lowest.');
    await new Promise((r) => setTimeout(r, 300));
    expect(listCalls()).toBe(asked);
    expect(screen.getByLabelText('to').getAttribute('aria-invalid')).toBe('true');
  });
});
