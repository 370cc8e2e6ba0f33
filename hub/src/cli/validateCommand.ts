import { readFileSync } from 'node:fs';
import { DEFAULT_MAX_PAGES, FeedFetcher, fetchAndReadFeed, readFeed, type AddressPolicy, type FeedReading, type FetchLimits } from '@campus/harvesters';
import { FEED_FORMATS, HOME_TIME_ZONE, NO_FEED_DEFAULTS, type FeedFormat, type HarvestedOffering } from '@campus/schema';
import { describeOffering } from './describeOffering';

export interface ValidateOptions {
  format: FeedFormat | null;
  json: boolean;
  addressPolicy: AddressPolicy;
  fetchLimits: FetchLimits;
}

export interface ValidationReport {
  format: FeedFormat | null;
  title: string | null;
  offerings: HarvestedOffering[];
  warnings: string[];
  errors: string[];
}

export function parseFormat(value: string | undefined): FeedFormat | null {
  if (value === undefined) return null;
  const format = value.toUpperCase() as FeedFormat;
  if (!FEED_FORMATS.includes(format)) throw new Error(`--format must be one of ${FEED_FORMATS.join(', ')}, not "${value}"`);
  return format;
}

/** Fetch (or read the file), detect, parse and normalise, writing nothing: what a harvest would find. */
export async function validateSource(target: string, options: ValidateOptions): Promise<ValidationReport> {
  const defaults = NO_FEED_DEFAULTS;
  const now = new Date();
  if (!/^(https?|webcal):\/\//i.test(target)) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(target);
    } catch (error) {
      return { format: null, title: null, offerings: [], warnings: [], errors: [`cannot read ${target}: ${(error as Error).message}`] };
    }
    const read = readFeed({ bytes, contentType: null, format: options.format, feedUrl: null, defaults }, { now, defaultTimeZone: HOME_TIME_ZONE, horizonMonths: 12 });
    return read.ok
      ? { format: read.format, title: read.title, offerings: read.offerings, warnings: read.warnings, errors: [] }
      : { format: null, title: null, offerings: [], warnings: read.warnings, errors: [read.error] };
  }
  const fetcher = new FeedFetcher(options.addressPolicy, options.fetchLimits);
  try {
    const reading: FeedReading = await fetchAndReadFeed(
      { url: target, format: options.format, defaults, validators: null, contentHash: null },
      { fetcher, now, horizonMonths: 12, maxPages: DEFAULT_MAX_PAGES },
    );
    if (reading.kind === 'read') return { format: reading.format, title: reading.title, offerings: reading.offerings, warnings: reading.warnings, errors: [] };
    if (reading.kind === 'failed') return { format: null, title: null, offerings: [], warnings: reading.warnings, errors: [reading.error] };
    return { format: null, title: null, offerings: [], warnings: [], errors: ['the server answered "not modified" to a first request'] };
  } finally {
    await fetcher.close();
  }
}

export function printReport(report: ValidationReport, json: boolean): void {
  if (json) {
    const { format, offerings, warnings, errors } = report;
    console.log(JSON.stringify({ format, offerings, warnings, errors }, null, 2));
    return;
  }
  if (report.errors.length > 0) {
    console.log(`Not readable: ${report.errors.join('; ')}`);
  } else {
    console.log(`Format: ${report.format}${report.title ? ` ("${report.title}")` : ''}`);
    console.log(`${report.offerings.length} offerings\n`);
    report.offerings.forEach((offering, index) => console.log(`${describeOffering(offering, index)}\n`));
  }
  if (report.warnings.length > 0) {
    console.log(`Warnings (${report.warnings.length}):`);
    for (const warning of report.warnings) console.log(`  - ${warning}`);
  }
}
