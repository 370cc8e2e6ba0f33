/** Reading loosely typed JSON the way feeds fill it: strings or numbers, one value or a list. */
export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A trimmed, non-empty string (numbers count, as ids often are numbers). */
export function text(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** The first of a list, or the value itself, as text. */
export function first(value: unknown): string | null {
  return text(Array.isArray(value) ? value[0] : value);
}

/** Every text in a value or list; objects give their `name`. */
export function strings(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).map((v) => (isObject(v) ? text(v['name']) : text(v))).filter((v): v is string => v !== null);
}

/** An image as a URL string, `{ url }` or `{ contentUrl }`, or the first of a list of them. */
export function imageUrl(value: unknown): string | null {
  const image = Array.isArray(value) ? value[0] : value;
  if (typeof image === 'string') return image;
  return isObject(image) ? (text(image['url']) ?? text(image['contentUrl'])) : null;
}
