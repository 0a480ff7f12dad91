/** Case- and accent-insensitive "every word appears somewhere" search, the same in every list. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

export function matchesSearch(search: string | undefined, ...fields: string[]): boolean {
  const words = normalizeForSearch(search ?? '').split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normalizeForSearch(fields.join('\n'));
  return words.every((w) => haystack.includes(w));
}
