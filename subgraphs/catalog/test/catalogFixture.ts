import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphql } from 'graphql';
import type { HarvestedOffering, Occurrence, ProviderSummary } from '@campus/schema';
import { createCatalogSubgraph, type CatalogOptions, type CatalogSubgraph } from '../src/createCatalogSubgraph';

/** A harvested offering with everything empty but what a test sets. */
export function offering(itemKey: string, fields: Partial<HarvestedOffering> = {}): HarvestedOffering {
  return {
    itemKey,
    title: itemKey,
    summary: null,
    description: null,
    descriptionText: null,
    url: null,
    languages: ['de'],
    languagesDetected: false,
    type: null,
    format: null,
    topics: [],
    targetGroups: [],
    classification: [],
    level: null,
    cost: { kind: 'UNKNOWN' },
    registration: null,
    location: null,
    occurrences: [],
    workloadHours: null,
    certificate: null,
    accessibility: null,
    image: null,
    licence: null,
    status: 'SCHEDULED',
    categories: [],
    ...fields,
  };
}

export function at(start: string, end: string | null = null): Occurrence {
  return { start, end, timeZone: 'Europe/Berlin', allDay: false, status: 'SCHEDULED' };
}

export interface CatalogFixture {
  catalog: CatalogSubgraph;
  ingest(feedId: string, providerId: string, offerings: HarvestedOffering[], harvestedAt?: Date): void;
  query<T = Record<string, unknown>>(source: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  close(): Promise<void>;
}

const PROVIDERS: readonly ProviderSummary[] = [
  { id: 'uni', name: 'Universität Leipzig', kind: 'UNIVERSITY' },
  { id: 'vhs', name: 'Volkshochschule Leipzig', kind: 'ADULT_EDUCATION' },
];

/** A real catalogue on a SQLite file in a temporary folder, queried through its own GraphQL schema. */
export function catalogFixture(options: Omit<CatalogOptions, 'dataDir'> = {}): CatalogFixture {
  const dataDir = mkdtempSync(join(tmpdir(), 'catalog-'));
  const catalog = createCatalogSubgraph({ providers: PROVIDERS, ...options, dataDir });
  return {
    catalog,
    ingest: (feedId, providerId, offerings, harvestedAt = new Date('2026-11-29T08:00:00Z')) => {
      catalog.ingest.applyFeedSnapshot({ feedId, providerId, feedUrl: `https://feeds.example/${feedId}`, harvestedAt, offerings });
    },
    query: async (source, variables) => (await graphql({ schema: catalog.schema, source, variableValues: variables, contextValue: {} })) as never,
    close: async () => {
      await catalog.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
