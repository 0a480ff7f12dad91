/**
 * Reading a picked file's bytes as text. Spreadsheets on Windows still save "CSV" in Windows-1252; read as
 * UTF-8, its é and ü would silently become U+FFFD. So: UTF-8 (with or without BOM) or UTF-16 with a BOM when
 * the bytes say so, else Windows-1252 (a superset of Latin-1 for every printable character), and never a
 * binary file.
 */
/**
 * The largest file an import or restore takes, stated in the import panels before a file is picked and checked
 * before it is read: the file travels to the API as text inside a JSON request, which the host caps at 64 MiB.
 */
export const MAX_IMPORT_FILE_BYTES = 32 * 1024 * 1024;
export const MAX_IMPORT_FILE_LABEL = '32 MiB';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

export class TextFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TextFileError';
  }
}

/** What the user is told about an encoding that is not UTF-8. */
export const ENCODING_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  'windows-1252': 'Windows-1252 (Western European)',
};

export function decodeTextFile(bytes: Uint8Array, name = 'The file'): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  // A NUL byte does not occur in a text file in any of these encodings: a spreadsheet (.xlsx), a picture, a database.
  if (bytes.subarray(0, 64 * 1024).includes(0)) {
    throw new TextFileError(`${name} is not a text file (it holds binary data). Save it as CSV, or pick the JSON file, and try again.`);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** 0x80–0x9F in Windows-1252 (the WHATWG table); the other bytes are their own code points, as in Latin-1. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Decoded by hand: Node's TextDecoder reads "windows-1252" as Latin-1 (0x80 stays U+0080, not €), Chromium's
 * does not, and the same bytes must read the same in the renderer and in tests.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b));
    // Bounded chunks: an argument list as long as the file would overflow the call stack.
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Where text holds U+FFFD, the mark a reader leaves for bytes it could not decode: the line (1-based), or null. */
export function firstReplacementCharacter(text: string): { line: number } | null {
  const at = text.indexOf('\uFFFD');
  if (at < 0) return null;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return { line };
}
