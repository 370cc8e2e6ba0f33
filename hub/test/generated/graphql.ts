/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** How an offering matched a search. Offerings rank in this order first (all exact matches before all word forms, and so on), then by BM25 among those that match alike. */
export type MatchKind =
  /** A word found inside a longer one from three letters on ("schutz" in "Datenschutz"), unless it is inside more than 300 words of the catalogue; or two words typed apart that the catalogue writes as one ("Video Schnitt" for "Videoschnitt"). */
  | 'COMPOUND_PART'
  /** Every word as typed, or as the beginning of a word ("Digi" in "Digitalisierung"); words of one or two letters whole ("KI"). */
  | 'EXACT'
  /** A synonym or abbreviation in the same language from the hub's thesaurus: "KI" for "künstliche Intelligenz", "DSGVO" for "Datenschutz-Grundverordnung". */
  | 'SYNONYM'
  /** The same concept in the other language (German or English) from the hub's thesaurus: "encryption" for "Verschlüsselung". */
  | 'TRANSLATION'
  /** A word of the catalogue one typo away from what was typed (insertion, deletion, substitution or transposition of letters): one typo from five letters on, two from nine; shorter words, numbers, function words and words the catalogue holds as typed are never corrected. */
  | 'TYPO'
  /** Another form of a word (German and English Snowball stems): "Kurse" for "Kurs", "courses" for "course". */
  | 'WORD_FORM';

/** A circle on the map. */
export type NearFilter = {
  /** WGS84 latitude of the centre. */
  latitude: number;
  /** WGS84 longitude of the centre. */
  longitude: number;
  /** Radius in kilometres (more than 0, at most 1000). */
  radiusKm: number;
};

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

/** Whether an offering still stands. */
export type OfferingStatus =
  /** The provider cancelled it. */
  | 'CANCELLED'
  /** It takes place as announced. */
  | 'SCHEDULED'
  /** It disappeared from its feed; kept for the record. */
  | 'WITHDRAWN';

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

/** What a completion is. */
export type SuggestionKind =
  /** A keyword a partner tags offerings with. */
  | 'KEYWORD'
  /** A provider of offerings. */
  | 'PROVIDER'
  /** The title of an offering. */
  | 'TITLE'
  /** A DigComp 2.2 competence area. */
  | 'TOPIC';

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

export type DataTopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type DataTopicsQuery = { offerings: { totalCount: number, facets: { topics: Array<{ label: string, count: number }> } } };

export type EveningDistrictsQueryVariables = Exact<{ [key: string]: never; }>;


export type EveningDistrictsQuery = { offerings: { facets: { districts: Array<{ value: string, count: number }> } } };

export type OfferingIdsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OfferingIdsQuery = { offerings: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DemoFeedAddressQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoFeedAddressQuery = { feed: { url: string } | null };

export type OnlineOfferingsQueryVariables = Exact<{ [key: string]: never; }>;


export type OnlineOfferingsQuery = { offerings: { edges: Array<{ node: { id: string, title: string, occurrences: Array<{ start: string }> } }> } };

export type FreeOfDataProtectionQueryVariables = Exact<{ [key: string]: never; }>;


export type FreeOfDataProtectionQuery = { offerings: { edges: Array<{ node: { title: string } }> } };

export type DemoFeedUrlQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoFeedUrlQuery = { feed: { url: string } | null };

export type NewImageEditingCoursesQueryVariables = Exact<{ [key: string]: never; }>;


export type NewImageEditingCoursesQuery = { offerings: { edges: Array<{ node: { title: string, provider: { name: string } | null } }> } };

export type NewImageEditingCountQueryVariables = Exact<{ [key: string]: never; }>;


export type NewImageEditingCountQuery = { offerings: { totalCount: number } };

export type PartnerOfferingsQueryVariables = Exact<{
  all?: boolean | null | undefined;
}>;


export type PartnerOfferingsQuery = { offerings: { edges: Array<{ node: { id: string, title: string, status: OfferingStatus } }> } };

export type PartnerFeedHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerFeedHealthQuery = { feed: { lastHarvest: { outcome: HarvestOutcome, error: string | null, added: number, updated: number, unchanged: number, withdrawn: number, itemCount: number } | null, runs: Array<{ outcome: HarvestOutcome }> } | null };

export type HostileCountQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type HostileCountQuery = { offerings: { totalCount: number } };

export type HostileRunQueryVariables = Exact<{ [key: string]: never; }>;


export type HostileRunQuery = { feed: { lastHarvest: { outcome: HarvestOutcome, warnings: Array<string> } | null } | null };

export type HostileItemsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type HostileItemsQuery = { offerings: { edges: Array<{ node: { title: string, url: string | null, description: string | null, categories: Array<string>, occurrences: Array<{ start: string }> } }> } };

export type HostileSearchQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type HostileSearchQuery = { offerings: { totalCount: number, didYouMean: string | null, edges: Array<{ matchedBy: MatchKind | null, snippet: string | null, node: { title: string } }> } };

export type HostileSuggestQueryVariables = Exact<{
  prefix: string;
}>;


export type HostileSuggestQuery = { suggest: Array<{ text: string, kind: SuggestionKind }> };

export type PageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PageQuery = { offerings: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, title: string, provider: { id: string, name: string, kind: ProviderKind } | null, source: { itemKey: string, firstSeen: string, feed: { id: string, url: string, lastHarvest: { outcome: HarvestOutcome, itemCount: number } | null } | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FiftyWithProvidersAndFeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type FiftyWithProvidersAndFeedsQuery = { offerings: { edges: Array<{ node: { title: string, provider: { name: string } | null, source: { feed: { url: string } | null } } }> } };

export type DatedQueryVariables = Exact<{
  from?: string | null | undefined;
}>;


export type DatedQuery = { offerings: { totalCount: number, edges: Array<{ node: { occurrences: Array<{ start: string, end: string | null }> } }> } };

export type PythonCoursesQueryVariables = Exact<{ [key: string]: never; }>;


export type PythonCoursesQuery = { offerings: { edges: Array<{ node: { title: string, descriptionText: string | null } }> } };

export type OfferingWithoutVenueQueryVariables = Exact<{ [key: string]: never; }>;


export type OfferingWithoutVenueQuery = { offerings: { edges: Array<{ node: { topics: Array<Topic>, location: { name: string | null, district: string | null } | null, classification: Array<{ source: string, evidence: string }> } }> } };

export type StoredInPostgresQueryVariables = Exact<{ [key: string]: never; }>;


export type StoredInPostgresQuery = { providers: Array<{ id: string }>, feeds: Array<{ id: string, lastHarvest: { outcome: HarvestOutcome, added: number } | null }>, offerings: { totalCount: number } };

export type SearchedInPostgresQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchedInPostgresQuery = { offerings: { totalCount: number, edges: Array<{ node: { title: string } }> } };

export type CountedInPostgresQueryVariables = Exact<{ [key: string]: never; }>;


export type CountedInPostgresQuery = { offerings: { totalCount: number } };

export type LibraryOfferingsQueryVariables = Exact<{ [key: string]: never; }>;


export type LibraryOfferingsQuery = { offerings: { totalCount: number } };

export type ProvidersWithCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvidersWithCountsQuery = { providers: Array<{ name: string, offerings: { totalCount: number } }> };

export type OfferingCountQueryVariables = Exact<{ [key: string]: never; }>;


export type OfferingCountQuery = { offerings: { totalCount: number } };

export type HarvestedThroughIngestQueryVariables = Exact<{ [key: string]: never; }>;


export type HarvestedThroughIngestQuery = { offerings: { totalCount: number }, feeds: Array<{ id: string, lastHarvest: { outcome: HarvestOutcome, added: number } | null }> };

export type SearchByNewNameQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchByNewNameQuery = { offerings: { totalCount: number } };

export type FirstOfferingQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstOfferingQuery = { offerings: { totalCount: number, edges: Array<{ node: { title: string } }> } };

export type SearchCountQueryVariables = Exact<{
  s?: string | null | undefined;
}>;


export type SearchCountQuery = { offerings: { totalCount: number } };

export type FirstTenDatesQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstTenDatesQuery = { offerings: { edges: Array<{ node: { occurrences: Array<{ start: string, allDay: boolean }> } }> } };

export type FilteredCountQueryVariables = Exact<{
  f?: OfferingFilter | null | undefined;
}>;


export type FilteredCountQuery = { offerings: { totalCount: number } };

export type WidgetCompletionsQueryVariables = Exact<{
  p: string;
  lang?: Lang | null | undefined;
}>;


export type WidgetCompletionsQuery = { suggest: Array<{ text: string, kind: SuggestionKind, value: string | null }> };

export type WidgetSearchCountQueryVariables = Exact<{
  s?: string | null | undefined;
}>;


export type WidgetSearchCountQuery = { offerings: { totalCount: number } };

export type WidgetMisspeltQueryVariables = Exact<{
  s?: string | null | undefined;
}>;


export type WidgetMisspeltQuery = { offerings: { totalCount: number, didYouMean: string | null, edges: Array<{ matchedBy: MatchKind | null }> } };

export type WidgetCorrectedQueryVariables = Exact<{
  s?: string | null | undefined;
}>;


export type WidgetCorrectedQuery = { offerings: { totalCount: number, didYouMean: string | null } };

export type TeacherOfferingCountQueryVariables = Exact<{ [key: string]: never; }>;


export type TeacherOfferingCountQuery = { offerings: { totalCount: number } };

export type EmbedTeacherOfferingCountQueryVariables = Exact<{ [key: string]: never; }>;


export type EmbedTeacherOfferingCountQuery = { offerings: { totalCount: number } };


export const DataTopicsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"Daten","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DataTopicsQuery, DataTopicsQueryVariables>;
export const EveningDistrictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EveningDistricts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"timeOfDay"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"EVENING"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EveningDistrictsQuery, EveningDistrictsQueryVariables>;
export const OfferingIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferingIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OfferingIdsQuery, OfferingIdsQueryVariables>;
export const DemoFeedAddressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoFeedAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"vhs-leipzig-kurse","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<DemoFeedAddressQuery, DemoFeedAddressQueryVariables>;
export const OnlineOfferingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OnlineOfferings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"formats"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ONLINE"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OnlineOfferingsQuery, OnlineOfferingsQueryVariables>;
export const FreeOfDataProtectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FreeOfDataProtection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"Datenschutz","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"free"},"value":{"kind":"BooleanValue","value":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FreeOfDataProtectionQuery, FreeOfDataProtectionQueryVariables>;
export const DemoFeedUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoFeedUrl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"vhs-leipzig-kurse","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<DemoFeedUrlQuery, DemoFeedUrlQueryVariables>;
export const NewImageEditingCoursesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewImageEditingCourses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"Bildbearbeitung Neuer","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NewImageEditingCoursesQuery, NewImageEditingCoursesQueryVariables>;
export const NewImageEditingCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewImageEditingCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"Bildbearbeitung Neuer","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<NewImageEditingCountQuery, NewImageEditingCountQueryVariables>;
export const PartnerOfferingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerOfferings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"all"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"includeWithdrawn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"all"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerOfferingsQuery, PartnerOfferingsQueryVariables>;
export const PartnerFeedHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerFeedHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"partner-feed","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastHarvest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerFeedHealthQuery, PartnerFeedHealthQueryVariables>;
export const HostileCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostileCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<HostileCountQuery, HostileCountQueryVariables>;
export const HostileRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostileRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"hostile","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastHarvest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}}]}}]} as unknown as DocumentNode<HostileRunQuery, HostileRunQueryVariables>;
export const HostileItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostileItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HostileItemsQuery, HostileItemsQueryVariables>;
export const HostileSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostileSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"didYouMean"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchedBy"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HostileSearchQuery, HostileSearchQueryVariables>;
export const HostileSuggestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostileSuggest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<HostileSuggestQuery, HostileSuggestQueryVariables>;
export const PageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Page"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemKey"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"lastHarvest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PageQuery, PageQueryVariables>;
export const FiftyWithProvidersAndFeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FiftyWithProvidersAndFeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FiftyWithProvidersAndFeedsQuery, FiftyWithProvidersAndFeedsQueryVariables>;
export const DatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurrences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DatedQuery, DatedQueryVariables>;
export const PythonCoursesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PythonCourses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"python kurs","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionText"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PythonCoursesQuery, PythonCoursesQueryVariables>;
export const OfferingWithoutVenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferingWithoutVenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"Kurs ohne Ort","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"district"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfferingWithoutVenueQuery, OfferingWithoutVenueQueryVariables>;
export const StoredInPostgresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoredInPostgres"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastHarvest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"added"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offerings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<StoredInPostgresQuery, StoredInPostgresQueryVariables>;
export const SearchedInPostgresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchedInPostgres"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"Datenschutz","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchedInPostgresQuery, SearchedInPostgresQueryVariables>;
export const CountedInPostgresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountedInPostgres"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CountedInPostgresQuery, CountedInPostgresQueryVariables>;
export const LibraryOfferingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LibraryOfferings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providerIds"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"stadtbibliothek","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<LibraryOfferingsQuery, LibraryOfferingsQueryVariables>;
export const ProvidersWithCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvidersWithCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<ProvidersWithCountsQuery, ProvidersWithCountsQueryVariables>;
export const OfferingCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferingCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<OfferingCountQuery, OfferingCountQueryVariables>;
export const HarvestedThroughIngestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HarvestedThroughIngest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastHarvest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"added"}}]}}]}}]}}]} as unknown as DocumentNode<HarvestedThroughIngestQuery, HarvestedThroughIngestQueryVariables>;
export const SearchByNewNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchByNewName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"Hochschule","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providerIds"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"htwk-leipzig","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SearchByNewNameQuery, SearchByNewNameQueryVariables>;
export const FirstOfferingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstOffering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FirstOfferingQuery, FirstOfferingQueryVariables>;
export const SearchCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SearchCountQuery, SearchCountQueryVariables>;
export const FirstTenDatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstTenDates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurrences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FirstTenDatesQuery, FirstTenDatesQueryVariables>;
export const FilteredCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilteredCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferingFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<FilteredCountQuery, FilteredCountQueryVariables>;
export const WidgetCompletionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WidgetCompletions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<WidgetCompletionsQuery, WidgetCompletionsQueryVariables>;
export const WidgetSearchCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WidgetSearchCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<WidgetSearchCountQuery, WidgetSearchCountQueryVariables>;
export const WidgetMisspeltDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WidgetMisspelt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"didYouMean"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchedBy"}}]}}]}}]}}]} as unknown as DocumentNode<WidgetMisspeltQuery, WidgetMisspeltQueryVariables>;
export const WidgetCorrectedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WidgetCorrected"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"didYouMean"}}]}}]}}]} as unknown as DocumentNode<WidgetCorrectedQuery, WidgetCorrectedQueryVariables>;
export const TeacherOfferingCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeacherOfferingCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"targetGroups"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"TEACHERS"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<TeacherOfferingCountQuery, TeacherOfferingCountQueryVariables>;
export const EmbedTeacherOfferingCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmbedTeacherOfferingCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"targetGroups"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"TEACHERS"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<EmbedTeacherOfferingCountQuery, EmbedTeacherOfferingCountQueryVariables>;