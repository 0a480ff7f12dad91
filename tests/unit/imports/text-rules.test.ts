import { describe, expect, it } from 'vitest';
import { decodeTextFile, decodeWindows1252, firstReplacementCharacter, TextFileError } from '../../../src/shared/domain/text-file';
import { hasVisibleCharacter, isWellFormedText, optionalText, requiredName } from '../../../src/shared/domain/text';
import { memberDraft } from '../../../src/shared/domain/team';
import { skill } from '../../../src/shared/domain/catalog';

describe('names need a visible character', () => {
  const name = requiredName('Name');
  it.each([
    ['zero-width space and bidi overrides', '\u200b\u202e\u202d'],
    ['isolates and marks', '\u2066\u2067\u2068\u2069\u200e\u200f'],
    ['a Hangul filler', '\u3164'],
    ['a braille blank', '\u2800'],
    ['a combining accent alone', '\u0301'],
  ])('refuses a name of only %s', (_what, text) => {
    const result = name.safeParse(text);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Name needs a visible character (it holds only invisible or direction-control characters).');
  });

  it.each(['Ana', 'José', '李雷', 'عربي', '\u202eHidden but visible', 'A\u200b'])('accepts “%s”', (text) => {
    expect(name.safeParse(text).success).toBe(true);
  });

  it('keeps “is required” the only message for an empty name', () => {
    expect(name.safeParse('   ').error?.issues.map((i) => i.message)).toEqual(['Name is required.']);
  });

  it('holds in the domain schemas every way in uses (members, skills)', () => {
    expect(memberDraft.safeParse({ name: '\u200b' }).success).toBe(false);
    expect(skill.safeParse({ id: 's', name: '\u202e', category: 'c' }).success).toBe(false);
    expect(hasVisibleCharacter('\u00a0\u3000')).toBe(false);
  });
});

describe('lone surrogates', () => {
  it('are refused in names and free text, while paired ones (emoji) pass', () => {
    expect(requiredName('Name').safeParse('Bad \ud800 name').error?.issues[0]?.message).toBe(
      'Name contains a broken character (a lone UTF-16 surrogate); retype it or save the file as UTF-8.',
    );
    expect(optionalText('Notes').safeParse('tail \udc00').success).toBe(false);
    expect(requiredName('Name').safeParse('Rocket 🚀').success).toBe(true);
    expect(isWellFormedText('🚀')).toBe(true);
    expect(isWellFormedText('\ud83d')).toBe(false);
  });
});

describe('decoding a picked file', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);

  it('reads UTF-8 as UTF-8', () => {
    expect(decodeTextFile(new TextEncoder().encode('name\nJosé Müller\n'))).toEqual({ text: 'name\nJosé Müller\n', encoding: 'utf-8' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, € and curly quotes included', () => {
    // "José Müller €5 “x”" in Windows-1252.
    const cp1252 = bytes(0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x80, 0x35, 0x20, 0x93, 0x78, 0x94);
    expect(decodeTextFile(cp1252)).toEqual({ text: 'José Müller €5 “x”', encoding: 'windows-1252' });
  });

  it('reads UTF-16 with its byte-order mark', () => {
    expect(decodeTextFile(bytes(0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00))).toEqual({ text: 'Aé', encoding: 'utf-16le' });
    expect(decodeTextFile(bytes(0xfe, 0xff, 0x00, 0x41, 0x00, 0xe9))).toEqual({ text: 'Aé', encoding: 'utf-16be' });
  });

  it('refuses a binary file with the reason', () => {
    expect(() => decodeTextFile(bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00), 'team.xlsx')).toThrow(TextFileError);
    expect(() => decodeTextFile(bytes(0x50, 0x4b, 0x00), 'team.xlsx')).toThrow('team.xlsx is not a text file');
  });

  it('decodes a long Windows-1252 file without a deep call stack', () => {
    const big = new Uint8Array(3_000_000).fill(0xe9);
    const text = decodeWindows1252(big);
    expect(text.length).toBe(3_000_000);
    expect(text.slice(0, 3)).toBe('ééé');
  });

  it('finds the line of the first U+FFFD', () => {
    expect(firstReplacementCharacter('a\nb\nc\ufffd')).toEqual({ line: 3 });
    expect(firstReplacementCharacter('clean')).toBeNull();
  });
});
