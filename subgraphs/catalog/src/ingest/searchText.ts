import { foldForSearch } from '@campus/schema';

/** The text of an offering as the full-text tables hold it: folded, one column each. */
export interface SearchText {
  title: string;
  summary: string;
  body: string;
  keywords: string;
  provider: string;
}

export function searchTextOf(row: { title: string; summary: string | null; descriptionText: string | null; categories: string[] }, providerName: string): SearchText {
  return {
    title: foldForSearch(row.title),
    summary: foldForSearch(row.summary ?? ''),
    body: foldForSearch(row.descriptionText ?? ''),
    keywords: foldForSearch(row.categories.join(' ')),
    provider: foldForSearch(providerName),
  };
}
