import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { unsavedWork, useUnsaved } from '../../../src/renderer/src/unsaved';
import { openAt, withCatalogScreens } from '../catalog/support';

// The Catalog and the prerequisite graph load on demand: load their modules before the test renders them.
beforeAll(() => import('../../../src/renderer/src/features/catalog/CatalogScreen'));
beforeAll(() => import('../../../src/renderer/src/features/catalog/PrerequisiteGraph'));

/** Editors that save each change at once: the one thing they could lose is a skill picked but not added yet. */
describe('a picked prerequisite not added yet is unsaved input', () => {
  withCatalogScreens();
  beforeEach(() => useUnsaved.setState({ sources: {}, pending: null }));

  it('is held while picked, not once added, and not after the API refused it', async () => {
    const user = userEvent.setup({ delay: null });
    await openAt('#/catalog/skills/ml-fundamentals', 'Machine learning fundamentals');
    const requires = screen.getByRole('region', { name: 'Requires' });
    expect(unsavedWork()).toEqual([]);

    await user.selectOptions(within(requires).getByLabelText('Prerequisite to add'), 'LLM and generative AI fundamentals');
    expect(unsavedWork()).toEqual(['LLM and generative AI fundamentals, picked as a prerequisite of Machine learning fundamentals but not added']);
    // It would make a cycle: refused, and the refusal is the answer, so leaving no longer asks about it.
    await user.click(within(requires).getByRole('button', { name: 'Add prerequisite' }));
    await within(requires).findByRole('alert');
    expect(unsavedWork()).toEqual([]);

    await user.selectOptions(within(requires).getByLabelText('Prerequisite to add'), 'Threat modelling');
    expect(unsavedWork()).toHaveLength(1);
    await user.click(within(requires).getByRole('button', { name: 'Add prerequisite' }));
    await within(requires).findByText('Added Threat modelling as a prerequisite.');
    await waitFor(() => expect(unsavedWork()).toEqual([]));
  });
});
