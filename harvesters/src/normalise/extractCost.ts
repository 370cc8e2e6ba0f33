import type { Cost } from '@campus/schema';

const FREE = /\b(kostenlos|kostenfrei|gebührenfrei|entgeltfrei|eintritt frei|free of charge|admission free|free admission|free)\b/i;
/** German style `1.450,00 €` / `89 Euro`, or English style `€45.50` / `EUR 45`. */
const PRICE_AFTER = /(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?\s*(?:€|EUR\b|Euro\b)/i;
const PRICE_BEFORE = /(?:€|\bEUR)\s*(\d+)(?:[.,](\d{1,2}))?/i;

/**
 * Reads a cost from what a description says: a stated price wins over the word "free" only when no
 * free wording appears, since "kostenlos für Mitglieder, sonst 10 €" is still free for some.
 */
export function extractCost(text: string): Cost {
  if (FREE.test(text)) return { kind: 'FREE' };
  const match = text.match(PRICE_AFTER) ?? text.match(PRICE_BEFORE);
  if (!match?.[1]) return { kind: 'UNKNOWN' };
  const amount = Number(`${match[1].replace(/\./g, '')}.${match[2] ?? '0'}`);
  return amount === 0 ? { kind: 'FREE' } : { kind: 'PAID', amount, currency: 'EUR' };
}
