import { foldForSearch } from '@campus/schema';

const WINDOW = 160;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The text folded as search folds it, with the position in the original of every folded character,
 * so that a match found in folded text can be marked in the text as written.
 */
function foldWithPositions(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const piece = foldForSearch(text[i]!);
    for (const c of piece) {
      folded += c;
      origin.push(i);
    }
  }
  // foldForSearch per character cannot see "ae" across two characters; do as it does on the whole.
  let joined = '';
  const positions: number[] = [];
  for (let i = 0; i < folded.length; i += 1) {
    if (folded[i] === 'e' && i > 0 && 'aou'.includes(folded[i - 1]!)) continue;
    joined += folded[i];
    positions.push(origin[i]!);
  }
  return { folded: joined, origin: positions };
}

/**
 * A short excerpt of `text` around the first match of the search terms, HTML-escaped, with every
 * match in it wrapped in `<mark>`. Null when no term occurs in the text.
 */
export function snippetOf(text: string | null, terms: readonly string[]): string | null {
  if (!text || terms.length === 0) return null;
  const { folded, origin } = foldWithPositions(text);
  const spans: [number, number][] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) {
      spans.push([origin[at]!, origin[at + term.length - 1]! + 1]);
    }
  }
  if (spans.length === 0) return null;
  spans.sort((a, b) => a[0] - b[0]);
  const first = spans[0]![0];
  let start = Math.max(0, first - WINDOW / 3);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + WINDOW);
  if (end < text.length) end = text.lastIndexOf(' ', end) > first ? text.lastIndexOf(' ', end) : end;
  let html = start > 0 ? '…' : '';
  let cursor = start;
  for (const [from, to] of spans) {
    if (from < cursor || to > end) continue;
    html += `${escapeHtml(text.slice(cursor, from))}<mark>${escapeHtml(text.slice(from, to))}</mark>`;
    cursor = to;
  }
  html += escapeHtml(text.slice(cursor, end)) + (end < text.length ? '…' : '');
  return html.replace(/\s+/g, ' ');
}
