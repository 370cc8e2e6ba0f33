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

/** How an offering is held. */
export type Format =
  /** At a place and online at once. */
  | 'HYBRID'
  /** At a place. */
  | 'IN_PERSON'
  /** Online. */
  | 'ONLINE';

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

export type ExportOfferingsQueryVariables = Exact<{
  search?: string | null | undefined;
  filter?: OfferingFilter | null | undefined;
  sort?: OfferingSort | null | undefined;
  first?: number | null | undefined;
}>;


export type ExportOfferingsQuery = { offerings: { edges: Array<{ node: { id: string, title: string, summary: string | null, descriptionText: string | null, url: string | null, languages: Array<string>, type: OfferingType | null, format: Format | null, updatedAt: string, cost: { kind: CostKind, amount: number | null, currency: string | null }, location: { name: string | null, address: string | null, postcode: string | null, locality: string | null, district: string | null, latitude: number | null, longitude: number | null } | null, occurrences: Array<{ start: string, end: string | null, timeZone: string | null, allDay: boolean, status: OccurrenceStatus }>, provider: { id: string } | null } }> } };


export const ExportOfferingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportOfferings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferingSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionText"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportOfferingsQuery, ExportOfferingsQueryVariables>;