import { decodeHTML } from 'entities';
import sanitizeHtml from 'sanitize-html';

/** The markup a description may keep: structure and emphasis, links, nothing that runs or styles. */
const ALLOWED_TAGS = ['p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'a', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'code', 'pre'];

function absoluteUrl(href: string, base: string | null): string | null {
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** Bare allowlisted tags (no attributes): markup that needs no parser to be made safe. */
const BARE_TAG = /<(\/?)(p|br|ul|ol|li|strong|b|em|i|h3|h4|h5|h6|blockquote|code|pre)\s*(\/?)>/gi;
const VOID = new Set(['br']);

/**
 * True when every `<` in the text opens or closes a bare allowlisted tag and the tags nest properly:
 * such HTML is already what the sanitiser would make of it, so feeds of simple markup skip the parse.
 */
function isBareAllowlistedHtml(html: string): boolean {
  const stack: string[] = [];
  let tags = 0;
  for (const match of html.matchAll(BARE_TAG)) {
    tags += 1;
    const name = match[2]!.toLowerCase();
    if (VOID.has(name)) continue;
    if (match[3]) return false;
    if (!match[1]) stack.push(name);
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0 && tags === (html.match(/</g)?.length ?? 0);
}

/** Sanitises a description to the allowlist and makes its links absolute against `base`. */
export function sanitiseHtml(html: string, base: string | null): string {
  if (isBareAllowlistedHtml(html)) return html.trim();
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ['href', 'rel'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    transformTags: {
      a: (tagName, attributes) => {
        const href = attributes['href'] ? absoluteUrl(attributes['href'], base) : null;
        const attribs: Record<string, string> = href ? { href, rel: 'noopener nofollow' } : {};
        return { tagName, attribs };
      },
      h1: 'h3',
      h2: 'h4',
    },
  }).trim();
}

/** The plain text of a piece of HTML (or of plain text): entities decoded, blocks on their own lines. */
export function htmlToText(html: string): string {
  if (!looksLikeHtml(html)) return tidyLines(html.includes('&') ? decodeHTML(html) : html);
  const withBreaks = html.replace(/<\s*(br|\/p|\/li|\/h\d|\/div|\/blockquote)\s*\/?>/gi, '$&\n');
  return tidyLines(decodeHTML(sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {} })));
}

/**
 * The plain text of HTML that `sanitiseHtml` produced. Its output holds only allowlisted tags with
 * escaped text and no script or style, so dropping the tags is exact and spares a second HTML parse.
 */
export function sanitisedHtmlToText(html: string): string {
  return tidyLines(decodeHTML(html.replace(/<(br|\/p|\/li|\/h\d|\/blockquote|\/pre)\s*\/?>/gi, '$&\n').replace(/<[^>]*>/g, '')));
}

function tidyLines(text: string): string {
  if (!text.includes('\n')) return text.replace(/[ \t\u00a0]+/g, ' ').trim();
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line, index, lines) => line !== '' || (index > 0 && lines[index - 1] !== ''))
    .join('\n')
    .trim();
}

export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][\s\S]*?>/i.test(text);
}
