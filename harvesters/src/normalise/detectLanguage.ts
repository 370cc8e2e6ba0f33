import { franc } from 'franc-min';

/** The languages the catalogue's users read, as franc names them (ISO 639-3) and as the model does. */
const CANDIDATES: Record<string, string> = { deu: 'de', eng: 'en', fra: 'fr', spa: 'es', ita: 'it', pol: 'pl', rus: 'ru', ukr: 'uk', arb: 'ar', tur: 'tr', por: 'pt', nld: 'nl' };
const MIN_LENGTH = 20;

/** The language of a text when it is long enough to tell; null when it is not. */
export function detectLanguage(text: string): string | null {
  if (text.trim().length < MIN_LENGTH) return null;
  const code = franc(text, { only: Object.keys(CANDIDATES), minLength: MIN_LENGTH });
  return CANDIDATES[code] ?? null;
}
