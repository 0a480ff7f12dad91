import { z } from 'zod';

/** What the user typed for one course's shared-class offer in one scenario. */
export interface OfferText {
  price: string;
  seats: string;
}

const number = (text: string) => Number(text.trim().replace(/,/g, ''));
const priceField = z
  .string()
  .trim()
  .min(1, 'Enter the class price, or clear the seats.')
  .transform(number)
  .pipe(z.number({ error: 'The class price must be a number.' }).finite('The class price must be a number.').min(0, 'A class price cannot be negative.').max(1e9, 'A class price is at most 1,000,000,000.'));
const seatsField = z
  .string()
  .trim()
  .min(1, 'Enter how many seats the price covers, or clear the price.')
  .transform(number)
  .pipe(z.number({ error: 'Seats must be a whole number.' }).int('Seats must be a whole number.').min(2, 'A shared class has at least 2 seats.').max(1000, 'A shared class has at most 1,000 seats.'));

export type OfferCheck = { offer: { price: number; seats: number } | null; errors: { price?: string; seats?: string } };

/** Both fields empty: no offer. Otherwise each field checked on its own, with a message naming what is wrong. */
export function checkOffer(text: OfferText | undefined): OfferCheck {
  if (!text || (text.price.trim() === '' && text.seats.trim() === '')) return { offer: null, errors: {} };
  const price = priceField.safeParse(text.price);
  const seats = seatsField.safeParse(text.seats);
  const errors = { price: price.success ? undefined : price.error.issues[0]?.message, seats: seats.success ? undefined : seats.error.issues[0]?.message };
  return price.success && seats.success ? { offer: { price: price.data, seats: seats.data }, errors: {} } : { offer: null, errors };
}

/** A scenario's valid offers for the request, and whether any field is wrong (then the scenario waits). */
export function offersOf(texts: Record<string, OfferText>) {
  const cohortOffers: { courseId: string; price: number; seats: number }[] = [];
  let invalid = false;
  for (const [courseId, text] of Object.entries(texts)) {
    const { offer, errors } = checkOffer(text);
    if (errors.price || errors.seats) invalid = true;
    if (offer) cohortOffers.push({ courseId, ...offer });
  }
  return { cohortOffers: cohortOffers.sort((a, b) => a.courseId.localeCompare(b.courseId)), invalid };
}
