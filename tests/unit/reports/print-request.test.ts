import { describe, expect, it } from 'vitest';
import { printRequest, printRoutePath } from '../../../src/shared/domain/print';
import { parsePrintRoute } from '../../../src/renderer/src/print/print-route';

describe('the member print request and its graph appendix option', () => {
  it('accepts the appendix as a boolean and refuses anything else', () => {
    expect(printRequest.safeParse({ view: 'member', memberId: 'm-1' }).success).toBe(true);
    expect(printRequest.safeParse({ view: 'member', memberId: 'm-1', graphAppendix: true }).success).toBe(true);
    expect(printRequest.safeParse({ view: 'member', memberId: 'm-1', graphAppendix: 'yes' }).success).toBe(false);
    expect(printRequest.safeParse({ view: 'member', memberId: 'm-1', graph: true }).success).toBe(false);
    expect(printRequest.safeParse({ view: 'team', roleId: null, graphAppendix: true }).success).toBe(false);
  });

  it('travels in the print route and back', () => {
    expect(printRoutePath({ view: 'member', memberId: 'm 1' })).toBe('#/print/member/m%201');
    expect(printRoutePath({ view: 'member', memberId: 'm 1', graphAppendix: false })).toBe('#/print/member/m%201');
    expect(printRoutePath({ view: 'member', memberId: 'm 1', graphAppendix: true })).toBe('#/print/member/m%201/with-graph');
    expect(parsePrintRoute('#/print/member/m%201/with-graph')).toEqual({ view: 'member', memberId: 'm 1', graphAppendix: true });
    expect(parsePrintRoute('#/print/member/m%201')).toEqual({ view: 'member', memberId: 'm 1' });
    expect(parsePrintRoute('#/print/member/m-1/something-else')).toBeNull();
    expect(parsePrintRoute('#/print/member/m-1/with-graph/more')).toBeNull();
  });
});
