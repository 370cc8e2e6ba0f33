import type { FeedFormat } from '@campus/schema';
import type { ParseOptions, ParseOutcome } from '../feedItem';
import { detectFeedFormat } from './detectFeedFormat';
import { parseICalendar } from './parseICalendar';
import { parseJsonFeed } from './parseJsonFeed';
import { parseRss } from './parseRss';

const PARSERS: Partial<Record<FeedFormat, (text: string, options: ParseOptions) => ParseOutcome>> = {
  RSS: parseRss,
  ICALENDAR: parseICalendar,
  JSONFEED: parseJsonFeed,
};

/** Detects the format (unless the caller states one) and hands the text to that format's parser. */
export function parseFeed(text: string, contentType: string | null, declared: FeedFormat | null, options: ParseOptions): ParseOutcome {
  const format = declared ?? detectFeedFormat(text, contentType);
  if (!format) {
    return { ok: false, error: /<html[\s>]/i.test(text.slice(0, 2048)) ? 'this is an HTML page, not a feed' : 'unable to detect the feed format' };
  }
  const parse = PARSERS[format];
  if (!parse) return { ok: false, error: `the ${format} format is not supported yet` };
  try {
    return parse(text, options);
  } catch (error) {
    // Parsers return failures as values; this net keeps a library's surprise from crashing a harvest.
    return { ok: false, error: `the ${format} parser could not read this file: ${(error as Error).message}` };
  }
}
