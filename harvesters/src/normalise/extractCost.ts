import type { Cost } from '@campus/schema';

const FREE = /\b(kostenlos|kostenfrei|gebührenfrei|entgeltfrei|eintritt frei|free of charge|admission free|free admission|no fee)\b/i;
const PRICE = /(?:(?:€|EUR)\s*(\d{1,4}(?:[.,]\d{1,2})?)|(\d{1,4}(?:[.,]\d{1,2})?)\s*(?:€|EUR|Euro)\b)/i;

/** Reads a cost from what a description says: "kostenlos" or "free" is free, "45 €" is paid. */
export function extractCost(text: string): Cost {
  if (FREE.test(text)) return { kind: 'FREE' };
  const match = text.match(PRICE);
  const amount = match ? Number((match[1] ?? match[2] ?? '').replace(',', '.')) : Number.NaN;
  if (Number.isFinite(amount)) return amount === 0 ? { kind: 'FREE' } : { kind: 'PAID', amount, currency: 'EUR' };
  return { kind: 'UNKNOWN' };
}
