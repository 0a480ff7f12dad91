import { describe, expect, it } from 'vitest';
import { detectDateOrder, detectDecimalMark, needsDateOrder, readDate, readNumber } from '../../../src/shared/imports/cell-formats';

describe('readNumber', () => {
  it('reads a decimal comma with dot, space or apostrophe thousands', () => {
    expect(readNumber('20,5', ',')).toBe(20.5);
    expect(readNumber('1.234,75', ',')).toBe(1234.75);
    expect(readNumber('1 234,5', ',')).toBe(1234.5);
    expect(readNumber("1'234", ',')).toBe(1234);
    expect(readNumber('-3', ',')).toBe(-3);
  });

  it('reads a decimal point with comma or space thousands', () => {
    expect(readNumber('20.5', '.')).toBe(20.5);
    expect(readNumber('1,234.75', '.')).toBe(1234.75);
    expect(readNumber('1,234', '.')).toBe(1234);
    expect(readNumber('12', '.')).toBe(12);
  });

  it('returns text that is no number in that convention as it is', () => {
    expect(readNumber('20,5', '.')).toBe('20,5');
    expect(readNumber('1,2,3', ',')).toBe('1,2,3');
    expect(readNumber('about 4', '.')).toBe('about 4');
    expect(readNumber('', '.')).toBe('');
  });
});

describe('detectDecimalMark', () => {
  it('takes the mark only one reading allows', () => {
    expect(detectDecimalMark(['12', '20,5', '4'], ',')).toBe(',');
    expect(detectDecimalMark(['12', '20,5', '4'], ';')).toBe(',');
    expect(detectDecimalMark(['1.234,50'], ',')).toBe(',');
    expect(detectDecimalMark(['20.5', '3'], ';')).toBe('.');
    expect(detectDecimalMark(['1,234.50'], ';')).toBe('.');
  });

  it('falls back on the separator’s custom when no cell tells', () => {
    expect(detectDecimalMark(['12', '1,234', ''], ';')).toBe(',');
    expect(detectDecimalMark(['12', '1,234', ''], ',')).toBe('.');
  });
});

describe('readDate', () => {
  it('reads ISO dates', () => {
    expect(readDate('2026-03-31', null)).toEqual({ ok: true, iso: '2026-03-31' });
    expect(readDate('2026/3/1', null)).toEqual({ ok: true, iso: '2026-03-01' });
  });

  it('reads a day/month date that can only be one way without asking', () => {
    expect(readDate('31/03/2026', null)).toEqual({ ok: true, iso: '2026-03-31' });
    expect(readDate('03/31/2026', null)).toEqual({ ok: true, iso: '2026-03-31' });
    expect(readDate('31.03.26', null)).toEqual({ ok: true, iso: '2026-03-31' });
    expect(readDate('5/5/2026', null)).toEqual({ ok: true, iso: '2026-05-05' });
  });

  it('asks when day and month could be either, and reads by the order chosen', () => {
    expect(readDate('03/04/2026', null)).toMatchObject({ ok: false, ambiguous: true });
    expect(readDate('03/04/2026', 'dmy')).toEqual({ ok: true, iso: '2026-04-03' });
    expect(readDate('03/04/2026', 'mdy')).toEqual({ ok: true, iso: '2026-03-04' });
    expect(needsDateOrder('03/04/2026')).toBe(true);
    expect(needsDateOrder('2026-04-03')).toBe(false);
  });

  it('refuses a date against the chosen order and days not on the calendar', () => {
    expect(readDate('31/03/2026', 'mdy')).toEqual({ ok: false, ambiguous: false, message: 'That date does not exist: “31/03/2026”, read month first (12/31/2026).' });
    expect(readDate('2026-02-30', null)).toEqual({ ok: false, ambiguous: false, message: 'That date does not exist.' });
  });

  it('reads dates with the month’s name', () => {
    expect(readDate('31 March 2026', null)).toEqual({ ok: true, iso: '2026-03-31' });
    expect(readDate('Mar 3, 2026', null)).toEqual({ ok: true, iso: '2026-03-03' });
    expect(readDate('3 Mar 2026', null)).toEqual({ ok: true, iso: '2026-03-03' });
  });

  it('names what it expects for text that is no date', () => {
    const r = readDate('next Tuesday', null);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('Write dates as YYYY-MM-DD');
  });
});

describe('detectDateOrder', () => {
  it('sees day first or month first from a cell that can only be one way', () => {
    expect(detectDateOrder(['03/04/2026', '25/04/2026'])).toBe('dmy');
    expect(detectDateOrder(['03/04/2026', '04/25/2026'])).toBe('mdy');
  });

  it('says nothing when no cell tells or they disagree', () => {
    expect(detectDateOrder(['03/04/2026', '2026-05-01'])).toBeNull();
    expect(detectDateOrder(['25/04/2026', '04/25/2026'])).toBeNull();
  });
});
