import { createHash } from 'node:crypto';
import { and, eq, inArray, ne } from 'drizzle-orm';
import { boundaryToInstant, HOME_TIME_ZONE, offeringIdFor, type FeedSnapshot, type HarvestedOffering, type IngestCounts, type Occurrence, type SnapshotIngest } from '@campus/schema';
import type { CatalogDatabase } from '../db/openCatalogDatabase';
import { occurrences, offerings } from '../db/tables';

/** Sorts after every dated offering: self-paced offerings come last. */
const UNDATED = '9999-12-31T00:00:00.000Z';

/**
 * Applies one feed's harvest in one transaction: new items are added, changed ones updated in place,
 * unchanged ones only marked as seen, and items gone from the feed withdrawn (kept, hidden).
 */
export function applyFeedSnapshot(database: CatalogDatabase, snapshot: FeedSnapshot): IngestCounts {
  const { db } = database;
  const seenAt = snapshot.harvestedAt.toISOString();
  const counts: IngestCounts = { added: 0, updated: 0, unchanged: 0, withdrawn: 0 };
  db.transaction((tx) => {
    const existing = new Map(
      tx
        .select({ id: offerings.id, contentHash: offerings.contentHash, status: offerings.status })
        .from(offerings)
        .where(eq(offerings.feedId, snapshot.feedId))
        .all()
        .map((row) => [row.id, row]),
    );
    const present = new Set<string>();
    for (const offering of snapshot.offerings) {
      const id = offeringIdFor(snapshot.feedId, offering.itemKey);
      present.add(id);
      const contentHash = hashOf(offering, snapshot.providerId);
      const before = existing.get(id);
      if (before && before.contentHash === contentHash && before.status !== 'WITHDRAWN') {
        tx.update(offerings).set({ lastSeen: seenAt }).where(eq(offerings.id, id)).run();
        counts.unchanged += 1;
        continue;
      }
      const row = toRow(id, offering, snapshot, contentHash, seenAt);
      if (before) {
        tx.update(offerings).set(row).where(eq(offerings.id, id)).run();
        tx.delete(occurrences).where(eq(occurrences.offeringId, id)).run();
        counts.updated += 1;
      } else {
        tx.insert(offerings).values({ ...row, firstSeen: seenAt }).run();
        counts.added += 1;
      }
      if (offering.occurrences.length > 0) {
        tx.insert(occurrences).values(offering.occurrences.map((o) => ({ ...o, offeringId: id, ...utcSpanOf(o) }))).run();
      }
    }
    const gone = [...existing.values()].filter((row) => !present.has(row.id) && row.status !== 'WITHDRAWN').map((row) => row.id);
    if (gone.length > 0) {
      tx.update(offerings).set({ status: 'WITHDRAWN', updatedAt: seenAt }).where(inArray(offerings.id, gone)).run();
      counts.withdrawn = gone.length;
    }
  });
  return counts;
}

/** Withdraws every offering of a feed, as when the feed is removed; returns how many. */
export function withdrawFeed(database: CatalogDatabase, feedId: string, at: Date): number {
  return database.db
    .update(offerings)
    .set({ status: 'WITHDRAWN', updatedAt: at.toISOString() })
    .where(and(eq(offerings.feedId, feedId), ne(offerings.status, 'WITHDRAWN')))
    .run().changes;
}

function hashOf(offering: HarvestedOffering, providerId: string): string {
  return createHash('sha256').update(JSON.stringify([providerId, offering])).digest('base64url');
}

function startUtcOf(start: string, timeZone: string | null): string {
  return boundaryToInstant(start, timeZone ?? HOME_TIME_ZONE);
}

/** Start and end as UTC instants; an all-day item lasts until midnight after its last day. */
function utcSpanOf(occurrence: Occurrence): { startUtc: string; endUtc: string } {
  const zone = occurrence.timeZone ?? HOME_TIME_ZONE;
  const startUtc = boundaryToInstant(occurrence.start, zone);
  if (occurrence.allDay) {
    const lastDay = occurrence.end ?? occurrence.start;
    const next = new Date(`${lastDay}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    return { startUtc, endUtc: boundaryToInstant(next.toISOString().slice(0, 10), zone) };
  }
  return { startUtc, endUtc: occurrence.end ? boundaryToInstant(occurrence.end, zone) : startUtc };
}

/** The first start still to come at harvest time, else the last one, else "undated". */
function sortStartOf(offering: HarvestedOffering, harvestedAt: string): string {
  const starts = offering.occurrences.map((o) => startUtcOf(o.start, o.timeZone)).sort();
  return starts.find((s) => s >= harvestedAt) ?? starts.at(-1) ?? UNDATED;
}

function toRow(id: string, offering: HarvestedOffering, snapshot: FeedSnapshot, contentHash: string, seenAt: string) {
  const location = offering.location;
  return {
    id,
    feedId: snapshot.feedId,
    itemKey: offering.itemKey,
    providerId: snapshot.providerId,
    title: offering.title,
    summary: offering.summary,
    description: offering.description,
    descriptionText: offering.descriptionText,
    url: offering.url,
    languages: offering.languages,
    type: offering.type,
    format: offering.format,
    topics: offering.topics,
    targetGroups: offering.targetGroups,
    level: offering.level,
    costKind: offering.cost.kind,
    costAmount: offering.cost.kind === 'PAID' ? offering.cost.amount : null,
    costCurrency: offering.cost.kind === 'PAID' ? offering.cost.currency : null,
    registration: offering.registration,
    locationName: location?.name ?? null,
    locationAddress: location?.address ?? null,
    locationPostcode: location?.postcode ?? null,
    locationLocality: location?.locality ?? null,
    district: location?.district ?? null,
    latitude: location?.latitude ?? null,
    longitude: location?.longitude ?? null,
    workloadHours: offering.workloadHours,
    certificate: offering.certificate,
    accessibility: offering.accessibility,
    image: offering.image,
    licence: offering.licence,
    status: offering.status,
    categories: offering.categories,
    sourceUrl: snapshot.feedUrl,
    sortStart: sortStartOf(offering, seenAt),
    contentHash,
    lastSeen: seenAt,
    updatedAt: seenAt,
  };
}

/** The ingest interface over one open catalogue database. */
export function catalogIngest(database: CatalogDatabase): SnapshotIngest {
  return {
    applyFeedSnapshot: (snapshot) => applyFeedSnapshot(database, snapshot),
    withdrawFeed: (feedId, at) => withdrawFeed(database, feedId, at),
  };
}
