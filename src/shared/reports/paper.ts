/** Paper for PDF export: the user's setting, else the system locale's custom (US Letter in the Americas' letter countries). */
export type Paper = 'A4' | 'Letter';

const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'PR', 'CR', 'PA', 'DO', 'SV', 'NI', 'BO']);

export function paperFor(setting: Paper | null, locale: string): Paper {
  if (setting) return setting;
  const region = /[-_]([A-Za-z]{2})\b/.exec(locale)?.[1]?.toUpperCase();
  return region && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
}

/** Page margin on every side, in millimetres (the footer sits in the bottom margin). */
export const PAGE_MARGIN_MM = 14;

const SIZES_MM: Record<Paper, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};

const PX_PER_MM = 96 / 25.4;

/** The printable area of a page in CSS pixels (96 per inch), portrait or landscape. */
export function contentBox(paper: Paper, orientation: 'portrait' | 'landscape'): { width: number; height: number } {
  const { width, height } = SIZES_MM[paper];
  const [w, h] = orientation === 'portrait' ? [width, height] : [height, width];
  return { width: (w - 2 * PAGE_MARGIN_MM) * PX_PER_MM, height: (h - 2 * PAGE_MARGIN_MM) * PX_PER_MM };
}
