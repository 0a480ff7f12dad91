import { describe, expect, it } from 'vitest';
import { printRequest, printRoutePath, pdfFileName, type PrintRequest } from '../../../src/shared/domain/print';
import { parsePrintRoute } from '../../../src/renderer/src/print/print-route';

describe('the team plan print route', () => {
  it('goes from a request to an address and back, and the desktop exporter accepts it', () => {
    const request = { view: 'team-plan', amount: 5000, currency: 'USD', per: 'quarter', priority: 'coverage', horizonMonths: 12 } as const;
    const path = printRoutePath(request);
    expect(path).toBe('#/print/team-plan/5000/USD/quarter/coverage/12');
    expect(parsePrintRoute(path)).toEqual(request);
    expect(printRequest.parse(request)).toEqual(request);
    expect(pdfFileName('team-plan', '5000 USD per quarter', '2026-11-30')).toBe('Team plan – 5000 USD per quarter – 2026-11-30.pdf');
  });

  it('carries a scenario’s shared-class offers there and back', () => {
    const request: PrintRequest = {
      view: 'team-plan', amount: 5000, currency: 'USD', per: 'quarter', priority: 'readiness', horizonMonths: 12,
      cohortOffers: [{ courseId: 'pds-caisp', price: 2000, seats: 5 }, { courseId: 'a:b.c', price: 99.5, seats: 2 }],
    };
    const path = printRoutePath(request);
    expect(path).toBe('#/print/team-plan/5000/USD/quarter/readiness/12/pds-caisp~2000~5%2Ca%3Ab.c~99.5~2');
    expect(parsePrintRoute(path)).toEqual(request);
    expect(printRequest.parse(request)).toEqual(request);
    expect(parsePrintRoute('#/print/team-plan/5000/USD/quarter/readiness/12/pds-caisp~2000~1')).toBeNull();
    expect(parsePrintRoute('#/print/team-plan/5000/USD/quarter/readiness/12/pds-caisp~-3~4')).toBeNull();
  });

  it('refuses an address with a bad amount, currency, period, priority or horizon', () => {
    for (const bad of ['-1/USD/quarter/readiness/12', 'x/USD/quarter/readiness/12', '5000/usd/quarter/readiness/12', '5000/USD/month/readiness/12', '5000/USD/quarter/cheapest/12', '5000/USD/quarter/readiness/0', '5000/USD/quarter/readiness/37']) {
      expect(parsePrintRoute(`#/print/team-plan/${bad}`), bad).toBeNull();
    }
  });
});
