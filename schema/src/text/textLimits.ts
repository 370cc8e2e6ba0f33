/**
 * The longest text the hub keeps of each field, in characters. A harvest cuts longer text and says
 * so in a warning; the API refuses it, naming the argument. Generous for any real course, small
 * enough that no partner can fill the catalogue, its pages or its exports with one item.
 */
export const TEXT_LIMITS = {
  title: 300,
  summary: 1_000,
  /** Sanitised HTML. */
  description: 40_000,
  descriptionText: 20_000,
  category: 100,
  /** How many categories of one item are kept. */
  categories: 50,
  placeName: 200,
  address: 300,
  certificate: 300,
  licence: 300,
  url: 2_048,
  itemKey: 1_000,
  providerName: 200,
  providerDescription: 5_000,
  providerContact: 500,
  keyName: 100,
  reason: 1_000,
} as const;

export type TextField = keyof typeof TEXT_LIMITS;

/** `text` cut to at most `max` characters, at a word where one is near, with an ellipsis. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
