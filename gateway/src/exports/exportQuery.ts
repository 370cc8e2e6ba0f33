import { MAX_BULK_PAGE_SIZE } from '@campus/schema';
import type { OfferingSort } from '../generated/exportOperations';

/** What an export URL asks for: the API's search, filter and sort, as query parameters. */
export interface ExportQuery {
  search: string | null;
  filter: Record<string, unknown>;
  sort: OfferingSort | null;
  limit: number;
}

export const DEFAULT_EXPORT_LIMIT = 500;
/** As many as the catalog subgraph gives the hub in one page. */
export const MAX_EXPORT_LIMIT = MAX_BULK_PAGE_SIZE;

const LISTS = ['ids', 'topics', 'targetGroups', 'formats', 'types', 'levels', 'languages', 'providerIds', 'providerKinds', 'weekdays', 'timeOfDay', 'districts'];
const SORTS: readonly OfferingSort[] = ['RELEVANCE', 'NEXT_START', 'NEWEST', 'TITLE'];
const ENUM_LISTS = new Set(['topics', 'targetGroups', 'formats', 'types', 'levels', 'providerKinds', 'weekdays', 'timeOfDay']);

export class ExportQueryError extends Error {}

/**
 * Reads `?search=…&formats=ONLINE,HYBRID&free=true&near=51.34,12.37,5&limit=1000` into the same
 * arguments the GraphQL API takes, so that an export and a query of the same URL agree.
 */
export function parseExportQuery(params: URLSearchParams): ExportQuery {
  const filter: Record<string, unknown> = {};
  for (const name of LISTS) {
    const value = params.get(name);
    if (value) filter[name] = value.split(',').map((v) => (ENUM_LISTS.has(name) ? v.trim().toUpperCase() : v.trim())).filter(Boolean);
  }
  for (const name of ['from', 'to']) if (params.get(name)) filter[name] = params.get(name);
  for (const name of ['free', 'includeCancelled']) if (params.has(name)) filter[name] = params.get(name) !== 'false';
  if (params.get('maxPrice')) filter['maxPrice'] = number(params.get('maxPrice')!, 'maxPrice');
  const near = params.get('near');
  if (near) {
    const [latitude, longitude, radiusKm] = near.split(',').map((part) => number(part, 'near'));
    if (radiusKm === undefined) throw new ExportQueryError('"near" takes latitude,longitude,radiusKm');
    filter['near'] = { latitude, longitude, radiusKm };
  }
  const limit = params.get('limit') ? number(params.get('limit')!, 'limit') : DEFAULT_EXPORT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_EXPORT_LIMIT) throw new ExportQueryError(`"limit" must be between 1 and ${MAX_EXPORT_LIMIT}`);
  const sort = params.get('sort')?.toUpperCase() ?? null;
  const known = SORTS.find((s) => s === sort) ?? null;
  if (sort !== null && known === null) throw new ExportQueryError(`"sort" must be one of ${SORTS.join(', ')}, not "${params.get('sort')}"`);
  return { search: params.get('search'), filter, sort: known, limit };
}

function number(value: string, name: string): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) throw new ExportQueryError(`"${name}" must be a number, not "${value}"`);
  return parsed;
}
