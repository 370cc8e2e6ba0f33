import { cutText, htmlToText, TEXT_LIMITS, type HarvestedOffering, type TextField } from '@campus/schema';
import { keptItemKey } from './sharedKeys';

function cutWarning(label: string, field: string, max: number): string {
  return `${label}: its ${field} is longer than ${max} characters and was cut there`;
}

/**
 * A feed's own categories as the catalogue keeps them: plain text (a category is no place for
 * markup), each at most its limit, without repeats, at most so many an item.
 */
export function cleanCategories(categories: readonly string[]): string[] {
  const kept = new Set<string>();
  for (const category of categories) {
    const text = cutText(htmlToText(category).replace(/\s+/g, ' ').trim(), TEXT_LIMITS.category);
    if (text) kept.add(text);
    if (kept.size === TEXT_LIMITS.categories) break;
  }
  return [...kept];
}

/**
 * An offering with every text within its limit: longer ones are cut at a word and named in a
 * warning, so that one item of 1 MiB cannot fill the catalogue, its pages and its exports. A
 * description whose HTML is too long becomes paragraphs of its cut text; a key too long to keep is
 * kept as its hash.
 */
export function limitTexts(offering: HarvestedOffering, label: string, warnings: string[], paragraphs: (text: string) => string): HarvestedOffering {
  const cut = <T extends string | null>(value: T, field: TextField, words: string): T => {
    const max = TEXT_LIMITS[field];
    if (value === null || value.length <= max) return value;
    warnings.push(cutWarning(label, words, max));
    return cutText(value, max) as T;
  };
  const limited = {
    ...offering,
    title: cut(offering.title, 'title', 'title'),
    summary: cut(offering.summary, 'summary', 'summary'),
    descriptionText: cut(offering.descriptionText, 'descriptionText', 'description'),
    certificate: cut(offering.certificate, 'certificate', 'certificate'),
    licence: cut(offering.licence, 'licence', 'licence'),
  };
  if (limited.description !== null && (limited.description.length > TEXT_LIMITS.description || limited.descriptionText !== offering.descriptionText)) {
    limited.description = limited.descriptionText ? paragraphs(limited.descriptionText) : null;
  }
  limited.itemKey = keptItemKey(limited.itemKey);
  for (const [key, value] of [['url', limited.url], ['image', limited.image]] as const) {
    if (value !== null && value.length > TEXT_LIMITS.url) {
      limited[key] = null;
      warnings.push(`${label}: its ${key === 'url' ? 'link' : 'image address'} is longer than ${TEXT_LIMITS.url} characters and was left out`);
    }
  }
  if (limited.location) {
    const { name, address } = limited.location;
    if ((name?.length ?? 0) > TEXT_LIMITS.placeName || (address?.length ?? 0) > TEXT_LIMITS.address) {
      limited.location = { ...limited.location, name: name && cutText(name, TEXT_LIMITS.placeName), address: address && cutText(address, TEXT_LIMITS.address) };
      warnings.push(cutWarning(label, 'place', TEXT_LIMITS.placeName));
    }
  }
  return limited;
}
