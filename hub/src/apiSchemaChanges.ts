import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

export interface ApiSchemaChange {
  /** The schema coordinate, `Query.providers` or `OfferingFilter.free`. */
  path: string;
  message: string;
  breaking: boolean;
}

/** What changed from the committed API schema to the one the subgraphs compose into now, by graphql-inspector's rules. */
export async function apiSchemaChanges(committedSdl: string, currentSdl: string): Promise<ApiSchemaChange[]> {
  const changes: Change[] = await diff(buildSchema(committedSdl), buildSchema(currentSdl));
  return changes.map((change) => ({ path: change.path ?? '', message: change.message, breaking: change.criticality.level === CriticalityLevel.Breaking }));
}

/**
 * The breaking changes CHANGELOG.md does not record. A change is recorded when the changelog names
 * its coordinate in backticks (`Query.providers`), or the type's when the whole type goes.
 */
export function unrecordedBreakingChanges(changes: readonly ApiSchemaChange[], changelog: string): ApiSchemaChange[] {
  const named = new Set([...changelog.matchAll(/`([_A-Za-z][\w.]*)`/g)].map((match) => match[1]));
  return changes.filter((change) => change.breaking && !named.has(change.path));
}
