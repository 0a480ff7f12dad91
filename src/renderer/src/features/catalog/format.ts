/** Cost as the user reads it: “Free”, “Not published”, or the amount with its currency. */
export function formatCost(cost: number | null, currency: string | null): string {
  if (cost === null) return 'Not published';
  if (cost === 0) return 'Free';
  return new Intl.NumberFormat(undefined, {
    style: 'currency',
    currency: currency ?? 'USD',
    maximumFractionDigits: 0,
  }).format(cost);
}

export function formatHours(hours: number): string {
  return `${Number.isInteger(hours) ? hours : hours.toFixed(1)} h`;
}
