import { createHash } from 'node:crypto';
import {
  boundaryToInstant,
  foldForSearch,
  HOME_TIME_ZONE,
  localWeekdayAndMinute,
  offeringIdFor,
  type FeedSnapshot,
  type HarvestedOffering,
  withdrawalHeld,
  type IngestCounts,
  type Occurrence,
} from '@campus/schema';
import type { occurrences, offerings, OfferingRow } from '../db/tables';

export type OfferingWrite = Omit<typeof offerings.$inferInsert, 'firstSeen' | 'createdAt'>;
export type OccurrenceWrite = Omit<typeof occurrences.$inferInsert, 'id'>;

/** What one harvest changes in the catalogue, worked out before a store writes it. */
export interface SnapshotPlan {
  counts: IngestCounts;
  /** Unchanged offerings: only marked as seen. */
  seen: string[];
  added: OfferingWrite[];
  /** Changed offerings, rewritten in place; their dates are replaced. */
  updated: OfferingWrite[];
  /** The dates of the added and updated offerings. */
  occurrences: OccurrenceWrite[];
  /** Offerings gone from the feed, to withdraw (kept, hidden). */
  gone: string[];
  seenAt: string;
}

/** What the catalogue holds of a feed's offering already. */
export type KnownOffering = Pick<OfferingRow, 'id' | 'contentHash' | 'status'>;

/**
 * Plans one feed's harvest against what the catalogue holds of the feed: new items are added,
 * changed ones updated, unchanged ones only marked as seen, and items gone from the feed withdrawn.
 */
export function planSnapshot(snapshot: FeedSnapshot, known: readonly KnownOffering[], change: number): SnapshotPlan {
  const seenAt = snapshot.harvestedAt.toISOString();
  const existing = new Map(known.map((row) => [row.id, row]));
  const plan: SnapshotPlan = { counts: { added: 0, updated: 0, unchanged: 0, withdrawn: 0, held: false }, seen: [], added: [], updated: [], occurrences: [], gone: [], seenAt };
  const present = new Set<string>();
  for (const offering of snapshot.offerings) {
    const id = offeringIdFor(snapshot.feedId, offering.itemKey);
    if (present.has(id)) continue;
    present.add(id);
    const contentHash = hashOf(offering, snapshot.providerId);
    const before = existing.get(id);
    if (before && before.contentHash === contentHash && before.status === offering.status) {
      plan.seen.push(id);
      continue;
    }
    (before ? plan.updated : plan.added).push(toRow(id, offering, snapshot, contentHash, seenAt, change));
    for (const o of offering.occurrences) plan.occurrences.push({ ...o, offeringId: id, ...occurrenceColumns(o) });
  }
  plan.gone = known.filter((row) => !present.has(row.id) && row.status !== 'WITHDRAWN').map((row) => row.id);
  plan.counts = { added: plan.added.length, updated: plan.updated.length, unchanged: plan.seen.length, withdrawn: plan.gone.length, held: false };
  return plan;
}

/** Whether a plan may be held: it withdraws something, and its snapshot asks for the hold. Only then does a store look up which of the feed's offerings are still ahead. */
export function mayBeHeld(plan: SnapshotPlan, snapshot: FeedSnapshot): boolean {
  return plan.gone.length > 0 && snapshot.holdWithdrawals === true;
}

/**
 * What a plan would have done, when it is held rather than written (WITHDRAWAL_HOLD_SHARE); null
 * to write it. `ahead` are the feed's live offerings with a date still to come or no dates at all.
 */
export function heldCounts(plan: SnapshotPlan, snapshot: FeedSnapshot, ahead: ReadonlySet<string>): IngestCounts | null {
  if (!mayBeHeld(plan, snapshot)) return null;
  const goneAhead = plan.gone.filter((id) => ahead.has(id)).length;
  return withdrawalHeld(goneAhead, ahead.size, snapshot.offerings.length) ? { ...plan.counts, held: true } : null;
}

/** Sorts after every dated offering: self-paced offerings come last. */
const UNDATED = '9999-12-31T00:00:00.000Z';

function hashOf(offering: HarvestedOffering, providerId: string): string {
  return createHash('sha256').update(JSON.stringify([providerId, offering])).digest('base64url');
}

/** Start and end as UTC instants (an all-day item lasts until midnight after its last day), and its local weekday and time. */
function occurrenceColumns(occurrence: Occurrence): { startUtc: string; endUtc: string; weekday: number; startMinute: number | null } {
  const zone = occurrence.timeZone ?? HOME_TIME_ZONE;
  const startUtc = boundaryToInstant(occurrence.start, zone);
  if (occurrence.allDay) {
    const lastDay = occurrence.end ?? occurrence.start;
    const next = new Date(`${lastDay}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    const weekday = ((new Date(`${occurrence.start}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    return { startUtc, endUtc: boundaryToInstant(next.toISOString().slice(0, 10), zone), weekday, startMinute: null };
  }
  const local = localWeekdayAndMinute(new Date(startUtc), zone);
  return { startUtc, endUtc: occurrence.end ? boundaryToInstant(occurrence.end, zone) : startUtc, weekday: local.weekday, startMinute: local.minute };
}

/** The first start still to come at harvest time, else the last one, else "undated". */
function sortStartOf(offering: HarvestedOffering, harvestedAt: string): string {
  const starts = offering.occurrences.map((o) => boundaryToInstant(o.start, o.timeZone ?? HOME_TIME_ZONE)).sort();
  return starts.find((s) => s >= harvestedAt) ?? starts.at(-1) ?? UNDATED;
}

/** Same title once normalised, same first start, same place: the same offering, whoever publishes it. */
function dedupKeyOf(offering: HarvestedOffering): string | null {
  const first = offering.occurrences[0];
  if (!first) return null;
  const place = offering.location ? (offering.location.postcode ?? foldForSearch(offering.location.name ?? '')) : 'online';
  return [foldForSearch(offering.title).replace(/[^a-z0-9]+/g, ' ').trim(), boundaryToInstant(first.start, first.timeZone ?? HOME_TIME_ZONE), place].join('|');
}

function toRow(id: string, offering: HarvestedOffering, snapshot: FeedSnapshot, contentHash: string, seenAt: string, change: number): OfferingWrite {
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
    languagesDetected: offering.languagesDetected,
    type: offering.type,
    format: offering.format,
    topics: offering.topics,
    targetGroups: offering.targetGroups,
    classification: offering.classification,
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
    stadtbezirk: location?.stadtbezirk ?? null,
    coordinatesFrom: location?.coordinatesFrom ?? null,
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
    dedupKey: dedupKeyOf(offering),
    changeSeq: change,
    lastSeen: seenAt,
    updatedAt: seenAt,
  };
}
