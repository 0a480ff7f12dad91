import { describe, expect, it } from 'vitest';
import { loadEmbeddedCatalog } from '../../../src/main/services/catalog/embedded';

// Money is never summed in a guessed currency (src/shared/reports/money.ts): every price names its currency.
describe('embedded catalog: prices', () => {
  it('names the currency of every priced course, and leaves unknown prices unknown (null, not 0)', () => {
    const { courses } = loadEmbeddedCatalog();
    const priced = courses.filter((c) => c.cost !== null && c.cost > 0);
    expect(priced.filter((c) => !c.currency).map((c) => c.id)).toEqual([]);
    // The demo relies on these SANS courses having no published price.
    const unpriced = new Set(courses.filter((c) => c.cost === null).map((c) => c.id));
    for (const id of ['sans-sec595', 'sans-sec546', 'sans-sec545']) expect(unpriced.has(id), id).toBe(true);
  });
});
