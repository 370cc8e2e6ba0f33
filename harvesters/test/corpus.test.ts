import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_FEED_DEFAULTS, type HarvestedOffering } from '@campus/schema';
import { readFeed, type ReadFeedOutcome } from '../src/readFeed';

/**
 * Every real-world file of the corpus, through the whole pure pipeline. Each one's normalised
 * output is a committed snapshot under `__snapshots__/corpus/`, reviewed like code; long texts and
 * long date lists are shortened there so that a review can read them.
 */
const CORPUS = new URL('./corpus/', import.meta.url);
const NOW = new Date('2026-11-29T00:00:00Z');

const sources = readFileSync(new URL('SOURCES.tsv', CORPUS), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))
  .map(([path, repo, , , licence]) => ({ path: path!, repo: repo!, licence: licence! }));

const files = readdirSync(CORPUS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) => readdirSync(join(CORPUS.pathname, dir.name)).map((file) => `${dir.name}/${file}`))
  .sort();

export function readCorpusFile(path: string): ReadFeedOutcome {
  return readFeed(
    { bytes: readFileSync(new URL(path, CORPUS)), contentType: null, format: null, feedUrl: `https://feeds.example.org/${path}`, defaults: NO_FEED_DEFAULTS },
    { now: NOW, defaultTimeZone: 'Europe/Berlin', horizonMonths: 12 },
  );
}

function shorten(value: string | null, length = 240): string | null {
  return value && value.length > length ? `${value.slice(0, length)}… [${value.length - length} more characters]` : value;
}

function reviewView(outcome: ReadFeedOutcome): unknown {
  if (!outcome.ok) return { error: outcome.error, warnings: outcome.warnings };
  return {
    format: outcome.format,
    title: outcome.title,
    warnings: outcome.warnings,
    offerings: outcome.offerings.map((o) => ({
      ...o,
      summary: shorten(o.summary),
      description: shorten(o.description),
      descriptionText: shorten(o.descriptionText),
      occurrences: o.occurrences.length > 6 ? [...o.occurrences.slice(0, 5), `… ${o.occurrences.length - 5} more`] : o.occurrences,
    })),
  };
}

describe('the corpus of real-world feeds', () => {
  it('lists every file with its origin and licence, and nothing that is not there', () => {
    expect(sources.map((s) => s.path).sort()).toEqual(files);
    for (const source of sources) {
      expect(source.repo, source.path).toMatch(/\S/);
      expect(source.licence, source.path).toMatch(/\S/);
    }
  });

  describe.each(files)('%s', (path) => {
    const outcome = readCorpusFile(path);

    it('reads as its committed snapshot', async () => {
      await expect(`${JSON.stringify(reviewView(outcome), null, 2)}\n`).toMatchFileSnapshot(`./__snapshots__/corpus/${path}.json`);
    });

    it('yields clean offerings or a clear reason', () => {
      if (!outcome.ok) {
        expect(outcome.error.length).toBeGreaterThan(15);
        return;
      }
      for (const offering of outcome.offerings) expectClean(offering);
    });
  });
});

/** What a reader of the catalogue would notice: markup or mojibake in text, script in HTML, bad instants. */
function expectClean(offering: HarvestedOffering): void {
  // Entities may stand in text where a producer escaped twice (ibash writes `&amp;#769;`): true to the source.
  expect(offering.title, offering.itemKey).not.toMatch(/&(amp|lt|gt|quot|#\d+);/);
  for (const plain of [offering.title, offering.summary, offering.descriptionText]) {
    expect(plain ?? '', offering.itemKey).not.toMatch(/<\/?(p|div|span|br|a|b|i|script|img)\b[^>]*>/i);
    expect(plain ?? '', offering.itemKey).not.toMatch(/[\u0080-\u009f\ufffd]|Ã[\u0080-\u00bf]/);
  }
  expect(offering.description ?? '', offering.itemKey).not.toMatch(/<script|javascript:|\son\w+=|style=/i);
  for (const occurrence of offering.occurrences) {
    expect(occurrence.allDay ? occurrence.start : new Date(occurrence.start).toISOString(), offering.itemKey).toBe(occurrence.start);
  }
}
