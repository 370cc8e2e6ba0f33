import type { FeedFormat } from '@campus/schema';

/**
 * The one place that decides what format a response is, from its content first and its content type
 * second; never from the URL. Returns null when the text is no feed the hub reads.
 */
export function detectFeedFormat(text: string, contentType: string | null): FeedFormat | null {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'ICALENDAR';
  if (head.startsWith('{') || head.startsWith('[')) {
    if (/"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(head)) return 'JSONFEED';
    if (/"(@context|\\u0040context|@type|@graph)"/.test(head)) return 'JSONLD';
    if (/"data"\s*:/.test(head) && /"type"\s*:\s*"courses?"/i.test(head)) return 'MOOCHUB';
    return null;
  }
  if (head.startsWith('<')) {
    if (/<script[^>]*application\/ld\+json/i.test(text)) return 'JSONLD';
    const body = head.replace(/<\?xml[^>]*\?>|<!--[\s\S]*?-->|<\?xml-stylesheet[^>]*\?>|<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/gi, '').trimStart();
    if (/^<rss[\s>]/i.test(body) || /^<(\w+:)?RDF[\s>]/.test(body)) return 'RSS';
    if (/^<(\w+:)?feed[\s>]/i.test(body)) return 'ATOM';
    return null;
  }
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  if (type === 'text/calendar') return 'ICALENDAR';
  if (type === 'application/feed+json') return 'JSONFEED';
  if (type === 'application/ld+json') return 'JSONLD';
  return null;
}
