import type { FeedFormat } from '@campus/schema';
import type { ParseOptions, ParseOutcome } from '../feedItem';
import { detectFeedFormat } from './detectFeedFormat';
import { parseICalendar } from './parseICalendar';
import { parseJsonFeed } from './parseJsonFeed';
import { parseJsonLd } from './parseJsonLd';
import { parseMoochub } from './parseMoochub';
import { parseAtom } from './parseAtom';
import { parseRdf } from './parseRdf';
import { parseRss } from './parseRss';

/** RSS 2.0 and 0.9x have an <rss> root; RSS 1.0 and 0.90 are RDF documents. */
function parseRssFamily(text: string, options: ParseOptions): ParseOutcome {
  return /^\s*(<\?[^>]*\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(\w+:)?RDF[\s>]/.test(text.replace(/^\uFEFF/, '')) ? parseRdf(text, options) : parseRss(text, options);
}

const PARSERS: Partial<Record<FeedFormat, (text: string, options: ParseOptions) => ParseOutcome>> = {
  RSS: parseRssFamily,
  ATOM: parseAtom,
  ICALENDAR: parseICalendar,
  JSONFEED: parseJsonFeed,
  JSONLD: parseJsonLd,
  MOOCHUB: parseMoochub,
};

const FORMAT_NAMES: Record<FeedFormat, string> = { RSS: 'RSS', ATOM: 'Atom', ICALENDAR: 'iCalendar', JSONFEED: 'JSON Feed', JSONLD: 'JSON-LD', MOOCHUB: 'MOOChub' };

/** Detects the format (unless the caller states one) and hands the text to that format's parser. */
export function parseFeed(text: string, contentType: string | null, declared: FeedFormat | null, options: ParseOptions): ParseOutcome {
  const format = declared ?? detectFeedFormat(text, contentType);
  if (!format) {
    return { ok: false, error: /<(html|head|body)[\s>]|<!DOCTYPE html/i.test(text.slice(0, 2048)) ? 'this is an HTML page, not a feed' : 'unable to detect the feed format: it is neither RSS, Atom, iCalendar, JSON Feed, JSON-LD nor MOOChub' };
  }
  const parse = PARSERS[format];
  if (!parse) return { ok: false, error: `the ${format} format is not supported yet` };
  try {
    return parse(text, options);
  } catch (error) {
    // Parsers return failures as values; this net keeps a library's surprise from crashing a harvest,
    // and its words (a stack overflow, "Cannot read properties of undefined") from reaching a partner.
    return { ok: false, error: `the file could not be read as ${FORMAT_NAMES[format]}: it is built in a way the hub does not expect`, cause: error };
  }
}
