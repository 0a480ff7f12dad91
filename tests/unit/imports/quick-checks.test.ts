import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { quickCheckedCourse } from '../../../src/main/services/imports/csv/course-check';
import { surelyValidCategory, surelyValidRole, surelyValidSkill } from '../../../src/main/services/imports/nice/nice-row-checks';
import { role, skill, skillCategory } from '../../../src/shared/domain/catalog';
import { checkedCourse } from '../../../src/shared/domain/catalog-edits';
import { guessLineEnding } from '../../../src/shared/domain/csv-text';
import { matchKey } from '../../../src/shared/imports/value-matching';
import { surelyCprtElements } from '../../../src/shared/imports/cprt-envelope';
import { cprtEnvelope } from '../../../src/shared/domain/nice-framework';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The imports' quick checks answer "the schema surely accepts this, and stores it as this" or "not sure". Held
 * here to the schemas themselves: whatever a quick check passes, the schema passes with the same value, and the
 * rows a file usually holds are passed (else the quick path would never be taken).
 */

// Values of each kind a spreadsheet row or a NICE file can bring: good ones, edge ones and broken ones.
const text = fc.oneof(
  fc.constantFrom('', ' ', 'Course', '  Padded  ', 'x'.repeat(40), 'x'.repeat(41), 'x'.repeat(60), 'x'.repeat(61), 'x'.repeat(120), 'x'.repeat(121), 'x'.repeat(301), '\u200b', '\ud800', 'Café', 'a\tb', 'a^b'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const anything = fc.oneof(text, fc.constantFrom(undefined, null, 0, -1, 3, 3.5, 5, 6, 1e9, NaN, Infinity, true, [], {}));
const idLike = fc.oneof(fc.constantFrom('c-1', ' c-1 ', 'nice-K0001', 'a.b:c_d', '-bad', 'with space', 'x'.repeat(121)), anything);
const number = fc.oneof(fc.constantFrom(0, 1, 4.5, 100, 101, 10000, 10001, -0, -1, NaN, Infinity, null, undefined, '4'), fc.double());
const link = fc.record({ skill: idLike, level: fc.oneof(fc.constantFrom(1, 2, 3, 5, 0, 6, 2.5, '3'), anything) });
const links = fc.oneof(fc.constant(undefined), fc.array(link, { maxLength: 3 }), anything);

/** Mostly a good value, now and then anything: candidates that pass, and ones that fail on one field. */
const mostly = <T>(good: fc.Arbitrary<T>, other: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: good, weight: 12 }, { arbitrary: other, weight: 1 });

const candidate = fc.record({
  id: idLike,
  title: text,
  provider: text,
  kind: fc.oneof(fc.constantFrom('course', 'certification', 'lab', 'reading', 'Course', 'exam'), anything),
  format: fc.oneof(fc.constantFrom('self-paced', 'live-online', 'in-person', 'blended', 'online'), anything),
  hours: number,
  hoursNote: fc.oneof(fc.constant(undefined), text, anything),
  examHours: number,
  cost: number,
  currency: fc.oneof(fc.constantFrom(null, 'USD', 'EUR', 'usd', 'US', undefined), anything),
  url: fc.oneof(fc.constantFrom('https://example.org/a', ' http://x.io ', 'ftp://x.io', 'https://', 'https://a b', 'https://x.io/\t', 'example.org'), anything),
  level: fc.oneof(fc.constantFrom('beginner', 'intermediate', 'advanced', 'expert'), anything),
  teaches: links,
  requires: links,
  sessions: fc.oneof(fc.constant(undefined), fc.constant([]), anything),
});

const likelyCandidate = fc.record({
  id: mostly(fc.constantFrom('c-1', ' c-2 '), idLike),
  title: mostly(fc.constantFrom('Course', ' Padded ', 'Café', 'x'.repeat(300)), text),
  provider: mostly(fc.constantFrom('SANS', 'Provider 3 '), text),
  kind: mostly(fc.constantFrom('course', 'lab'), anything),
  format: mostly(fc.constantFrom('blended', 'in-person'), anything),
  hours: mostly(fc.constantFrom(0, 4.5, 10000), number),
  hoursNote: mostly(fc.constantFrom(undefined, '', ' note '), anything),
  examHours: mostly(fc.constantFrom(null, undefined, 0, 100), number),
  cost: mostly(fc.constantFrom(null, 0, 250), number),
  currency: mostly(fc.constantFrom('USD', null), anything),
  url: mostly(fc.constantFrom('https://example.org/a', ' HTTP://x.io/b?c=d '), anything),
  level: mostly(fc.constantFrom('beginner', 'advanced'), anything),
  teaches: mostly(fc.constantFrom(undefined, [], [{ skill: 'a', level: 3 }], [{ skill: ' b ', level: 5 }]), links),
  requires: mostly(fc.constantFrom(undefined, [], [{ skill: 'a', level: 2 }], [{ skill: 'b', level: 4 }]), links),
  sessions: mostly(fc.constantFrom(undefined, []), anything),
});

describe('the quick course check', () => {
  it('passes only what checkedCourse passes, and stores the same course', () => {
    let passed = 0;
    fc.assert(
      fc.property(fc.oneof(candidate, likelyCandidate), (c) => {
        const quick = quickCheckedCourse(c);
        if (quick === null) return;
        passed++;
        const parsed = checkedCourse.safeParse(c);
        expect(parsed.success).toBe(true);
        expect(quick).toStrictEqual(parsed.data);
      }),
      { numRuns: 5000 },
    );
    // Enough candidates went the quick way for the comparison to mean something.
    expect(passed).toBeGreaterThan(200);
  });

  it('passes the rows a course file usually holds, trimmed as the schema trims them', () => {
    const row = {
      id: 'bench-7',
      title: ' Course 7: adversarial robustness, "in practice" ',
      provider: 'Provider 7',
      kind: 'course',
      format: 'self-paced',
      hours: 11,
      hoursNote: '',
      examHours: null,
      cost: 107,
      currency: 'USD',
      url: 'https://example.org/courses/7',
      level: 'intermediate',
      teaches: [{ skill: 'prompt-injection-defence', level: 3 }],
      requires: [{ skill: 'prompt-injection-defence', level: 2 }],
      sessions: [],
    };
    expect(quickCheckedCourse(row)).toStrictEqual({ ...row, title: 'Course 7: adversarial robustness, "in practice"' });
    // A priced course with no currency, and an entry level not below the taught one, are left to the schema.
    expect(quickCheckedCourse({ ...row, currency: null })).toBeNull();
    expect(quickCheckedCourse({ ...row, requires: [{ skill: 'prompt-injection-defence', level: 3 }] })).toBeNull();
  });
});

describe('the quick NICE row checks', () => {
  const goodId = fc.constantFrom('nice-K0001', ' nice-OG ');
  const goodName = fc.constantFrom('Risk management', ' Café ', 'x'.repeat(120));
  const refs = mostly(fc.constantFrom(undefined, [], [{ framework: 'NICE', id: 'K0001' }]), fc.oneof(fc.array(fc.record({ framework: text, id: text }), { maxLength: 2 }), anything));
  const names = mostly(fc.constantFrom(undefined, [], ['Advise on risk']), fc.oneof(fc.array(text, { maxLength: 3 }), anything));
  const requirement = fc.record({ skill: mostly(goodId, idLike), level: mostly(fc.constantFrom(1, 5), link.map((l) => l.level)), importance: mostly(fc.constantFrom(1, 3), fc.oneof(fc.constantFrom(0, 4, 1.5), anything)) });

  it('pass only categories, skills and roles their schemas pass', () => {
    const passed = { category: 0, skill: 0, role: 0 };
    fc.assert(
      fc.property(fc.record({ id: mostly(goodId, idLike), name: mostly(goodName, text), description: mostly(goodName, anything) }), (c) => {
        if (surelyValidCategory(c) && ++passed.category) expect(skillCategory.safeParse(c).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.record({ id: mostly(goodId, idLike), name: mostly(goodName, text), category: mostly(goodId, idLike), description: mostly(goodName, anything), refs }), (s) => {
        if (surelyValidSkill(s) && ++passed.skill) expect(skill.safeParse({ ...s, prerequisites: [] }).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(
        fc.record({
          id: mostly(goodId, idLike),
          name: mostly(goodName, text),
          summary: mostly(goodName, anything),
          responsibilities: names,
          employers: names,
          refs,
          requirements: mostly(fc.array(requirement, { maxLength: 3 }), anything),
        }),
        (r) => {
          if (surelyValidRole(r) && ++passed.role) expect(role.safeParse(r).success).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
    for (const count of Object.values(passed)) expect(count).toBeGreaterThan(100);
  });

  it('pass the rows a NICE import writes', () => {
    expect(surelyValidCategory({ id: 'nice-OG', name: 'NICE: Oversight and Governance', description: 'Provides leadership.' })).toBe(true);
    const refs = [{ framework: 'NICE', id: 'K0001' }];
    expect(surelyValidSkill({ id: 'nice-K0001', name: 'Computer networking concepts', category: 'nice-OG', description: 'Knowledge of …', refs })).toBe(true);
    const requirements = [{ skill: 'nice-K0001', level: 3, importance: 2 }];
    const row = { id: 'nice-OG-WRL-001', name: 'Communications Security (COMSEC) Management', summary: 'Responsible for …', responsibilities: ['Advise on …'], employers: [], refs, requirements };
    expect(surelyValidRole(row)).toBe(true);
    expect(surelyValidRole({ ...row, requirements: [{ ...requirements[0], importance: 4 }] })).toBe(false);
  });
});

/** The key as the Unicode steps alone make it (the function before its plain-ASCII shortcut). */
const unicodeKey = (t: string) =>
  t
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('shortcuts on the way', () => {
  it('match keys of plain ASCII are the keys the Unicode steps make', () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), maxLength: 20 });
    fc.assert(fc.property(fc.oneof(ascii, fc.string({ maxLength: 8 })), (t) => matchKey(t) === unicodeKey(t)), { numRuns: 5000 });
    expect(matchKey('Prompt^Injection `Defence`!')).toBe('promptinjection defence');
  });

  it('the line ending is the one papaparse guesses for the same text', () => {
    const piece = fc.constantFrom('a', ',', '"', '\r', '\n', '\r\n', 'b c');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (t) => {
        expect(guessLineEnding(t)).toBe(Papa.parse(t).meta.linebreak);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('the quick CPRT envelope check', () => {
  const textish = fc.oneof(fc.constantFrom('', 'K0001', 'knowledge', null, undefined), anything);
  const element = fc.record(
    { element_type: mostly(fc.constantFrom('knowledge', 'work_role', 'sort'), anything), element_identifier: mostly(fc.constantFrom('K0001', 'OG-WRL-001'), textish), title: textish, text: textish, extra: anything },
    { requiredKeys: ['element_type', 'element_identifier'] },
  );
  const list = <T>(item: fc.Arbitrary<T>) => mostly(fc.array(item, { maxLength: 3 }), anything);
  const envelope = fc.record({
    response: mostly(
      fc.record({
        elements: mostly(
          fc.record({
            documents: list(fc.record({ doc_identifier: mostly(fc.constant('NICE'), textish), name: mostly(fc.constant('NICE Framework'), textish), version: textish, website: textish })),
            elements: list(element),
            relationships: list(fc.record({ source_element_identifier: mostly(fc.constant('OG'), textish), dest_element_identifier: mostly(fc.constant('K0001'), textish) })),
          }),
          anything,
        ),
      }),
      anything,
    ),
  });

  it('passes only envelopes the schema passes, with the same documents, elements and relationships', () => {
    let passed = 0;
    fc.assert(
      fc.property(envelope, (json) => {
        const quick = surelyCprtElements(json);
        if (!quick) return;
        passed++;
        const parsed = cprtEnvelope.safeParse(json);
        expect(parsed.success).toBe(true);
        expect(quick).toEqual(parsed.data!.response.elements);
      }),
      { numRuns: 3000 },
    );
    expect(passed).toBeGreaterThan(100);
  });

  const NICE = resolve(__dirname, '../../../../shared/reference/nice/cprt_SP_800_181_2_1_0.json');
  it.skipIf(!existsSync(NICE))('passes the published NICE v2.1.0 file', () => {
    expect(surelyCprtElements(JSON.parse(readFileSync(NICE, 'utf8')))).not.toBeNull();
  });
});
