/**
 * Money, the one place: sums per currency, prices nobody published, prices the user assumed, and how all of
 * it reads. Every total (path editor, team timeline, team report, member PDF, member list) is a `MoneyTotal`
 * from `sumMoney` and reads through `formatMoneyTotal`, so the same plan shows the same words everywhere.
 *
 * Rules:
 * - An unknown price (cost null) is unknown, never 0: it is counted and named apart, never added.
 * - Amounts are added only within one currency; "$1,968 + €500" is two amounts, not one.
 * - A price the user assumed for an unpriced course (in the Generate dialog) is added apart and read "assumed".
 * - A cost without a currency is refused where courses are written (form, CSV import, embedded catalog); one
 *   already stored (an older file) sums in its own "currency not given" amount, never into another currency.
 */

/** What a total needs to know about one course in it. */
export interface PricedItem {
  title: string;
  /** Published price; null when the provider publishes none. */
  cost: number | null;
  currency: string | null;
  /** For a course without a published price: the price the user assumed for it, if any. */
  assumed?: { cost: number; currency: string | null } | null;
}

export interface CurrencyAmount {
  /** ISO 4217 code; null: a stored price whose currency was never given. */
  currency: string | null;
  amount: number;
}

export interface MoneyTotal {
  /** Sums of published prices per currency, largest first (0 amounts only when every priced item is free). */
  published: CurrencyAmount[];
  /** Sums of assumed prices per currency, largest first. */
  assumed: CurrencyAmount[];
  /** Titles of items counted at an assumed price, in the order given. */
  assumedTitles: string[];
  /** Titles of items without a published or assumed price, in the order given. */
  unpricedTitles: string[];
  /** How many items the total is over. */
  itemCount: number;
}

function addTo(sums: Map<string | null, number>, currency: string | null, amount: number) {
  sums.set(currency, (sums.get(currency) ?? 0) + amount);
}

function ordered(sums: Map<string | null, number>): CurrencyAmount[] {
  return [...sums.entries()]
    .map(([currency, amount]) => ({ currency, amount }))
    .sort((a, b) => b.amount - a.amount || (a.currency ?? '~').localeCompare(b.currency ?? '~'));
}

/** Sums items per currency, keeping unknown and assumed prices apart. A free item (cost 0) adds nothing. */
export function sumMoney(items: readonly PricedItem[]): MoneyTotal {
  const published = new Map<string | null, number>();
  const assumed = new Map<string | null, number>();
  const assumedTitles: string[] = [];
  const unpricedTitles: string[] = [];
  for (const item of items) {
    if (item.cost !== null) {
      if (item.cost > 0) addTo(published, item.currency, item.cost);
    } else if (item.assumed) {
      addTo(assumed, item.assumed.currency, item.assumed.cost);
      assumedTitles.push(item.title);
    } else unpricedTitles.push(item.title);
  }
  return { published: ordered(published), assumed: ordered(assumed), assumedTitles, unpricedTitles, itemCount: items.length };
}

/** Adds totals (a team's budget from its members' totals). */
export function addMoneyTotals(totals: readonly MoneyTotal[]): MoneyTotal {
  const published = new Map<string | null, number>();
  const assumed = new Map<string | null, number>();
  for (const t of totals) {
    for (const a of t.published) addTo(published, a.currency, a.amount);
    for (const a of t.assumed) addTo(assumed, a.currency, a.amount);
  }
  return {
    published: ordered(published),
    assumed: ordered(assumed),
    assumedTitles: totals.flatMap((t) => t.assumedTitles),
    unpricedTitles: totals.flatMap((t) => t.unpricedTitles),
    itemCount: totals.reduce((n, t) => n + t.itemCount, 0),
  };
}

/** The same locale everywhere, so the screen and the PDF print the same characters. */
const LOCALE = 'en-US';
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string | null, cents: boolean): Intl.NumberFormat {
  const key = `${currency ?? ''}:${cents}`;
  let f = formatters.get(key);
  if (!f) {
    const digits = { minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: cents ? 2 : 0 };
    f = new Intl.NumberFormat(LOCALE, currency === null ? digits : { style: 'currency', currency, ...digits });
    formatters.set(key, f);
  }
  return f;
}

/** “$1,968”, “$49.50”, “€500”, “CA$80”; an amount whose currency was never given reads “1,968 (currency not given)”. */
export function formatAmount(amount: number, currency: string | null): string {
  const cents = Math.round(amount * 100) % 100 !== 0;
  const text = formatterFor(currency, cents).format(amount);
  return currency === null ? `${text} (currency not given)` : text;
}

/** One course's price: “Free”, “Not published”, or the amount in its currency. */
export function formatCoursePrice(cost: number | null, currency: string | null): string {
  if (cost === null) return 'Not published';
  if (cost === 0) return 'Free';
  return formatAmount(cost, currency);
}

/** “1 course without a published price”, “4 courses without a published price”. */
export function unpricedPhrase(count: number): string {
  return `${count} course${count === 1 ? '' : 's'} without a published price`;
}

export interface MoneyWording {
  /** What a total over no items reads (default “—”). */
  empty?: string;
  /** For narrow table cells: “+ 2 unpriced” (the cell's tooltip names them, see `moneyDetails`). */
  short?: boolean;
}

/**
 * A total in words: “$1,968 + 4 courses without a published price”, “$1,968 + €500”, “$1,968 + $400 assumed
 * + 1 course without a published price”; “Free” when every item is free; “4 courses without a published price”
 * when nothing has a price.
 */
export function formatMoneyTotal(total: MoneyTotal, wording: MoneyWording = {}): string {
  if (total.itemCount === 0) return wording.empty ?? '—';
  const parts = [
    ...total.published.map((a) => formatAmount(a.amount, a.currency)),
    ...total.assumed.map((a) => `${formatAmount(a.amount, a.currency)} assumed`),
  ];
  const unknown = total.unpricedTitles.length;
  if (unknown > 0) parts.push(wording.short ? `${unknown} unpriced` : unpricedPhrase(unknown));
  return parts.length === 0 ? 'Free' : parts.join(' + ');
}

/** Whether two totals say the same (used to check that screens and reports agree). */
export function sameMoney(a: MoneyTotal, b: MoneyTotal): boolean {
  return formatMoneyTotal(a) === formatMoneyTotal(b) && a.unpricedTitles.join('\n') === b.unpricedTitles.join('\n');
}

/** A plan's course as the totals see it: skipped courses cost nothing; an assumed price applies when none is published. */
export interface PlanCourseLine {
  title: string;
  cost: number | null;
  currency: string | null;
  status: string;
  courseId: string;
}

/** Assumed prices the user gave for unpriced courses when generating (course id → amount in `currency`). */
export interface AssumedPrices {
  prices: Readonly<Record<string, number>>;
  currency: string | null;
}

/** The assumed prices a plan was generated with (its stored generation limits). */
export function assumedPricesOf(limits: { assumedPrices: Readonly<Record<string, number>>; budgetCurrency: string | null }): AssumedPrices {
  return { prices: limits.assumedPrices, currency: limits.budgetCurrency };
}

/** The money total of a plan's courses, skipped ones left out: the editor, the timeline and the PDF all call this. */
export function planMoney(lines: readonly PlanCourseLine[], assumed?: AssumedPrices | null): MoneyTotal {
  return sumMoney(
    lines
      .filter((l) => l.status !== 'skipped')
      .map((l) => {
        const guess = l.cost === null ? assumed?.prices[l.courseId] : undefined;
        return {
          title: l.title,
          cost: l.cost,
          currency: l.currency,
          assumed: guess === undefined ? null : { cost: guess, currency: assumed!.currency },
        };
      }),
  );
}

/** Titles once each, with how often they occur when more than once: “SANS SEC595 (2 plans)”. */
export function distinctTitles(titles: readonly string[], unit = 'plans'): string[] {
  const counts = new Map<string, number>();
  for (const t of titles) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()].map(([t, n]) => (n > 1 ? `${t} (${n} ${unit})` : t));
}

/** A tooltip for a compact total: which courses have no published price, and which count at an assumed one. */
export function moneyDetails(total: MoneyTotal, unit = 'plans'): string {
  const lines: string[] = [];
  if (total.unpricedTitles.length) lines.push(`Without a published price: ${distinctTitles(total.unpricedTitles, unit).join('; ')}`);
  if (total.assumedTitles.length) lines.push(`At an assumed price: ${distinctTitles(total.assumedTitles, unit).join('; ')}`);
  return lines.join('\n');
}
