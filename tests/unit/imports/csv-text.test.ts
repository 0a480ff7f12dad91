import { describe, expect, it } from 'vitest';
import { csvLayoutKey, guessCsvMapping } from '../../../src/shared/domain/csv-import';
import { csvFileName, parseCsvText, toCsv } from '../../../src/shared/domain/csv-text';

describe('reading CSV text', () => {
  it('reads UTF-8 with a BOM, semicolons, CRLF, quoted delimiters, doubled quotes and line breaks', () => {
    const parsed = parseCsvText('\uFEFFName;Note\r\n"Ada; Countess";"She said ""hi""\r\nthen left"\r\n\r\nGrace;plain\r\n');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.headers).toEqual(['Name', 'Note']);
    expect(parsed.rows).toEqual([
      { row: 2, cells: ['Ada; Countess', 'She said "hi"\r\nthen left'] },
      { row: 4, cells: ['Grace', 'plain'] },
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it('reads commas and tabs too, and numbers rows as a spreadsheet does after blank lines', () => {
    expect(parseCsvText('a,b\n1,2\n').rows).toEqual([{ row: 2, cells: ['1', '2'] }]);
    expect(parseCsvText('a\tb\n\n\n1\t2').rows).toEqual([{ row: 4, cells: ['1', '2'] }]);
  });

  it('reports an unclosed quote by row', () => {
    const parsed = parseCsvText('a,b\n1,"open\n');
    expect(parsed.problems[0]).toMatchObject({ row: 2, message: expect.stringMatching(/quote mark/) });
  });

  it('writes what it reads back, guarding formulas with an apostrophe that reading removes', () => {
    const rows = [['=SUM(A1)', '+1', '-note', '@cmd', 'plain, with comma', 'line\nbreak', 3.5, null]];
    const text = toCsv(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], rows);
    expect(text.startsWith('\uFEFFa,b,c,d,e,f,g,h\r\n')).toBe(true);
    expect(text).toContain(`"'=SUM(A1)"`);
    expect(parseCsvText(text).rows[0]!.cells).toEqual(['=SUM(A1)', '+1', '-note', '@cmd', 'plain, with comma', 'line\nbreak', '3.5', '']);
  });

  it('names files by what they hold and the day', () => {
    expect(csvFileName('Team heatmap: AI Security Engineer', new Date('2026-03-01T10:00:00Z'))).toBe('team-heatmap-ai-security-engineer-2026-03-01.csv');
  });
});

describe('matching columns to fields', () => {
  it('matches exact keys first, then labels and aliases, ignoring case, spaces and punctuation', () => {
    expect(guessCsvMapping('courses', ['Course Title', 'Vendor', 'Duration (hours)', 'Link', 'id'])).toMatchObject({
      id: 4,
      title: 0,
      provider: 1,
      hours: 2,
      url: 3,
      cost: null,
    });
    expect(guessCsvMapping('ratings', ['Name', 'Skill', 'Rating', 'Date'])).toMatchObject({ member: 0, skill: 1, level: 2, rated_on: 3 });
  });

  it('gives files with the same columns in the same order the same layout', () => {
    expect(csvLayoutKey(['Title', 'Hours '])).toBe(csvLayoutKey(['title', 'HOURS']));
    expect(csvLayoutKey(['Title', 'Hours'])).not.toBe(csvLayoutKey(['Hours', 'Title']));
  });
});
