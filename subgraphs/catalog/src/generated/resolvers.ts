import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OfferingRow, OccurrenceRow } from '../db/tables';
import type { OfferingConnectionModel, OfferingEdgeModel } from '../resolverModels';
import type { EntityReference } from '@campus/subgraph-runtime';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 8601 instant, e.g. 2026-12-01T17:00:00.000Z. */
  DateTime: { input: string; output: string | Date; }
  /** A harvest's snapshot as JSON, checked against the offering model on arrival. */
  FeedSnapshotDocument: { input: unknown; output: never; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Why an offering carries a topic or target group. */
export type ClassificationReason = {
  __typename?: 'ClassificationReason';
  /** The category or keywords that decided it. */
  evidence: Scalars['String']['output'];
  /** TOPIC or TARGET_GROUP. */
  facet: Scalars['String']['output'];
  /** CATEGORY (the feed's own category, mapped), KEYWORD (words in its text) or FEED_DEFAULT (what the partner registered the feed for). */
  source: Scalars['String']['output'];
  /** The topic or target group. */
  value: Scalars['String']['output'];
};

/** What taking part costs. */
export type Cost = {
  __typename?: 'Cost';
  /** The price when paid. */
  amount?: Maybe<Scalars['Float']['output']>;
  /** ISO 4217 currency of the price, e.g. EUR. */
  currency?: Maybe<Scalars['String']['output']>;
  /** Free, paid, or unknown. */
  kind: CostKind;
};

/** Whether taking part costs money. */
export type CostKind =
  /** Free of charge. */
  | 'FREE'
  /** A fee is charged. */
  | 'PAID'
  /** The source does not say. */
  | 'UNKNOWN';

/** How many offerings of the current result have each value of one facet. */
export type FacetValue = {
  __typename?: 'FacetValue';
  /** How many offerings have it. */
  count: Scalars['Int']['output'];
  /** The value in words, in the requested language. */
  label: Scalars['String']['output'];
  /** The value, as filters take it (an enum value, a language code, a district name, a provider id). */
  value: Scalars['String']['output'];
};

/** A partner's feed; the feeds service owns it. */
export type Feed = {
  __typename?: 'Feed';
  /** The feed's id. */
  id: Scalars['ID']['output'];
};

/** How an offering is held. */
export type Format =
  /** At a place and online at once. */
  | 'HYBRID'
  /** At a place. */
  | 'IN_PERSON'
  /** Online. */
  | 'ONLINE';

/** What an ingest changed. */
export type IngestCounts = {
  __typename?: 'IngestCounts';
  /** Offerings new to the catalogue. */
  added: Scalars['Int']['output'];
  /** Nothing was written: the snapshot asked to be held and would have withdrawn most of the feed's offerings still ahead; the counts say what it would have done. */
  held: Scalars['Boolean']['output'];
  /** Offerings seen again unchanged. */
  unchanged: Scalars['Int']['output'];
  /** Offerings whose content changed. */
  updated: Scalars['Int']['output'];
  /** Offerings gone from the feed and now withdrawn. */
  withdrawn: Scalars['Int']['output'];
};

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

/** Where an offering takes place. */
export type Location = {
  __typename?: 'Location';
  /** Street address as the source gives it. */
  address?: Maybe<Scalars['String']['output']>;
  /** Where the coordinates come from: FEED, or DISTRICT (the district's centre, as the feed gave none). */
  coordinatesFrom?: Maybe<Scalars['String']['output']>;
  /** Leipzig district (Ortsteil), where known. */
  district?: Maybe<Scalars['String']['output']>;
  /** WGS84 latitude. */
  latitude?: Maybe<Scalars['Float']['output']>;
  /** Town or city. */
  locality?: Maybe<Scalars['String']['output']>;
  /** WGS84 longitude. */
  longitude?: Maybe<Scalars['Float']['output']>;
  /** The venue's name. */
  name?: Maybe<Scalars['String']['output']>;
  /** Postcode. */
  postcode?: Maybe<Scalars['String']['output']>;
  /** Leipzig Stadtbezirk, where known. */
  stadtbezirk?: Maybe<Scalars['String']['output']>;
};

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

export type Mutation = {
  __typename?: 'Mutation';
  /** Applies one successful harvest of one feed in one transaction: new and changed offerings written, those missing withdrawn; or, held, nothing. */
  applyFeedSnapshot: IngestCounts;
  /** Brings the catalogue's copy of the providers' names and kinds up to date, for search and filters. */
  indexProviders: Scalars['Boolean']['output'];
  /** Withdraws every offering a feed brought, as when the feed is removed; returns how many. */
  withdrawFeedOfferings: Scalars['Int']['output'];
};


export type MutationApplyFeedSnapshotArgs = {
  snapshot: Scalars['FeedSnapshotDocument']['input'];
};


export type MutationIndexProvidersArgs = {
  providers: Array<ProviderSummaryInput>;
};


export type MutationWithdrawFeedOfferingsArgs = {
  at: Scalars['DateTime']['input'];
  feedId: Scalars['ID']['input'];
};

/** A circle on the map. */
export type NearFilter = {
  /** WGS84 latitude of the centre. */
  latitude: Scalars['Float']['input'];
  /** WGS84 longitude of the centre. */
  longitude: Scalars['Float']['input'];
  /** Radius in kilometres (more than 0, at most 1000). */
  radiusKm: Scalars['Float']['input'];
};

/** One date of an offering. */
export type Occurrence = {
  __typename?: 'Occurrence';
  /** Whether it takes whole days rather than a time of day. */
  allDay: Scalars['Boolean']['output'];
  /** End in the same form as start; for all-day items the last day itself. Null when unknown. */
  end?: Maybe<Scalars['String']['output']>;
  /** Start: an ISO 8601 instant in UTC, or a date (YYYY-MM-DD) when all-day. */
  start: Scalars['String']['output'];
  /** Scheduled or cancelled. */
  status: OccurrenceStatus;
  /** The source's own time zone (IANA name), for showing local times. */
  timeZone?: Maybe<Scalars['String']['output']>;
};

/** Whether one date still stands. */
export type OccurrenceStatus =
  /** The provider cancelled this date. */
  | 'CANCELLED'
  /** It takes place. */
  | 'SCHEDULED';

/** A course, workshop, lecture or event on digital skills, as harvested from a partner's feed. */
export type Offering = {
  __typename?: 'Offering';
  /** The source's own categories, as plain text (at most 50, each at most 100 characters). */
  categories: Array<Scalars['String']['output']>;
  /** Why it carries its topics and target groups. */
  classification: Array<ClassificationReason>;
  /** What taking part costs. */
  cost: Cost;
  /** The full description as sanitised HTML (paragraphs, lists, emphasis, http(s) and mailto links). */
  description?: Maybe<Scalars['String']['output']>;
  /** The full description as plain text (at most 20,000 characters). */
  descriptionText?: Maybe<Scalars['String']['output']>;
  /** In person, online or hybrid; null when the source does not say. */
  format?: Maybe<Format>;
  /** Stable id, derived from the feed and the item's key in it. */
  id: Scalars['ID']['output'];
  /** The picture the provider gives for it. */
  image?: Maybe<Scalars['String']['output']>;
  /** Languages it is held in (ISO 639-1 codes). */
  languages: Array<Scalars['String']['output']>;
  /** True when the languages were detected from the text because the feed did not state them. */
  languagesDetected: Scalars['Boolean']['output'];
  /** Beginner, intermediate or advanced; null when the source does not say. */
  level?: Maybe<Level>;
  /** Where it takes place; null for online offerings and where the source does not say. */
  location?: Maybe<Location>;
  /** The first date that is not over yet; null when none is left or it has no dates. */
  nextOccurrence?: Maybe<Occurrence>;
  /** When it takes place, earliest first; empty for self-paced offerings. */
  occurrences: Array<Occurrence>;
  /**
   * The provider that offers it; null only while the providers service cannot be reached (the
   * response's errors then say "provider names are unavailable right now").
   */
  provider?: Maybe<Provider>;
  /** Where the hub found it. */
  source: OfferingSource;
  /** Every feed that publishes this offering (one, or several partners announcing the same course). */
  sources: Array<OfferingSource>;
  /** Scheduled, cancelled, or withdrawn (gone from its feed). */
  status: OfferingStatus;
  /** A short plain-text teaser (at most 1,000 characters). */
  summary?: Maybe<Scalars['String']['output']>;
  /** Whom it is meant for. */
  targetGroups: Array<TargetGroup>;
  /** The title as the provider wrote it (plain text, at most 300 characters: a harvest cuts longer ones and warns). */
  title: Scalars['String']['output'];
  /** DigComp 2.2 competence areas it teaches. */
  topics: Array<Topic>;
  /** Course, workshop, lecture, ...; null when the source does not say. */
  type?: Maybe<OfferingType>;
  /** When the hub last changed this record. */
  updatedAt: Scalars['DateTime']['output'];
  /** The provider's own page for this offering. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A page of offerings, in the Relay connection shape. */
export type OfferingConnection = {
  __typename?: 'OfferingConnection';
  /** Where a search finds fewer than three offerings, or none as typed (only word forms, translations or typos): the search with each word that no offering holds, and that begins none, replaced by the nearest word that does (fewest typos, then the most common), where that search finds offerings as typed; spelt as the offerings write it. Null otherwise, and on later pages. */
  didYouMean?: Maybe<Scalars['String']['output']>;
  /** The offerings of this page with their cursors. */
  edges: Array<OfferingEdge>;
  /** Counts per facet value for this search and filter (over all pages). */
  facets: OfferingFacets;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many offerings match, over all pages. */
  totalCount: Scalars['Int']['output'];
};


/** A page of offerings, in the Relay connection shape. */
export type OfferingConnectionFacetsArgs = {
  lang?: InputMaybe<Lang>;
};

/** One offering in a page, with the cursor to continue after it. */
export type OfferingEdge = {
  __typename?: 'OfferingEdge';
  /** Pass as `after` to get the offerings that follow this one. */
  cursor: Scalars['String']['output'];
  /** With a search: why the offering matched, by the least exact way any word of the search did; null without a search. */
  matchedBy?: Maybe<MatchKind>;
  /** The offering. */
  node: Offering;
  /** With a search: an excerpt of the matching text, HTML-escaped, the matches wrapped in <mark> (the words as typed and the forms, corrections and translations that matched). */
  snippet?: Maybe<Scalars['String']['output']>;
};

/** Counts per facet for the current search and filters; each facet ignores its own filter, so a chosen value still shows how many the others have. */
export type OfferingFacets = {
  __typename?: 'OfferingFacets';
  /** Free, paid or unknown. */
  cost: Array<FacetValue>;
  /** Leipzig Ortsteile. */
  districts: Array<FacetValue>;
  /** Formats. */
  formats: Array<FacetValue>;
  /** Languages. */
  languages: Array<FacetValue>;
  /** Providers. */
  providers: Array<FacetValue>;
  /** Target groups. */
  targetGroups: Array<FacetValue>;
  /** DigComp areas. */
  topics: Array<FacetValue>;
  /** Types. */
  types: Array<FacetValue>;
};

/** Conditions on offerings; set fields are combined with AND, values inside one list with OR. */
export type OfferingFilter = {
  /** Only offerings in these Leipzig Ortsteile or Stadtbezirke (names as in `facets.districts`). */
  districts?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only offerings in these formats. */
  formats?: InputMaybe<Array<Format>>;
  /** Only offerings that are free of charge. */
  free?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only offerings with a date that is not over by this instant (default: now). Offerings without dates, such as self-paced courses, always match. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only these offerings, by id (up to 100). */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Include offerings their provider cancelled (default false). */
  includeCancelled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Include offerings withdrawn by their feed (default false). */
  includeWithdrawn?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only offerings in one of these languages (ISO 639-1 codes such as "de", "en"). */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only offerings at one of these levels. */
  levels?: InputMaybe<Array<Level>>;
  /** Only offerings that are free or cost at most this much (in their currency). */
  maxPrice?: InputMaybe<Scalars['Float']['input']>;
  /** Only offerings within a distance of a point. */
  near?: InputMaybe<NearFilter>;
  /** Only offerings of these providers. */
  providerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only offerings of providers of these kinds. */
  providerKinds?: InputMaybe<Array<ProviderKind>>;
  /** Only offerings for one of these groups. */
  targetGroups?: InputMaybe<Array<TargetGroup>>;
  /** Only offerings with a date starting at this time of day: morning (before 12), afternoon (12 to 17), evening (from 17). */
  timeOfDay?: InputMaybe<Array<TimeOfDay>>;
  /** Only offerings with a date that starts before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only offerings on one of these DigComp areas. */
  topics?: InputMaybe<Array<Topic>>;
  /** Only offerings of these types. */
  types?: InputMaybe<Array<OfferingType>>;
  /** Only offerings with a date on one of these weekdays (in its own time zone). */
  weekdays?: InputMaybe<Array<Weekday>>;
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

/** Where the hub found an offering. */
export type OfferingSource = {
  __typename?: 'OfferingSource';
  /**
   * The feed it came from; null where the caller may not see that feed (pending, paused or removed
   * feeds are shown to their partner and admins only, as by `feed(id:)`), or while the feeds service
   * cannot be reached.
   */
  feed?: Maybe<Feed>;
  /** When a harvest first found it. */
  firstSeen: Scalars['DateTime']['output'];
  /** The item's key in that feed (GUID, iCal UID, JSON id or URL). */
  itemKey: Scalars['String']['output'];
  /** When a harvest last found it. */
  lastSeen: Scalars['DateTime']['output'];
  /** The URL of the feed as harvested. */
  sourceUrl: Scalars['String']['output'];
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

/** Where a page stands in the whole result. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of the page: pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** An institution that offers courses. The providers service owns it; the catalogue adds its offerings. */
export type Provider = {
  __typename?: 'Provider';
  /** The provider's id. */
  id: Scalars['ID']['output'];
  /** This provider's offerings, soonest first. */
  offerings: OfferingConnection;
};


/** An institution that offers courses. The providers service owns it; the catalogue adds its offerings. */
export type ProviderOfferingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

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

/** What the catalogue keeps of a provider. */
export type ProviderSummaryInput = {
  /** The provider's id. */
  id: Scalars['ID']['input'];
  /** Its kind, for the filter. */
  kind: ProviderKind;
  /** Its name, searched as the offerings' provider. */
  name: Scalars['String']['input'];
};

/** The entry points of the Digital Campus Hub API. */
export type Query = {
  __typename?: 'Query';
  /** One offering by its id, withdrawn ones included; null when there is none. */
  offering?: Maybe<Offering>;
  /** Offerings in the catalogue, soonest first. Withdrawn offerings and those whose dates are all over are left out unless the filter asks for them. */
  offerings: OfferingConnection;
  /** Completions of what is being typed into a search, from the catalogue's titles, the partners' keywords, the DigComp topics and the providers' names: those the text begins first, then those with a later word it begins; topics, providers, keywords and titles in turn; then those of the most offerings. Each text once. Withdrawn offerings complete nothing. */
  suggest: Array<Suggestion>;
};


/** The entry points of the Digital Campus Hub API. */
export type QueryOfferingArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the Digital Campus Hub API. */
export type QueryOfferingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OfferingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<OfferingSort>;
};


/** The entry points of the Digital Campus Hub API. */
export type QuerySuggestArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  lang?: InputMaybe<Lang>;
  prefix: Scalars['String']['input'];
};

/** A completion of a search being typed. */
export type Suggestion = {
  __typename?: 'Suggestion';
  /** What the text is. */
  kind: SuggestionKind;
  /** The completed text, as the catalogue writes it. */
  text: Scalars['String']['output'];
  /** For a topic its value (to filter by `topics`), for a provider its id (to filter by `providerIds`); null otherwise. */
  value?: Maybe<Scalars['String']['output']>;
};

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



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Offering: Offering;
  Provider: Provider;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Offering:
    ( { __typename: 'Offering' }
    & GraphQLRecursivePick<FederationTypes['Offering'], {"id":true}> );
  Provider:
    ( { __typename: 'Provider' }
    & GraphQLRecursivePick<FederationTypes['Provider'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ClassificationReason: ResolverTypeWrapper<ClassificationReason>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Cost: ResolverTypeWrapper<Cost>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CostKind: CostKind;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FacetValue: ResolverTypeWrapper<FacetValue>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Feed: ResolverTypeWrapper<EntityReference>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  FeedSnapshotDocument: ResolverTypeWrapper<Scalars['FeedSnapshotDocument']['output']>;
  Format: Format;
  IngestCounts: ResolverTypeWrapper<IngestCounts>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Lang: Lang;
  Level: Level;
  Location: ResolverTypeWrapper<Location>;
  MatchKind: MatchKind;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NearFilter: NearFilter;
  Occurrence: ResolverTypeWrapper<OccurrenceRow>;
  OccurrenceStatus: OccurrenceStatus;
  Offering: ResolverTypeWrapper<OfferingRow>;
  OfferingConnection: ResolverTypeWrapper<OfferingConnectionModel>;
  OfferingEdge: ResolverTypeWrapper<OfferingEdgeModel>;
  OfferingFacets: ResolverTypeWrapper<OfferingFacets>;
  OfferingFilter: OfferingFilter;
  OfferingSort: OfferingSort;
  OfferingSource: ResolverTypeWrapper<Omit<OfferingSource, 'feed'> & { feed?: Maybe<ResolversTypes['Feed']> }>;
  OfferingStatus: OfferingStatus;
  OfferingType: OfferingType;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Provider: ResolverTypeWrapper<EntityReference>;
  ProviderKind: ProviderKind;
  ProviderSummaryInput: ProviderSummaryInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Suggestion: ResolverTypeWrapper<Suggestion>;
  SuggestionKind: SuggestionKind;
  TargetGroup: TargetGroup;
  TimeOfDay: TimeOfDay;
  Topic: Topic;
  Weekday: Weekday;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ClassificationReason: ClassificationReason;
  String: Scalars['String']['output'];
  Cost: Cost;
  Float: Scalars['Float']['output'];
  DateTime: Scalars['DateTime']['output'];
  FacetValue: FacetValue;
  Int: Scalars['Int']['output'];
  Feed: EntityReference;
  ID: Scalars['ID']['output'];
  FeedSnapshotDocument: Scalars['FeedSnapshotDocument']['output'];
  IngestCounts: IngestCounts;
  Boolean: Scalars['Boolean']['output'];
  Location: Location;
  Mutation: Record<PropertyKey, never>;
  NearFilter: NearFilter;
  Occurrence: OccurrenceRow;
  Offering: OfferingRow;
  OfferingConnection: OfferingConnectionModel;
  OfferingEdge: OfferingEdgeModel;
  OfferingFacets: OfferingFacets;
  OfferingFilter: OfferingFilter;
  OfferingSource: Omit<OfferingSource, 'feed'> & { feed?: Maybe<ResolversParentTypes['Feed']> };
  PageInfo: PageInfo;
  Provider: EntityReference;
  ProviderSummaryInput: ProviderSummaryInput;
  Query: Record<PropertyKey, never>;
  Suggestion: Suggestion;
};

export type ClassificationReasonResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['ClassificationReason'] = ResolversParentTypes['ClassificationReason']> = {
  evidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  facet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CostResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Cost'] = ResolversParentTypes['Cost']> = {
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CostKind'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FacetValueResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['FacetValue'] = ResolversParentTypes['FacetValue']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FeedResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Feed'] = ResolversParentTypes['Feed']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface FeedSnapshotDocumentScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FeedSnapshotDocument'], any> {
  name: 'FeedSnapshotDocument';
}

export type IngestCountsResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['IngestCounts'] = ResolversParentTypes['IngestCounts']> = {
  added?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  held?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LocationResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  coordinatesFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  locality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postcode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stadtbezirk?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  applyFeedSnapshot?: Resolver<ResolversTypes['IngestCounts'], ParentType, ContextType, RequireFields<MutationApplyFeedSnapshotArgs, 'snapshot'>>;
  indexProviders?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationIndexProvidersArgs, 'providers'>>;
  withdrawFeedOfferings?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationWithdrawFeedOfferingsArgs, 'at' | 'feedId'>>;
};

export type OccurrenceResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Occurrence'] = ResolversParentTypes['Occurrence']> = {
  allDay?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OccurrenceStatus'], ParentType, ContextType>;
  timeZone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OfferingResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Offering'] = ResolversParentTypes['Offering'], FederationReferenceType extends FederationReferenceTypes['Offering'] = FederationReferenceTypes['Offering']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Offering']> | FederationReferenceType, FederationReferenceType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  classification?: Resolver<Array<ResolversTypes['ClassificationReason']>, ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Cost'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  descriptionText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  format?: Resolver<Maybe<ResolversTypes['Format']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  image?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  languagesDetected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Level']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  nextOccurrence?: Resolver<Maybe<ResolversTypes['Occurrence']>, ParentType, ContextType>;
  occurrences?: Resolver<Array<ResolversTypes['Occurrence']>, ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['OfferingSource'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['OfferingSource']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OfferingStatus'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['TargetGroup']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['OfferingType']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OfferingConnectionResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['OfferingConnection'] = ResolversParentTypes['OfferingConnection']> = {
  didYouMean?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OfferingEdge']>, ParentType, ContextType>;
  facets?: Resolver<ResolversTypes['OfferingFacets'], ParentType, ContextType, RequireFields<OfferingConnectionFacetsArgs, 'lang'>>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OfferingEdgeResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['OfferingEdge'] = ResolversParentTypes['OfferingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matchedBy?: Resolver<Maybe<ResolversTypes['MatchKind']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Offering'], ParentType, ContextType>;
  snippet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OfferingFacetsResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['OfferingFacets'] = ResolversParentTypes['OfferingFacets']> = {
  cost?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
  districts?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
  formats?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
  providers?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
  types?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
};

export type OfferingSourceResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['OfferingSource'] = ResolversParentTypes['OfferingSource']> = {
  feed?: Resolver<Maybe<ResolversTypes['Feed']>, ParentType, ContextType>;
  firstSeen?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  itemKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastSeen?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sourceUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProviderResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Provider'] = ResolversParentTypes['Provider'], FederationReferenceType extends FederationReferenceTypes['Provider'] = FederationReferenceTypes['Provider']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Provider']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offerings?: Resolver<ResolversTypes['OfferingConnection'], ParentType, ContextType, Partial<ProviderOfferingsArgs>>;
};

export type QueryResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  offering?: Resolver<Maybe<ResolversTypes['Offering']>, ParentType, ContextType, RequireFields<QueryOfferingArgs, 'id'>>;
  offerings?: Resolver<ResolversTypes['OfferingConnection'], ParentType, ContextType, Partial<QueryOfferingsArgs>>;
  suggest?: Resolver<Array<ResolversTypes['Suggestion']>, ParentType, ContextType, RequireFields<QuerySuggestArgs, 'first' | 'lang' | 'prefix'>>;
};

export type SuggestionResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Suggestion'] = ResolversParentTypes['Suggestion']> = {
  kind?: Resolver<ResolversTypes['SuggestionKind'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = unknown> = {
  ClassificationReason?: ClassificationReasonResolvers<ContextType>;
  Cost?: CostResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  FacetValue?: FacetValueResolvers<ContextType>;
  Feed?: FeedResolvers<ContextType>;
  FeedSnapshotDocument?: GraphQLScalarType;
  IngestCounts?: IngestCountsResolvers<ContextType>;
  Location?: LocationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Occurrence?: OccurrenceResolvers<ContextType>;
  Offering?: OfferingResolvers<ContextType>;
  OfferingConnection?: OfferingConnectionResolvers<ContextType>;
  OfferingEdge?: OfferingEdgeResolvers<ContextType>;
  OfferingFacets?: OfferingFacetsResolvers<ContextType>;
  OfferingSource?: OfferingSourceResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Provider?: ProviderResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Suggestion?: SuggestionResolvers<ContextType>;
};

