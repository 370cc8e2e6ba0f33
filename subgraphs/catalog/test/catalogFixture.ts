import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphql } from 'graphql';
import type { HarvestedOffering, Occurrence, ProviderSummary } from '@campus/schema';
import { POSTGRES_TARGETS } from '@campus/subgraph-runtime/test/storageTargets';
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
  ingest(feedId: string, providerId: string, offerings: HarvestedOffering[], harvestedAt?: Date): Promise<void>;
  query<T = Record<string, unknown>>(source: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  close(): Promise<void>;
}

const PROVIDERS: readonly ProviderSummary[] = [
  { id: 'uni', name: 'Universität Leipzig', kind: 'UNIVERSITY' },
  { id: 'vhs', name: 'Volkshochschule Leipzig', kind: 'ADULT_EDUCATION' },
];

/** A database the catalogue's suites run on: its SQLite file (no database), or a fresh PostgreSQL one. */
export interface CatalogStorage {
  name: string;
  database(): Promise<{ choice: NonNullable<CatalogOptions['database']>; drop(): Promise<void> }>;
}

/** Every database the catalogue runs on: SQLite, PGlite, and the PostgreSQL server where there is one. */
export const CATALOG_STORAGES: CatalogStorage[] = [
  { name: 'SQLite', database: async () => ({ choice: { kind: 'sqlite' }, drop: async () => undefined }) },
  ...POSTGRES_TARGETS.map((target) => ({
    name: target.name,
    database: async () => {
      const fresh = await target.fresh();
      return { choice: { kind: 'postgres' as const, connection: await fresh.connect(), url: null }, drop: fresh.drop };
    },
  })),
];

/** A real catalogue on a SQLite file in a temporary folder (or on `storage`), queried through its own GraphQL schema. */
export async function catalogFixture(options: Omit<CatalogOptions, 'dataDir' | 'database'> = {}, storage: CatalogStorage = CATALOG_STORAGES[0]!): Promise<CatalogFixture> {
  const dataDir = mkdtempSync(join(tmpdir(), 'catalog-'));
  const database = await storage.database();
  const catalog = await createCatalogSubgraph({ providers: PROVIDERS, ...options, dataDir, database: database.choice });
  return {
    catalog,
    ingest: async (feedId, providerId, offerings, harvestedAt = new Date('2026-11-29T08:00:00Z')) => {
      await catalog.ingest.applyFeedSnapshot({ feedId, providerId, feedUrl: `https://feeds.example/${feedId}`, harvestedAt, offerings });
    },
    query: async (source, variables) => (await graphql({ schema: catalog.schema, source, variableValues: variables, contextValue: {} })) as never,
    close: async () => {
      await catalog.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
