/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Whether taking part costs money. */
export type CostKind =
  /** Free of charge. */
  | 'FREE'
  /** A fee is charged. */
  | 'PAID'
  /** The source does not say. */
  | 'UNKNOWN';

/** Whether a feed is harvested. */
export type FeedStatus =
  /** Harvested on its schedule. */
  | 'ACTIVE'
  /** Not harvested until resumed. */
  | 'PAUSED'
  /** Registered by a partner, waiting for an admin's approval. */
  | 'PENDING'
  /** Rejected by an admin. */
  | 'REJECTED'
  /** Removed; its offerings are withdrawn, its history kept. */
  | 'REMOVED';

/** How an offering is held. */
export type Format =
  /** At a place and online at once. */
  | 'HYBRID'
  /** At a place. */
  | 'IN_PERSON'
  /** Online. */
  | 'ONLINE';

/** How a harvest ended. */
export type HarvestOutcome =
  /** The feed could not be fetched or read; the catalogue kept what it had. */
  | 'FAILED'
  /** The feed was read, but it would have withdrawn more than half of its offerings still ahead: nothing was written, and the feed waits for its partner or an admin to confirm (confirmFeedWithdrawals). */
  | 'HELD'
  /** The feed was read and the catalogue brought up to date. */
  | 'SUCCESS'
  /** The feed had not changed since the last harvest; nothing was written. */
  | 'UNCHANGED';

/** Languages for labels. */
export type Lang =
  /** German. */
  | 'DE'
  /** English. */
  | 'EN';

/** The level of prior knowledge expected. */
export type Level =
  /** Much prior knowledge. */
  | 'ADVANCED'
  /** No prior knowledge needed. */
  | 'BEGINNER'
  /** Some prior knowledge. */
  | 'INTERMEDIATE';

/** A circle on the map. */
export type NearFilter = {
  /** WGS84 latitude of the centre. */
  latitude: number;
  /** WGS84 longitude of the centre. */
  longitude: number;
  /** Radius in kilometres (more than 0, at most 1000). */
  radiusKm: number;
};

/** Whether one date still stands. */
export type OccurrenceStatus =
  /** The provider cancelled this date. */
  | 'CANCELLED'
  /** It takes place. */
  | 'SCHEDULED';

/** Conditions on offerings; set fields are combined with AND, values inside one list with OR. */
export type OfferingFilter = {
  /** Only offerings in these Leipzig Ortsteile or Stadtbezirke (names as in `facets.districts`). */
  districts?: Array<string> | null | undefined;
  /** Only offerings in these formats. */
  formats?: Array<Format> | null | undefined;
  /** Only offerings that are free of charge. */
  free?: boolean | null | undefined;
  /** Only offerings with a date that is not over by this instant (default: now). Offerings without dates, such as self-paced courses, always match. */
  from?: string | null | undefined;
  /** Only these offerings, by id (up to 100). */
  ids?: Array<string | number> | null | undefined;
  /** Include offerings their provider cancelled (default false). */
  includeCancelled?: boolean | null | undefined;
  /** Include offerings withdrawn by their feed (default false). */
  includeWithdrawn?: boolean | null | undefined;
  /** Only offerings in one of these languages (ISO 639-1 codes such as "de", "en"). */
  languages?: Array<string> | null | undefined;
  /** Only offerings at one of these levels. */
  levels?: Array<Level> | null | undefined;
  /** Only offerings that are free or cost at most this much (in their currency). */
  maxPrice?: number | null | undefined;
  /** Only offerings within a distance of a point. */
  near?: NearFilter | null | undefined;
  /** Only offerings of these providers. */
  providerIds?: Array<string | number> | null | undefined;
  /** Only offerings of providers of these kinds. */
  providerKinds?: Array<ProviderKind> | null | undefined;
  /** Only offerings for one of these groups. */
  targetGroups?: Array<TargetGroup> | null | undefined;
  /** Only offerings with a date starting at this time of day: morning (before 12), afternoon (12 to 17), evening (from 17). */
  timeOfDay?: Array<TimeOfDay> | null | undefined;
  /** Only offerings with a date that starts before this instant. */
  to?: string | null | undefined;
  /** Only offerings on one of these DigComp areas. */
  topics?: Array<Topic> | null | undefined;
  /** Only offerings of these types. */
  types?: Array<OfferingType> | null | undefined;
  /** Only offerings with a date on one of these weekdays (in its own time zone). */
  weekdays?: Array<Weekday> | null | undefined;
};

/** Orders of a result. */
export type OfferingSort =
  /** Most recently harvested first. */
  | 'NEWEST'
  /** Soonest date first; offerings without dates last. */
  | 'NEXT_START'
  /**
   * Best match first (needs a search): by how the offering matched (MatchKind: exact, then parts
   * of compounds, word forms, synonyms, translations, typos); among those that match alike, the ones
   * with the words in their title or keywords first, then those with them elsewhere, each by BM25 with
   * the title weighted up. Parts of compounds are ordered soonest first.
   */
  | 'RELEVANCE'
  /** Alphabetically by title. */
  | 'TITLE';

/** The kind of offering. */
export type OfferingType =
  /** A course of several sessions. */
  | 'COURSE'
  /** Any other event. */
  | 'EVENT'
  /** A lecture or talk. */
  | 'LECTURE'
  /** A massive open online course. */
  | 'MOOC'
  /** A series of events. */
  | 'SERIES'
  /** A hands-on workshop. */
  | 'WORKSHOP';

/** What kind of institution a provider is. */
export type ProviderKind =
  /** An adult-education centre (Volkshochschule). */
  | 'ADULT_EDUCATION'
  /** A city office or municipal body. */
  | 'CITY'
  /** A civic initiative or association. */
  | 'INITIATIVE'
  /** Any other institution. */
  | 'OTHER'
  /** A university or university of applied sciences. */
  | 'UNIVERSITY';

/** Whom an offering is meant for. */
export type TargetGroup =
  /** People working in public administration. */
  | 'ADMINISTRATION'
  /** People in business. */
  | 'BUSINESS'
  /** Every citizen. */
  | 'CITIZENS'
  /** Students. */
  | 'STUDENTS'
  /** Teachers. */
  | 'TEACHERS'
  /** Trainees and apprentices. */
  | 'TRAINEES';

/** Parts of the day, by a date's start in its own time zone. */
export type TimeOfDay =
  /** Starting from 12:00 to before 17:00. */
  | 'AFTERNOON'
  /** Starting from 17:00. */
  | 'EVENING'
  /** Starting before 12:00. */
  | 'MORNING';

/** The five competence areas of the EU DigComp 2.2 framework. */
export type Topic =
  /** Communication and collaboration. */
  | 'COMMUNICATION_COLLABORATION'
  /** Digital content creation. */
  | 'DIGITAL_CONTENT_CREATION'
  /** Information and data literacy. */
  | 'INFORMATION_DATA_LITERACY'
  /** Problem solving. */
  | 'PROBLEM_SOLVING'
  /** Safety. */
  | 'SAFETY';

/** Days of the week. */
export type Weekday =
  /** Friday. */
  | 'FRIDAY'
  /** Monday. */
  | 'MONDAY'
  /** Saturday. */
  | 'SATURDAY'
  /** Sunday. */
  | 'SUNDAY'
  /** Thursday. */
  | 'THURSDAY'
  /** Tuesday. */
  | 'TUESDAY'
  /** Wednesday. */
  | 'WEDNESDAY';

export type SearchOfferingsQueryVariables = Exact<{
  search?: string | null | undefined;
  filter?: OfferingFilter | null | undefined;
  sort?: OfferingSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type SearchOfferingsQuery = { offerings: { totalCount: number, facets: { topics: Array<{ value: string, label: string, count: number }>, targetGroups: Array<{ value: string, label: string, count: number }>, formats: Array<{ value: string, label: string, count: number }>, districts: Array<{ value: string, label: string, count: number }>, cost: Array<{ value: string, label: string, count: number }> }, edges: Array<{ cursor: string, node: { id: string, title: string, url: string | null, summary: string | null, format: Format | null, cost: { kind: CostKind, amount: number | null, currency: string | null }, location: { name: string | null, address: string | null, district: string | null } | null, nextOccurrence: { start: string, end: string | null, allDay: boolean, status: OccurrenceStatus } | null, provider: { id: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OfferingQueryVariables = Exact<{
  id: string | number;
}>;


export type OfferingQuery = { offering: { id: string, title: string, url: string | null, summary: string | null, descriptionText: string | null, format: Format | null, languages: Array<string>, cost: { kind: CostKind, amount: number | null, currency: string | null }, location: { name: string | null, address: string | null, district: string | null, latitude: number | null, longitude: number | null } | null, occurrences: Array<{ start: string, end: string | null, allDay: boolean, status: OccurrenceStatus, timeZone: string | null }>, provider: { id: string, name: string, kind: ProviderKind } | null } | null };

export type FeedHealthQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type FeedHealthQuery = { me: { role: string, provider: { id: string, name: string } | null }, feedsConnection: { edges: Array<{ node: { id: string, url: string, status: FeedStatus, provider: { id: string } | null, health: { status: string, lastSuccess: string | null, lastFailure: string | null, lastFailureReason: string | null, consecutiveFailures: number, nextRun: string | null }, runs: Array<{ finishedAt: string, outcome: HarvestOutcome, itemCount: number, added: number, updated: number, withdrawn: number, error: string | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };


export const SearchOfferingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchOfferings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferingSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"district"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextOccurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SearchOfferingsQuery, SearchOfferingsQueryVariables>;
export const OfferingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Offering"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offering"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionText"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<OfferingQuery, OfferingQueryVariables>;
export const FeedHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedHealth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccess"}},{"kind":"Field","name":{"kind":"Name","value":"lastFailure"}},{"kind":"Field","name":{"kind":"Name","value":"lastFailureReason"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"nextRun"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FeedHealthQuery, FeedHealthQueryVariables>;