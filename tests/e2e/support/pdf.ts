import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The text of a PDF as pdftotext reads it (layout kept, so table rows stay on one line). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** Page sizes in points, e.g. [{ width: 595.3, height: 841.9 }] for A4 portrait. */
export function pdfPageSizes(file: string): { width: number; height: number }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

export interface PdfWord {
  page: number;
  text: string;
  /** Height of the word's box in points: the font's ascent + descent, a fixed multiple of the font size. */
  height: number;
  /** The box in points from the page's top-left corner. */
  box: { xMin: number; yMin: number; xMax: number; yMax: number };
}

/** Every word with its page and box height (pdftotext -bbox), to check that printed text stays readable. */
export function pdfWords(file: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const words: PdfWord[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) {
      const [xMin, yMin, xMax, yMax] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
      words.push({ page, text: m[5]!, height: yMax - yMin, box: { xMin, yMin, xMax, yMax } });
    }
  }
  return words;
}

/** Renders every page to PNG (pdftoppm) and returns the files, to prove the pages render and to look at them. */
export function renderPages(file: string, outDir: string, dpi = 60): string[] {
  const prefix = join(outDir, 'page');
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), file, prefix]);
  return readdirSync(outDir)
    .filter((f) => f.startsWith('page') && f.endsWith('.png'))
    .sort()
    .map((f) => join(outDir, f));
}

/** pdftotext in content order, whitespace folded, so a title wrapped inside a table cell reads as one line. */
export function pdfFlatText(file: string, pages?: { first: number; last: number }): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  return execFileSync('pdftotext', ['-raw', ...range, file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}
