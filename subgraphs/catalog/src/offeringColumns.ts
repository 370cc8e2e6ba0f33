import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { OfferingRow } from './db/tables';

type OfferingColumn = keyof OfferingRow;

const SOURCE: OfferingColumn[] = ['feedId', 'itemKey', 'sourceUrl', 'firstSeen', 'lastSeen'];

/**
 * The columns each field of an offering reads. A page of 20 whole rows (46 columns, several of
 * them JSON) took a quarter of a millisecond to read and map on every request; most clients ask
 * for a few fields. A field missing here reads the whole row, so a new field is never left empty.
 */
const COLUMNS_OF: Record<string, readonly OfferingColumn[]> = {
  __typename: [],
  id: [],
  title: ['title'],
  summary: ['summary'],
  description: ['description'],
  descriptionText: ['descriptionText'],
  url: ['url'],
  languages: ['languages'],
  languagesDetected: ['languagesDetected'],
  type: ['type'],
  format: ['format'],
  topics: ['topics'],
  targetGroups: ['targetGroups'],
  classification: ['classification'],
  level: ['level'],
  cost: ['costKind', 'costAmount', 'costCurrency'],
  location: ['locationName', 'locationAddress', 'locationPostcode', 'locationLocality', 'district', 'stadtbezirk', 'coordinatesFrom', 'latitude', 'longitude'],
  occurrences: [],
  nextOccurrence: [],
  image: ['image'],
  status: ['status'],
  categories: ['categories'],
  provider: ['providerId'],
  source: SOURCE,
  sources: ['dedupKey', ...SOURCE],
  updatedAt: ['updatedAt'],
};

/** What an edge reads of its node besides the node's own fields. */
const EDGE_COLUMNS_OF: Record<string, readonly OfferingColumn[]> = { node: [], cursor: [], snippet: ['title', 'descriptionText'], __typename: [] };

/**
 * The fields selected at `path` below the resolved field (every alias of each step), through
 * fragments; null where a fragment cannot be read.
 */
function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): { name: string; set: SelectionSetNode | undefined }[] | null {
  let sets: readonly (SelectionSetNode | undefined)[] = info.fieldNodes.map((node) => node.selectionSet);
  for (let depth = 0; ; depth += 1) {
    const fields: { name: string; set: SelectionSetNode | undefined }[] = [];
    const visit = (set: SelectionSetNode | undefined): boolean => {
      for (const selection of set?.selections ?? []) {
        if (selection.kind === Kind.FIELD) fields.push({ name: selection.name.value, set: selection.selectionSet });
        else if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (!visit(selection.selectionSet)) return false;
        } else {
          const fragment = info.fragments[selection.name.value];
          if (!fragment || !visit(fragment.selectionSet)) return false;
        }
      }
      return true;
    };
    for (const set of sets) if (!visit(set)) return null;
    if (depth === path.length) return fields;
    sets = fields.filter((field) => field.name === path[depth]).map((field) => field.set);
  }
}

/**
 * The columns a connection's page needs for the fields asked of its edges and nodes, always with
 * the id; null where the whole row is needed.
 */
export function pageColumns(info: GraphQLResolveInfo): OfferingColumn[] | null {
  const edge = fieldsAt(info, ['edges']);
  const node = fieldsAt(info, ['edges', 'node']);
  if (!edge || !node) return null;
  const columns = new Set<OfferingColumn>(['id']);
  for (const [fields, table] of [
    [edge, EDGE_COLUMNS_OF],
    [node, COLUMNS_OF],
  ] as const) {
    for (const { name } of fields) {
      const needed = Object.hasOwn(table, name) ? table[name] : undefined;
      if (!needed) return null;
      for (const column of needed) columns.add(column);
    }
  }
  return [...columns].sort();
}
