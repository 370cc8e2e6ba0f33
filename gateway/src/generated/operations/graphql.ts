/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** One of the feed's categories and what it means. */
export type CategoryMappingInput = {
  /** The category as the feed writes it. */
  category: string;
  /** Topics (DigComp areas) and target groups it stands for, e.g. ["SAFETY", "CITIZENS"]. */
  values: Array<string>;
};

/** Whether taking part costs money. */
export type CostKind =
  /** Free of charge. */
  | 'FREE'
  /** A fee is charged. */
  | 'PAID'
  /** The source does not say. */
  | 'UNKNOWN';

/** A venue for items that name none. */
export type DefaultLocationInput = {
  /** Its address, e.g. "Löhrstraße 3-7, 04105 Leipzig". */
  address?: string | null | undefined;
  /** The venue's name. */
  name: string;
};

/** What a feed cannot say about its items. */
export type FeedDefaultsInput = {
  /** The feed's own categories as topics or target groups. */
  categoryMapping?: Array<CategoryMappingInput> | null | undefined;
  /** Languages of its items (ISO 639-1). */
  languages?: Array<string> | null | undefined;
  /** Where the items take place when they do not say. */
  location?: DefaultLocationInput | null | undefined;
  /** Whom its items are for, where they do not say. */
  targetGroups?: Array<string> | null | undefined;
  /** The IANA zone of times written without one (default Europe/Berlin). */
  timeZone?: string | null | undefined;
};

/** The formats the hub reads. */
export type FeedFormat =
  /** Atom 1.0. */
  | 'ATOM'
  /** iCalendar (RFC 5545). */
  | 'ICALENDAR'
  /** JSON Feed 1.0 or 1.1. */
  | 'JSONFEED'
  /** schema.org JSON-LD. */
  | 'JSONLD'
  /** MOOChub course lists. */
  | 'MOOCHUB'
  /** RSS 2.0, 0.9x or 1.0. */
  | 'RSS';

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

/** A feed to register. */
export type RegisterFeedInput = {
  /** What the feed cannot say itself. */
  defaults?: FeedDefaultsInput | null | undefined;
  /** The format, where known; left out, it is detected on every harvest. */
  format?: FeedFormat | null | undefined;
  /** Minutes between harvests (5 to 10080, default 60). */
  intervalMinutes?: number | null | undefined;
  /** The provider the feed speaks for (a partner may only name its own). */
  providerId: string | number;
  /** The feed's http(s) address. */
  url: string;
};

/** Languages of a report. */
export type ReportLanguage =
  /** German. */
  | 'DE'
  /** English. */
  | 'EN';

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

export type PortalMeQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalMeQuery = { me: { role: string, provider: { id: string, name: string } | null } };

export type PortalFeedFragment = { id: string, url: string, status: FeedStatus, provider: { id: string, name: string } | null, health: { status: string, nextRun: string | null, lastFailureReason: string | null, rejectionReason: string | null }, runs: Array<{ finishedAt: string, outcome: HarvestOutcome, itemCount: number, error: string | null }> };

export type PortalFeedsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type PortalFeedsQuery = { feedsConnection: { edges: Array<{ node: { id: string, url: string, status: FeedStatus, provider: { id: string, name: string } | null, health: { status: string, nextRun: string | null, lastFailureReason: string | null, rejectionReason: string | null }, runs: Array<{ finishedAt: string, outcome: HarvestOutcome, itemCount: number, error: string | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PortalFeedsNeedingAttentionQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type PortalFeedsNeedingAttentionQuery = { feedsNeedingAttentionConnection: { edges: Array<{ node: { id: string, url: string, status: FeedStatus, provider: { id: string, name: string } | null, health: { status: string, nextRun: string | null, lastFailureReason: string | null, rejectionReason: string | null }, runs: Array<{ finishedAt: string, outcome: HarvestOutcome, itemCount: number, error: string | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PortalOfferingCountQueryVariables = Exact<{
  providerId: string | number;
}>;


export type PortalOfferingCountQuery = { offerings: { totalCount: number } };

type PortalFeedResult_FeedChanged_Fragment = { __typename: 'FeedChanged', feed: { id: string, status: FeedStatus } };

type PortalFeedResult_FeedLimitReached_Fragment = { __typename: 'FeedLimitReached', message: string };

type PortalFeedResult_FeedUrlRefused_Fragment = { __typename: 'FeedUrlRefused', message: string };

type PortalFeedResult_NotAllowed_Fragment = { __typename: 'NotAllowed', message: string };

type PortalFeedResult_NotFound_Fragment = { __typename: 'NotFound', message: string };

type PortalFeedResult_ValidationFailed_Fragment = { __typename: 'ValidationFailed', message: string };

export type PortalFeedResultFragment =
  | PortalFeedResult_FeedChanged_Fragment
  | PortalFeedResult_FeedLimitReached_Fragment
  | PortalFeedResult_FeedUrlRefused_Fragment
  | PortalFeedResult_NotAllowed_Fragment
  | PortalFeedResult_NotFound_Fragment
  | PortalFeedResult_ValidationFailed_Fragment
;

export type PortalValidateFeedMutationVariables = Exact<{
  url: string;
  lang?: ReportLanguage | null | undefined;
}>;


export type PortalValidateFeedMutation = { validateFeed:
    | { __typename: 'FeedUrlRefused', message: string }
    | { __typename: 'FeedValidation', format: FeedFormat | null, offeringCount: number, warnings: Array<string>, errors: Array<string>, offerings: Array<{ title: string, firstStart: string | null, place: string | null }> }
    | { __typename: 'NotAllowed', message: string }
   };

export type PortalRegisterFeedMutationVariables = Exact<{
  input: RegisterFeedInput;
}>;


export type PortalRegisterFeedMutation = { registerFeed:
    | { __typename: 'FeedChanged', feed: { id: string, status: FeedStatus } }
    | { __typename: 'FeedLimitReached', message: string }
    | { __typename: 'FeedUrlRefused', message: string }
    | { __typename: 'NotAllowed', message: string }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'ValidationFailed', message: string }
   };

export type PortalApproveFeedMutationVariables = Exact<{
  id: string | number;
}>;


export type PortalApproveFeedMutation = { approveFeed:
    | { __typename: 'FeedChanged', feed: { id: string, status: FeedStatus } }
    | { __typename: 'FeedLimitReached', message: string }
    | { __typename: 'FeedUrlRefused', message: string }
    | { __typename: 'NotAllowed', message: string }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'ValidationFailed', message: string }
   };

export type PortalRejectFeedMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type PortalRejectFeedMutation = { rejectFeed:
    | { __typename: 'FeedChanged', feed: { id: string, status: FeedStatus } }
    | { __typename: 'FeedLimitReached', message: string }
    | { __typename: 'FeedUrlRefused', message: string }
    | { __typename: 'NotAllowed', message: string }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'ValidationFailed', message: string }
   };

export type PortalPauseFeedMutationVariables = Exact<{
  id: string | number;
}>;


export type PortalPauseFeedMutation = { pauseFeed:
    | { __typename: 'FeedChanged', feed: { id: string, status: FeedStatus } }
    | { __typename: 'FeedLimitReached', message: string }
    | { __typename: 'FeedUrlRefused', message: string }
    | { __typename: 'NotAllowed', message: string }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'ValidationFailed', message: string }
   };

export type PortalResumeFeedMutationVariables = Exact<{
  id: string | number;
}>;


export type PortalResumeFeedMutation = { resumeFeed:
    | { __typename: 'FeedChanged', feed: { id: string, status: FeedStatus } }
    | { __typename: 'FeedLimitReached', message: string }
    | { __typename: 'FeedUrlRefused', message: string }
    | { __typename: 'NotAllowed', message: string }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'ValidationFailed', message: string }
   };

export type PortalHarvestFeedNowMutationVariables = Exact<{
  id: string | number;
}>;


export type PortalHarvestFeedNowMutation = { harvestFeedNow:
    | { __typename: 'FeedChanged', feed: { id: string, status: FeedStatus } }
    | { __typename: 'FeedLimitReached', message: string }
    | { __typename: 'FeedUrlRefused', message: string }
    | { __typename: 'NotAllowed', message: string }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'ValidationFailed', message: string }
   };

export type PortalConfirmFeedWithdrawalsMutationVariables = Exact<{
  id: string | number;
}>;


export type PortalConfirmFeedWithdrawalsMutation = { confirmFeedWithdrawals:
    | { __typename: 'FeedChanged', feed: { id: string, status: FeedStatus } }
    | { __typename: 'FeedLimitReached', message: string }
    | { __typename: 'FeedUrlRefused', message: string }
    | { __typename: 'NotAllowed', message: string }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'ValidationFailed', message: string }
   };

export type CatalogueQueryVariables = Exact<{
  search?: string | null | undefined;
  filter?: OfferingFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  lang?: Lang | null | undefined;
  facets: boolean;
}>;


export type CatalogueQuery = { offerings: { totalCount: number, didYouMean: string | null, facets?: { topics: Array<{ value: string, label: string, count: number }>, targetGroups: Array<{ value: string, label: string, count: number }>, formats: Array<{ value: string, label: string, count: number }>, districts: Array<{ value: string, label: string, count: number }> }, edges: Array<{ matchedBy: MatchKind | null, node: { id: string, title: string, url: string | null, summary: string | null, descriptionText: string | null, format: Format | null, cost: { kind: CostKind, amount: number | null, currency: string | null }, location: { name: string | null, address: string | null, district: string | null } | null, occurrences: Array<{ start: string, end: string | null, allDay: boolean, status: OccurrenceStatus }>, provider: { name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SuggestQueryVariables = Exact<{
  prefix: string;
  lang?: Lang | null | undefined;
}>;


export type SuggestQuery = { suggest: Array<{ text: string, kind: SuggestionKind, value: string | null }> };

export const PortalFeedFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalFeed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextRun"}},{"kind":"Field","name":{"kind":"Name","value":"lastFailureReason"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<PortalFeedFragment, unknown>;
export const PortalFeedResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalFeedResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotAllowed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedUrlRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedLimitReached"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PortalFeedResultFragment, unknown>;
export const PortalMeDocument = {"__meta__":{"hash":"sha256:b2c3d6fd653b3c3b7463931661e10757df599ef44dcfbc3c0cae69f9ed6bf1fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PortalMeQuery, PortalMeQueryVariables>;
export const PortalFeedsDocument = {"__meta__":{"hash":"sha256:5fadbe18b018fd7768d0f887d506d40d689f714a9fccd2ba8cdb82e8dfb84638"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalFeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalFeed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalFeed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextRun"}},{"kind":"Field","name":{"kind":"Name","value":"lastFailureReason"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<PortalFeedsQuery, PortalFeedsQueryVariables>;
export const PortalFeedsNeedingAttentionDocument = {"__meta__":{"hash":"sha256:e132dbc71e82714e856a86597dfd21baceb17960773f62b10696abadf8038800"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalFeedsNeedingAttention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedsNeedingAttentionConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalFeed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalFeed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextRun"}},{"kind":"Field","name":{"kind":"Name","value":"lastFailureReason"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<PortalFeedsNeedingAttentionQuery, PortalFeedsNeedingAttentionQueryVariables>;
export const PortalOfferingCountDocument = {"__meta__":{"hash":"sha256:00d4cbd724628070ea8981430d4a1eba49e62da120df4b6d79e9e0f357f2b8af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalOfferingCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providerIds"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<PortalOfferingCountQuery, PortalOfferingCountQueryVariables>;
export const PortalValidateFeedDocument = {"__meta__":{"hash":"sha256:f1e6351002a937f490e31eda56bdcf0fdc0241ac9c20a393e40cfdac66638b84"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalValidateFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportLanguage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedValidation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"offeringCount"}},{"kind":"Field","name":{"kind":"Name","value":"offerings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"firstStart"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotAllowed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedUrlRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PortalValidateFeedMutation, PortalValidateFeedMutationVariables>;
export const PortalRegisterFeedDocument = {"__meta__":{"hash":"sha256:de177a86f91997d6337ad26090c3a04abd0bc4d6bd99dd73d8b393aa77b85c9d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalRegisterFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterFeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalFeedResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalFeedResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotAllowed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedUrlRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedLimitReached"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PortalRegisterFeedMutation, PortalRegisterFeedMutationVariables>;
export const PortalApproveFeedDocument = {"__meta__":{"hash":"sha256:e3f97995f404c0b109e878cad1b0020493e9e3633617977319cf660e2931cd89"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalApproveFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalFeedResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalFeedResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotAllowed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedUrlRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedLimitReached"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PortalApproveFeedMutation, PortalApproveFeedMutationVariables>;
export const PortalRejectFeedDocument = {"__meta__":{"hash":"sha256:851e16fd607740d2ad32e265ae40d1bbe81d970599959f358cd7e46d7e82d51c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalRejectFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalFeedResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalFeedResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotAllowed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedUrlRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedLimitReached"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PortalRejectFeedMutation, PortalRejectFeedMutationVariables>;
export const PortalPauseFeedDocument = {"__meta__":{"hash":"sha256:abd4e822557817dab207d038491a26b9868f7e5f94ae0e10ae9e8c1a4ab6dc5b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalPauseFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalFeedResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalFeedResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotAllowed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedUrlRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedLimitReached"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PortalPauseFeedMutation, PortalPauseFeedMutationVariables>;
export const PortalResumeFeedDocument = {"__meta__":{"hash":"sha256:47ba5e2577bd918eeb12800094ee799d028d8699dd54ea41663259a03d096e54"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalResumeFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalFeedResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalFeedResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotAllowed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedUrlRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedLimitReached"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PortalResumeFeedMutation, PortalResumeFeedMutationVariables>;
export const PortalHarvestFeedNowDocument = {"__meta__":{"hash":"sha256:6321e2c6248b0593a9bd11dd84bc7106db97862209a9daaf2fd36036b137a3e1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalHarvestFeedNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"harvestFeedNow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalFeedResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalFeedResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotAllowed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedUrlRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedLimitReached"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PortalHarvestFeedNowMutation, PortalHarvestFeedNowMutationVariables>;
export const PortalConfirmFeedWithdrawalsDocument = {"__meta__":{"hash":"sha256:cf621dd6f963429567597c47ec9d14cc0b5a5d377154660d9c538e2eb45e0db8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalConfirmFeedWithdrawals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmFeedWithdrawals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalFeedResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalFeedResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotAllowed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedUrlRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedLimitReached"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PortalConfirmFeedWithdrawalsMutation, PortalConfirmFeedWithdrawalsMutationVariables>;
export const CatalogueDocument = {"__meta__":{"hash":"sha256:aa37c18d2a4621d5fc38fb2e8037173674a1a7ee292fdb6a42b744411d69df49"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Catalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facets"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"didYouMean"}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facets"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchedBy"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionText"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"district"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueQuery, CatalogueQueryVariables>;
export const SuggestDocument = {"__meta__":{"hash":"sha256:4c14dfe2fb0bc930c89958966763fe2133b4ca7d086661893df4af41857c8fde"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Suggest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<SuggestQuery, SuggestQueryVariables>;