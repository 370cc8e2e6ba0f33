import type { Format, OfferingType } from '@campus/schema';

const TYPE_WORDS: [OfferingType, RegExp][] = [
  ['MOOC', /\bMOOC\b/i],
  ['WORKSHOP', /(workshop|werkstatt|hackathon|barcamp)/i],
  ['LECTURE', /(vorlesung|vortrag|lecture|talk|ringvorlesung)/i],
  ['SERIES', /\b(reihe|series)\b/i],
  ['COURSE', /(kurs|course|seminar|lehrgang|schulung|training)/i],
];

const ONLINE = /\b(online|webinar|zoom|videokonferenz|livestream|e-learning|virtuell|virtual)\b/i;

/** The kind of offering, from the words its title and categories use; null when they say nothing. */
export function classifyType(title: string, categories: string[]): OfferingType | null {
  const text = [title, ...categories].join(' ');
  return TYPE_WORDS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

/** In person when it names a physical place, online when its text says so, hybrid when both. */
export function classifyFormat(hasPlace: boolean, text: string): Format | null {
  const online = ONLINE.test(text);
  if (hasPlace && online) return /\b(hybrid)\b/i.test(text) ? 'HYBRID' : 'IN_PERSON';
  if (online) return 'ONLINE';
  return hasPlace ? 'IN_PERSON' : null;
}
