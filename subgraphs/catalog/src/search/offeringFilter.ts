import { ORTSTEILE, STADTBEZIRKE } from '@campus/schema';
import { badInput } from '@campus/subgraph-runtime';
import { STATUS_CODES } from './dateColumns';
import type { Facet } from './facetColumns';
import type { SearchIndex } from './searchIndex';
import type { OfferingFilter, TimeOfDay, Weekday } from '../generated/resolvers';

const WEEKDAYS: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

export { FACETS, type Facet } from './facetColumns';

/** A filter checked and compiled: one predicate per facet, and two for everything else. */
export interface CompiledFilter {
  /** By rowid, mostly from the index's facet columns. */
  facet: Record<Facet, ((rowid: number) => boolean) | null>;
  /** Status and dates, read from the index's columns by rowid: the question every search asks of every offering. */
  shown: (rowid: number) => boolean;
  /** The rest (ids, level, provider kind, place), or null where the filter asks none of it. */
  rest: ((rowid: number) => boolean) | null;
  /** The first date of an offering within the filter's range, for sorting by next start. */
  nextStart: (rowid: number) => number;
}

const EARTH_RADIUS_KM = 6371;

export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
}

const isOneOf = <T>(values: Set<T>, value: T | null): boolean => value !== null && values.has(value);

const anyOf = <T>(values: readonly T[] | null | undefined): Set<T> | null => (values && values.length > 0 ? new Set(values) : null);

function instant(value: string | null | undefined, argument: string, fallback: number): number {
  if (value === null || value === undefined) return fallback;
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw badInput(`"${value}" is not a date-time`, argument);
  return time;
}

const DISTRICT_NAMES = new Set([...ORTSTEILE.map((o) => o.name), ...STADTBEZIRKE]);

/**
 * Checks every value of the filter as the API takes it (`OfferingFilter`, generated from
 * catalog.graphql) that a client can get wrong, naming the argument; compiles the rest to predicates.
 */
export function compileFilter(filter: OfferingFilter, index: SearchIndex, now: Date): CompiledFilter {
  for (const language of filter.languages ?? []) {
    if (!/^[a-z]{2,3}$/.test(language)) throw badInput(`"${language}" is not a language code such as "de" or "en"`, 'filter.languages');
  }
  for (const district of filter.districts ?? []) {
    if (!DISTRICT_NAMES.has(district)) throw badInput(`"${district}" is no Leipzig Ortsteil or Stadtbezirk`, 'filter.districts');
  }
  for (const provider of filter.providerIds ?? []) {
    if (!index.knownProvider(provider)) throw badInput(`there is no provider "${provider}"`, 'filter.providerIds');
  }
  if (filter.maxPrice !== null && filter.maxPrice !== undefined && !(filter.maxPrice >= 0)) throw badInput('"maxPrice" must be 0 or more', 'filter.maxPrice');
  const near = filter.near ?? null;
  if (near) {
    if (!(near.radiusKm > 0 && near.radiusKm <= 1000)) throw badInput(`"radiusKm" must be more than 0 and at most 1000, not ${near.radiusKm}`, 'filter.near.radiusKm');
    if (!(Math.abs(near.latitude) <= 90)) throw badInput('"latitude" must be between -90 and 90', 'filter.near.latitude');
    if (!(Math.abs(near.longitude) <= 180)) throw badInput('"longitude" must be between -180 and 180', 'filter.near.longitude');
  }
  if ((filter.ids?.length ?? 0) > 100) throw badInput('at most 100 ids', 'filter.ids');
  const ids = anyOf(filter.ids);
  const from = instant(filter.from, 'filter.from', now.getTime());
  const to = instant(filter.to, 'filter.to', Number.POSITIVE_INFINITY);
  if (to <= from) throw badInput('"to" must come after "from"', 'filter.to');

  const levels = anyOf(filter.levels);
  const kinds = anyOf(filter.providerKinds);
  const districts = anyOf(filter.districts);
  const weekdays = filter.weekdays?.length ? new Set(filter.weekdays.map((d) => WEEKDAYS.indexOf(d) + 1)) : null;
  const times = anyOf(filter.timeOfDay);
  const statuses = new Uint8Array(Object.keys(STATUS_CODES).length + 1);
  statuses[STATUS_CODES['SCHEDULED']!] = 1;
  if (filter.includeCancelled) statuses[STATUS_CODES['CANCELLED']!] = 1;
  if (filter.includeWithdrawn) statuses[STATUS_CODES['WITHDRAWN']!] = 1;
  const free = filter.free === true;
  const maxPrice = filter.maxPrice ?? null;

  const inTime = (minute: number): boolean => {
    if (!times) return true;
    if (minute < 0) return false;
    const slot: TimeOfDay = minute < 12 * 60 ? 'MORNING' : minute < 17 * 60 ? 'AFTERNOON' : 'EVENING';
    return times.has(slot);
  };
  const { status, slots, start, end, weekday, minute, cancelled } = index.columns();
  const { first, last } = slots;
  const columns = index.facetColumns();
  const rows = index.rows();
  const coded = (facet: Facet, values: readonly string[] | null | undefined): ((rowid: number) => boolean) | null => {
    if (!values?.length) return null;
    const column = columns[facet];
    const mask = column.mask(values);
    return (rowid) => column.hasAny(rowid, mask);
  };
  const shown = (rowid: number): boolean => {
    if (statuses[status[rowid]!] !== 1) return false;
    const [a, b] = [first[rowid]!, last[rowid]!];
    if (a === b) return !weekdays && !times;
    for (let i = a; i < b; i += 1) {
      if (cancelled[i] === 0 && end[i]! >= from && start[i]! < to && (!weekdays || weekdays.has(weekday[i]!)) && inTime(minute[i]!)) return true;
    }
    return false;
  };
  const nextStart = (rowid: number): number => {
    for (let i = first[rowid]!, b = last[rowid]!; i < b; i += 1) {
      if (cancelled[i] === 0 && end[i]! >= from && start[i]! < to) return start[i]!;
    }
    return Number.POSITIVE_INFINITY;
  };

  return {
    shown,
    nextStart,
    facet: {
      topics: coded('topics', filter.topics),
      targetGroups: coded('targetGroups', filter.targetGroups),
      formats: coded('formats', filter.formats),
      types: coded('types', filter.types),
      languages: coded('languages', filter.languages),
      // A district filter names Ortsteile or Stadtbezirke, which the facet (Ortsteile) does not hold.
      districts: districts && ((rowid) => {
        const district = columns.districts.valueOf(rowid);
        const stadtbezirk = rows.stadtbezirkOf(rowid);
        return (district !== null && districts.has(district)) || (stadtbezirk !== null && districts.has(stadtbezirk));
      }),
      providers: coded('providers', filter.providerIds),
      cost: free
        ? coded('cost', ['FREE'])
        : maxPrice !== null
          ? (rowid) => {
              const kind = columns.cost.valueOf(rowid);
              return kind === 'FREE' || (kind === 'PAID' && rows.costAmount[rowid]! <= maxPrice);
            }
          : null,
    },
    rest:
      ids || levels || kinds || near
        ? (rowid) =>
            (!ids || ids.has(rows.ids[rowid]!)) &&
            (!levels || isOneOf(levels, rows.levelOf(rowid))) &&
            (!kinds || isOneOf(kinds, index.providerKind(columns.providers.valueOf(rowid) ?? ''))) &&
            (!near || distanceKm(near.latitude, near.longitude, rows.latitude[rowid]!, rows.longitude[rowid]!) <= near.radiusKm)
        : null,
  };
}
