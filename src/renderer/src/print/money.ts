/** Sums amounts per currency, so totals never add dollars to euros. */
export function totalsByCurrency(items: readonly { cost: number | null; currency: string | null }[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const i of items) {
    if (i.cost === null || i.cost === 0) continue;
    const c = i.currency ?? 'USD';
    totals.set(c, (totals.get(c) ?? 0) + i.cost);
  }
  return totals;
}

export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

/** “US$1,358 + €500”, or “Free” when nothing has a price. */
export function formatTotals(totals: ReadonlyMap<string, number>): string {
  if (totals.size === 0) return 'Free';
  return [...totals.entries()].map(([c, a]) => formatMoney(a, c)).join(' + ');
}
