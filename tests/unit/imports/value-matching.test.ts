import { describe, expect, it } from 'vitest';
import { editDistance, EntryIndex, matchKey, orList, similarity, suggestEntries } from '../../../src/shared/imports/value-matching';

// A small hand-made catalog, names as the planner's catalog writes them.
const SKILLS = [
  { id: 'prompt-injection-defence', name: 'Prompt injection defence' },
  { id: 'prompt-engineering', name: 'Prompt engineering' },
  { id: 'threat-modelling', name: 'Threat modelling' },
  { id: 'llm-red-teaming', name: 'LLM red teaming' },
  { id: 'secure-code-review', name: 'Secure code review' },
  { id: 'data-poisoning', name: 'Data poisoning detection' },
  { id: 'large-language-models', name: 'Large language models' },
];

describe('matchKey', () => {
  it('sets case, accents and punctuation aside and keeps the words', () => {
    expect(matchKey('  Prompt-Injection!  ')).toBe('prompt injection');
    expect(matchKey('prompt_injection_defence')).toBe('prompt injection defence');
    expect(matchKey('Modélisation des menaces')).toBe('modelisation des menaces');
    expect(matchKey('C++ / Rust')).toBe('c rust');
    expect(matchKey('---')).toBe('');
  });
});

describe('editDistance', () => {
  it('counts inserts, deletes, substitutions and swapped neighbours', () => {
    expect(editDistance('modeling', 'modelling')).toBe(1);
    expect(editDistance('defense', 'defence')).toBe(1);
    expect(editDistance('thraet', 'threat')).toBe(1); // "ae" swapped
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
  });

  it('stops past the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('similarity', () => {
  it('is 1 for the same value written with other case and punctuation', () => {
    expect(similarity('THREAT-MODELLING', 'Threat modelling')).toBe(1);
  });

  it('scores a value that is the start of an entry by the words found and covered', () => {
    // Both written words found (2/2), covering 2 of the entry's 3 words: 0.75·1 + 0.25·2/3.
    expect(similarity('prompt-injection', 'Prompt injection defence')).toBeCloseTo(0.9167, 3);
    // One of two words found: 0.75·1/2 + 0.25·1/2.
    expect(similarity('prompt-injection', 'Prompt engineering')).toBeCloseTo(0.5, 3);
  });

  it('reads typos and spelling variants word by word', () => {
    // "thret" is "threat" less one letter (1 − 1/6), "modeling" is "modelling" less one (1 − 1/9); both words of both.
    expect(similarity('Thret modeling', 'Threat modelling')).toBeCloseTo((5 / 6 + 8 / 9) / 2, 3);
    // "defense" for "defence": one letter in seven.
    expect(similarity('prompt injection defense', 'Prompt injection defence')).toBeCloseTo((2 + 6 / 7) / 3, 3);
  });

  it('reads a prefix of a word as nearly the word', () => {
    // "secur" and "rev" are prefixes (0.9 each), "code" is the word: three of three words.
    expect(similarity('secur code rev', 'Secure code review')).toBeCloseTo((0.9 + 1 + 0.9) / 3, 3);
  });

  it('reads words run together and initials', () => {
    expect(similarity('promptinjection', 'Prompt injection defence')).toBeCloseTo(0.75 + (0.2 * 15) / 22, 3);
    expect(similarity('LLM', 'Large language models')).toBe(0.8);
  });

  it('is 0 for nothing alike and for empty text', () => {
    expect(similarity('budget', 'Threat modelling')).toBe(0);
    expect(similarity('', 'Threat modelling')).toBe(0);
    expect(similarity('--', 'Threat modelling')).toBe(0);
  });
});

describe('suggestEntries', () => {
  it('names the closest entries first: "prompt-injection" → Prompt injection defence, then Prompt engineering', () => {
    expect(suggestEntries('prompt-injection', SKILLS).map((s) => s.name)).toEqual(['Prompt injection defence', 'Prompt engineering']);
  });

  it('finds a typo, a variant spelling and initials', () => {
    expect(suggestEntries('thret modeling', SKILLS)[0]?.id).toBe('threat-modelling');
    expect(suggestEntries('Data poisonning', SKILLS)[0]?.id).toBe('data-poisoning');
    expect(suggestEntries('llm red-team', SKILLS)[0]?.id).toBe('llm-red-teaming');
  });

  it('suggests nothing for a value like no entry', () => {
    expect(suggestEntries('Quarterly budgeting', SKILLS)).toEqual([]);
  });

  it('keeps at most the limit', () => {
    expect(suggestEntries('prompt', SKILLS, 1).map((s) => s.id)).toEqual(['prompt-engineering']);
  });
});

describe('EntryIndex', () => {
  const index = new EntryIndex(SKILLS);

  it('finds an entry by its id, or by id or name without case, accents or punctuation', () => {
    expect(index.lookup('threat-modelling')).toEqual({ found: SKILLS[2] });
    expect(index.lookup('THREAT MODELLING')).toEqual({ found: SKILLS[2] });
    expect(index.lookup('threat_modelling')).toEqual({ found: SKILLS[2] });
    expect(index.lookup(' Prompt Injection Defence. ')).toEqual({ found: SKILLS[0] });
  });

  it('does not take a close value as a match', () => {
    expect(index.lookup('prompt-injection')).toEqual({ unknown: true });
  });

  it('says when a written name fits several entries', () => {
    const two = new EntryIndex([
      { id: 'a', name: 'Cloud security' },
      { id: 'b', name: 'Cloud-Security' },
    ]);
    expect(two.lookup('cloud security')).toEqual({ ambiguous: [{ id: 'a', name: 'Cloud security' }, { id: 'b', name: 'Cloud-Security' }] });
    expect(two.lookup('b')).toEqual({ found: { id: 'b', name: 'Cloud-Security' } });
  });
});

describe('orList', () => {
  it('joins names as a sentence does', () => {
    expect(orList(['A'])).toBe('“A”');
    expect(orList(['A', 'B', 'C'])).toBe('“A”, “B” or “C”');
  });
});
