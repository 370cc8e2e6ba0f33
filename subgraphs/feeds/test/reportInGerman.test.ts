import { describe, expect, it } from 'vitest';
import { readFeed } from '@campus/harvesters';
import { NO_FEED_DEFAULTS } from '@campus/schema';
import { inGerman } from '../src/reportInGerman';

describe('the dry run report in German', () => {
  it('says what the harvesters say, in German', () => {
    const outcome = readFeed(
      { bytes: Buffer.from('<rss version="2.0"><channel><item><description>Nur Text</description></item><item><link>/a</link></item></channel></rss>'), contentType: null, format: null, feedUrl: 'https://x.example/', defaults: NO_FEED_DEFAULTS },
      { now: new Date(), defaultTimeZone: 'Europe/Berlin', horizonMonths: 12 },
    );
    expect(outcome.warnings.map(inGerman)).toEqual([
      'Eintrag 1: ohne Titel; die ersten Worte dienen als Titel',
      'Eintrag 1: weder Kennung noch Link; er wird an Titel und Text erkannt',
      'Eintrag 2: weder Titel noch Text; übersprungen',
    ]);
  });

  it('translates fetch failures and refusals, and leaves unknown sentences as they are', () => {
    expect(inGerman('10.1.2.3 is a private address, which feeds may not point at')).toBe('10.1.2.3 ist eine Adresse des Bereichs „private“; Feeds dürfen nicht darauf zeigen');
    expect(inGerman('HTTP 404 Not Found')).toBe('Der Server antwortete mit HTTP 404 Not Found');
    expect(inGerman('this is an HTML page, not a feed')).toBe('Das ist eine HTML-Seite, kein Feed');
    expect(inGerman('something new')).toBe('something new');
  });
});
