import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { FeedRow, HarvestRunRow } from '../db/tables';
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
  _FieldSet: { input: unknown; output: unknown; }
};

/** One entry of the audit log. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** REGISTER, APPROVE, REJECT, UPDATE, PAUSE, RESUME, HARVEST or REMOVE. */
  action: Scalars['String']['output'];
  /** The key that did it ("operator" for the configuration file). */
  actor: Scalars['String']['output'];
  /** When. */
  at: Scalars['DateTime']['output'];
  /** What changed, as JSON. */
  details: Scalars['String']['output'];
  /** The feed. */
  feedId: Scalars['ID']['output'];
  /** The role of that key. */
  role: Scalars['String']['output'];
};

/** One of the feed's categories and what it means. */
export type CategoryMappingInput = {
  /** The category as the feed writes it. */
  category: Scalars['String']['input'];
  /** Topics (DigComp areas) and target groups it stands for, e.g. ["SAFETY", "CITIZENS"]. */
  values: Array<Scalars['String']['input']>;
};

/** A venue for items that name none. */
export type DefaultLocationInput = {
  /** Its address, e.g. "Löhrstraße 3-7, 04105 Leipzig". */
  address?: InputMaybe<Scalars['String']['input']>;
  /** The venue's name. */
  name: Scalars['String']['input'];
};

/** A partner's feed that the hub harvests on a schedule. */
export type Feed = {
  __typename?: 'Feed';
  /** The format stated at registration, else the one the last harvest detected. */
  format?: Maybe<FeedFormat>;
  /** How the feed is doing, at a glance. */
  health: FeedHealth;
  /** Short stable id, e.g. "vhs-leipzig-kurse". */
  id: Scalars['ID']['output'];
  /** Minutes between harvests. */
  intervalMinutes: Scalars['Int']['output'];
  /** The most recent harvest, whatever its outcome; null before the first. */
  lastHarvest?: Maybe<HarvestRun>;
  /** When the next harvest is due. */
  nextHarvestAt: Scalars['DateTime']['output'];
  /** The provider whose offerings the feed carries; null only while the providers service cannot be reached. */
  provider?: Maybe<Provider>;
  /** The most recent harvests, newest first. */
  runs: Array<HarvestRun>;
  /** Whether the feed is harvested. */
  status: FeedStatus;
  /** Where the feed is fetched from. */
  url: Scalars['String']['output'];
};


/** A partner's feed that the hub harvests on a schedule. */
export type FeedRunsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The change was made. */
export type FeedChanged = {
  __typename?: 'FeedChanged';
  /** The feed as it is now. */
  feed: Feed;
};

/** A page of feeds. */
export type FeedConnection = {
  __typename?: 'FeedConnection';
  /** The feeds of this page with their cursors. */
  edges: Array<FeedEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many feeds the caller may see in this list, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** What a feed cannot say about its items. */
export type FeedDefaultsInput = {
  /** The feed's own categories as topics or target groups. */
  categoryMapping?: InputMaybe<Array<CategoryMappingInput>>;
  /** Languages of its items (ISO 639-1). */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Where the items take place when they do not say. */
  location?: InputMaybe<DefaultLocationInput>;
  /** Whom its items are for, where they do not say. */
  targetGroups?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The IANA zone of times written without one (default Europe/Berlin). */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** One feed in a page, with the cursor to continue after it. */
export type FeedEdge = {
  __typename?: 'FeedEdge';
  /** Pass as `after` to get the feeds that follow this one. */
  cursor: Scalars['String']['output'];
  /** The feed. */
  node: Feed;
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

/** How a feed is doing. */
export type FeedHealth = {
  __typename?: 'FeedHealth';
  /** Failures since the last success. */
  consecutiveFailures: Scalars['Int']['output'];
  /** When a harvest last failed. */
  lastFailure?: Maybe<Scalars['DateTime']['output']>;
  /** Why it last failed. */
  lastFailureReason?: Maybe<Scalars['String']['output']>;
  /** When it was last harvested with success. */
  lastSuccess?: Maybe<Scalars['DateTime']['output']>;
  /** When the next harvest is due; null while it is not harvested. */
  nextRun?: Maybe<Scalars['DateTime']['output']>;
  /** Why an admin rejected it. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** HEALTHY, FAILING (three failures in a row), STALE (no success for three intervals), HELD (the last harvest would have withdrawn more than half of the offerings still ahead and waits for confirmFeedWithdrawals), PAUSED, PENDING, REJECTED or REMOVED. */
  status: Scalars['String']['output'];
};

/** The provider has as many feeds as it may have. */
export type FeedLimitReached = {
  __typename?: 'FeedLimitReached';
  /** The limit, in plain words. */
  message: Scalars['String']['output'];
};

/** What a change to a feed can come to. */
export type FeedResult = FeedChanged | FeedLimitReached | FeedUrlRefused | NotAllowed | NotFound | ValidationFailed;

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

/** The address is not one the hub fetches: not http(s), or a private, loopback or link-local host. */
export type FeedUrlRefused = {
  __typename?: 'FeedUrlRefused';
  /** Why, in plain words. */
  message: Scalars['String']['output'];
  /** The address as given. */
  url: Scalars['String']['output'];
};

/** The report of a dry run. */
export type FeedValidation = {
  __typename?: 'FeedValidation';
  /** Why the feed cannot be harvested; empty when it can. */
  errors: Array<Scalars['String']['output']>;
  /** The format the feed was read as; null when it could not be read. */
  format?: Maybe<FeedFormat>;
  /** How many offerings a harvest would bring. */
  offeringCount: Scalars['Int']['output'];
  /** The first few offerings, as the catalogue would show them. */
  offerings: Array<ValidatedOffering>;
  /** What would be skipped or guessed, in plain words. */
  warnings: Array<Scalars['String']['output']>;
};

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

/** One harvest of one feed. */
export type HarvestRun = {
  __typename?: 'HarvestRun';
  /** Offerings new to the catalogue. */
  added: Scalars['Int']['output'];
  /** How long it took, in milliseconds. */
  durationMs: Scalars['Int']['output'];
  /** Why the harvest failed; null unless it did. */
  error?: Maybe<Scalars['String']['output']>;
  /** When it finished. */
  finishedAt: Scalars['DateTime']['output'];
  /** The format the feed was read as. */
  format?: Maybe<FeedFormat>;
  /** The run's id, for paging. */
  id: Scalars['ID']['output'];
  /** How many offerings the feed held. */
  itemCount: Scalars['Int']['output'];
  /** How it went. */
  outcome: HarvestOutcome;
  /** When it started. */
  startedAt: Scalars['DateTime']['output'];
  /** Offerings found as they were. */
  unchanged: Scalars['Int']['output'];
  /** Offerings that changed. */
  updated: Scalars['Int']['output'];
  /** What the harvest had to skip or guess, in plain words. */
  warnings: Array<Scalars['String']['output']>;
  /** Offerings gone from the feed, now withdrawn. */
  withdrawn: Scalars['Int']['output'];
};

/** What partners and admins do with feeds. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Approves a pending feed, which is then harvested on its schedule (admins). */
  approveFeed: FeedResult;
  /** Lets the next harvest of a held feed (health HELD) withdraw the offerings it no longer lists, and harvests it now (its partner, or admins). */
  confirmFeedWithdrawals: FeedResult;
  /** Harvests a feed now and returns it with the new run (its partner, or admins). */
  harvestFeedNow: FeedResult;
  /** Stops harvesting a feed until it is resumed (its partner, or admins). */
  pauseFeed: FeedResult;
  /** Registers a feed for a provider. A partner's feed waits for an admin's approval; an admin's is harvested at once. */
  registerFeed: FeedResult;
  /** Rejects a pending feed, with the reason its partner will read (admins). */
  rejectFeed: FeedResult;
  /** Removes a feed: its offerings are withdrawn, its history is kept (its partner, or admins). */
  removeFeed: FeedResult;
  /** Harvests a paused feed on its schedule again (its partner, or admins). */
  resumeFeed: FeedResult;
  /** Changes a feed's address, format, interval or defaults (its partner, or admins). */
  updateFeed: FeedResult;
  /** Tries a feed as a harvest would (fetch, detect, parse, normalise) and writes nothing: the format found, how many offerings, the first few of them, and every warning and error. Needs a partner or admin key. */
  validateFeed: ValidateFeedResult;
};


/** What partners and admins do with feeds. */
export type MutationApproveFeedArgs = {
  id: Scalars['ID']['input'];
};


/** What partners and admins do with feeds. */
export type MutationConfirmFeedWithdrawalsArgs = {
  id: Scalars['ID']['input'];
};


/** What partners and admins do with feeds. */
export type MutationHarvestFeedNowArgs = {
  id: Scalars['ID']['input'];
};


/** What partners and admins do with feeds. */
export type MutationPauseFeedArgs = {
  id: Scalars['ID']['input'];
};


/** What partners and admins do with feeds. */
export type MutationRegisterFeedArgs = {
  input: RegisterFeedInput;
};


/** What partners and admins do with feeds. */
export type MutationRejectFeedArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** What partners and admins do with feeds. */
export type MutationRemoveFeedArgs = {
  id: Scalars['ID']['input'];
};


/** What partners and admins do with feeds. */
export type MutationResumeFeedArgs = {
  id: Scalars['ID']['input'];
};


/** What partners and admins do with feeds. */
export type MutationUpdateFeedArgs = {
  id: Scalars['ID']['input'];
  input: UpdateFeedInput;
};


/** What partners and admins do with feeds. */
export type MutationValidateFeedArgs = {
  format?: InputMaybe<FeedFormat>;
  lang?: InputMaybe<ReportLanguage>;
  url: Scalars['String']['input'];
};

/** The caller may not do this (no key, or a key without the right). */
export type NotAllowed = {
  __typename?: 'NotAllowed';
  /** Why not, in plain words. */
  message: Scalars['String']['output'];
};

/** There is no such thing (or none the caller may see). */
export type NotFound = {
  __typename?: 'NotFound';
  /** What was not found. */
  message: Scalars['String']['output'];
};

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

/** An institution that offers courses; the providers service owns it. */
export type Provider = {
  __typename?: 'Provider';
  /** The provider's id. */
  id: Scalars['ID']['output'];
};

/** The entry points of the Digital Campus Hub API. */
export type Query = {
  __typename?: 'Query';
  /** Who registered, approved, rejected, changed or removed feeds, and when, newest first (admins). */
  auditLog: Array<AuditEntry>;
  /** One feed by its id; null when there is none. */
  feed?: Maybe<Feed>;
  /**
   * Feeds: for the public those harvested; for a partner also its own pending, paused and rejected ones; for admins all.
   * Deprecated: page through `feedsConnection`.
   * @deprecated Use feedsConnection, which pages; removed after 2027-06-01.
   */
  feeds: Array<Feed>;
  /** Feeds by id, a page at a time: for the public those harvested; for a partner also its own pending, paused and rejected ones; for admins all. */
  feedsConnection: FeedConnection;
  /**
   * Feeds that want an admin's eye: waiting for approval, or failing three times in a row (admins).
   * Deprecated: page through `feedsNeedingAttentionConnection`.
   * @deprecated Use feedsNeedingAttentionConnection, which pages; removed after 2027-06-01.
   */
  feedsNeedingAttention: Array<Feed>;
  /** Feeds that want an admin's eye, by id, a page at a time: waiting for approval, or failing three times in a row (admins). */
  feedsNeedingAttentionConnection: FeedConnection;
};


/** The entry points of the Digital Campus Hub API. */
export type QueryAuditLogArgs = {
  feedId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points of the Digital Campus Hub API. */
export type QueryFeedArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the Digital Campus Hub API. */
export type QueryFeedsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points of the Digital Campus Hub API. */
export type QueryFeedsNeedingAttentionConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A feed to register. */
export type RegisterFeedInput = {
  /** What the feed cannot say itself. */
  defaults?: InputMaybe<FeedDefaultsInput>;
  /** The format, where known; left out, it is detected on every harvest. */
  format?: InputMaybe<FeedFormat>;
  /** Minutes between harvests (5 to 10080, default 60). */
  intervalMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** The provider the feed speaks for (a partner may only name its own). */
  providerId: Scalars['ID']['input'];
  /** The feed's http(s) address. */
  url: Scalars['String']['input'];
};

/** Languages of a report. */
export type ReportLanguage =
  /** German. */
  | 'DE'
  /** English. */
  | 'EN';

/** Changes to a feed. */
export type UpdateFeedInput = {
  /** New defaults (they replace the old ones). */
  defaults?: InputMaybe<FeedDefaultsInput>;
  /** A new format. */
  format?: InputMaybe<FeedFormat>;
  /** Minutes between harvests (5 to 10080). */
  intervalMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** A new address. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** What validating a feed can come to. */
export type ValidateFeedResult = FeedUrlRefused | FeedValidation | NotAllowed;

/** An offering as a dry run found it. */
export type ValidatedOffering = {
  __typename?: 'ValidatedOffering';
  /** How many dates it has. */
  dateCount: Scalars['Int']['output'];
  /** Its first date, as an ISO 8601 instant or date; null when it has none. */
  firstStart?: Maybe<Scalars['String']['output']>;
  /** Its languages. */
  languages: Array<Scalars['String']['output']>;
  /** Where it takes place. */
  place?: Maybe<Scalars['String']['output']>;
  /** The groups it was classified for. */
  targetGroups: Array<Scalars['String']['output']>;
  /** The title. */
  title: Scalars['String']['output'];
  /** The DigComp areas it was classified under. */
  topics: Array<Scalars['String']['output']>;
  /** The provider's page for it. */
  url?: Maybe<Scalars['String']['output']>;
};

/** The feed cannot be read; nothing was registered. */
export type ValidationFailed = {
  __typename?: 'ValidationFailed';
  /** Why, in plain words. */
  message: Scalars['String']['output'];
  /** The dry run's report. */
  report: FeedValidation;
};



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
  Feed: Feed;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Feed:
    ( { __typename: 'Feed' }
    & GraphQLRecursivePick<FederationTypes['Feed'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  FeedResult:
    | ( Omit<FeedChanged, 'feed'> & { feed: _RefType['Feed'] } )
    | ( FeedLimitReached )
    | ( FeedUrlRefused )
    | ( NotAllowed )
    | ( NotFound )
    | ( ValidationFailed )
  ;
  ValidateFeedResult:
    | ( FeedUrlRefused )
    | ( FeedValidation )
    | ( NotAllowed )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CategoryMappingInput: CategoryMappingInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DefaultLocationInput: DefaultLocationInput;
  Feed: ResolverTypeWrapper<FeedRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  FeedChanged: ResolverTypeWrapper<Omit<FeedChanged, 'feed'> & { feed: ResolversTypes['Feed'] }>;
  FeedConnection: ResolverTypeWrapper<Omit<FeedConnection, 'edges'> & { edges: Array<ResolversTypes['FeedEdge']> }>;
  FeedDefaultsInput: FeedDefaultsInput;
  FeedEdge: ResolverTypeWrapper<Omit<FeedEdge, 'node'> & { node: ResolversTypes['Feed'] }>;
  FeedFormat: FeedFormat;
  FeedHealth: ResolverTypeWrapper<FeedHealth>;
  FeedLimitReached: ResolverTypeWrapper<FeedLimitReached>;
  FeedResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['FeedResult']>;
  FeedStatus: FeedStatus;
  FeedUrlRefused: ResolverTypeWrapper<FeedUrlRefused>;
  FeedValidation: ResolverTypeWrapper<FeedValidation>;
  HarvestOutcome: HarvestOutcome;
  HarvestRun: ResolverTypeWrapper<HarvestRunRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NotAllowed: ResolverTypeWrapper<NotAllowed>;
  NotFound: ResolverTypeWrapper<NotFound>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Provider: ResolverTypeWrapper<EntityReference>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterFeedInput: RegisterFeedInput;
  ReportLanguage: ReportLanguage;
  UpdateFeedInput: UpdateFeedInput;
  ValidateFeedResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ValidateFeedResult']>;
  ValidatedOffering: ResolverTypeWrapper<ValidatedOffering>;
  ValidationFailed: ResolverTypeWrapper<ValidationFailed>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditEntry: AuditEntry;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  CategoryMappingInput: CategoryMappingInput;
  DateTime: Scalars['DateTime']['output'];
  DefaultLocationInput: DefaultLocationInput;
  Feed: FeedRow;
  Int: Scalars['Int']['output'];
  FeedChanged: Omit<FeedChanged, 'feed'> & { feed: ResolversParentTypes['Feed'] };
  FeedConnection: Omit<FeedConnection, 'edges'> & { edges: Array<ResolversParentTypes['FeedEdge']> };
  FeedDefaultsInput: FeedDefaultsInput;
  FeedEdge: Omit<FeedEdge, 'node'> & { node: ResolversParentTypes['Feed'] };
  FeedHealth: FeedHealth;
  FeedLimitReached: FeedLimitReached;
  FeedResult: ResolversUnionTypes<ResolversParentTypes>['FeedResult'];
  FeedUrlRefused: FeedUrlRefused;
  FeedValidation: FeedValidation;
  HarvestRun: HarvestRunRow;
  Mutation: Record<PropertyKey, never>;
  NotAllowed: NotAllowed;
  NotFound: NotFound;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Provider: EntityReference;
  Query: Record<PropertyKey, never>;
  RegisterFeedInput: RegisterFeedInput;
  UpdateFeedInput: UpdateFeedInput;
  ValidateFeedResult: ResolversUnionTypes<ResolversParentTypes>['ValidateFeedResult'];
  ValidatedOffering: ValidatedOffering;
  ValidationFailed: ValidationFailed;
};

export type AuditEntryResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  feedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FeedResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Feed'] = ResolversParentTypes['Feed'], FederationReferenceType extends FederationReferenceTypes['Feed'] = FederationReferenceTypes['Feed']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Feed']> | FederationReferenceType, FederationReferenceType, ContextType>;
  format?: Resolver<Maybe<ResolversTypes['FeedFormat']>, ParentType, ContextType>;
  health?: Resolver<ResolversTypes['FeedHealth'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intervalMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastHarvest?: Resolver<Maybe<ResolversTypes['HarvestRun']>, ParentType, ContextType>;
  nextHarvestAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType>;
  runs?: Resolver<Array<ResolversTypes['HarvestRun']>, ParentType, ContextType, Partial<FeedRunsArgs>>;
  status?: Resolver<ResolversTypes['FeedStatus'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FeedChangedResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['FeedChanged'] = ResolversParentTypes['FeedChanged']> = {
  feed?: Resolver<ResolversTypes['Feed'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FeedConnectionResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['FeedConnection'] = ResolversParentTypes['FeedConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FeedEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FeedEdgeResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['FeedEdge'] = ResolversParentTypes['FeedEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Feed'], ParentType, ContextType>;
};

export type FeedHealthResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['FeedHealth'] = ResolversParentTypes['FeedHealth']> = {
  consecutiveFailures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastFailure?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastFailureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastSuccess?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  nextRun?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FeedLimitReachedResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['FeedLimitReached'] = ResolversParentTypes['FeedLimitReached']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FeedResultResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['FeedResult'] = ResolversParentTypes['FeedResult']> = {
  __resolveType: TypeResolveFn<'FeedChanged' | 'FeedLimitReached' | 'FeedUrlRefused' | 'NotAllowed' | 'NotFound' | 'ValidationFailed', ParentType, ContextType>;
};

export type FeedUrlRefusedResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['FeedUrlRefused'] = ResolversParentTypes['FeedUrlRefused']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FeedValidationResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['FeedValidation'] = ResolversParentTypes['FeedValidation']> = {
  errors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  format?: Resolver<Maybe<ResolversTypes['FeedFormat']>, ParentType, ContextType>;
  offeringCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offerings?: Resolver<Array<ResolversTypes['ValidatedOffering']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HarvestRunResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['HarvestRun'] = ResolversParentTypes['HarvestRun']> = {
  added?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  format?: Resolver<Maybe<ResolversTypes['FeedFormat']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['HarvestOutcome'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  approveFeed?: Resolver<ResolversTypes['FeedResult'], ParentType, ContextType, RequireFields<MutationApproveFeedArgs, 'id'>>;
  confirmFeedWithdrawals?: Resolver<ResolversTypes['FeedResult'], ParentType, ContextType, RequireFields<MutationConfirmFeedWithdrawalsArgs, 'id'>>;
  harvestFeedNow?: Resolver<ResolversTypes['FeedResult'], ParentType, ContextType, RequireFields<MutationHarvestFeedNowArgs, 'id'>>;
  pauseFeed?: Resolver<ResolversTypes['FeedResult'], ParentType, ContextType, RequireFields<MutationPauseFeedArgs, 'id'>>;
  registerFeed?: Resolver<ResolversTypes['FeedResult'], ParentType, ContextType, RequireFields<MutationRegisterFeedArgs, 'input'>>;
  rejectFeed?: Resolver<ResolversTypes['FeedResult'], ParentType, ContextType, RequireFields<MutationRejectFeedArgs, 'id' | 'reason'>>;
  removeFeed?: Resolver<ResolversTypes['FeedResult'], ParentType, ContextType, RequireFields<MutationRemoveFeedArgs, 'id'>>;
  resumeFeed?: Resolver<ResolversTypes['FeedResult'], ParentType, ContextType, RequireFields<MutationResumeFeedArgs, 'id'>>;
  updateFeed?: Resolver<ResolversTypes['FeedResult'], ParentType, ContextType, RequireFields<MutationUpdateFeedArgs, 'id' | 'input'>>;
  validateFeed?: Resolver<ResolversTypes['ValidateFeedResult'], ParentType, ContextType, RequireFields<MutationValidateFeedArgs, 'url'>>;
};

export type NotAllowedResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['NotAllowed'] = ResolversParentTypes['NotAllowed']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotFoundResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['NotFound'] = ResolversParentTypes['NotFound']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProviderResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Provider'] = ResolversParentTypes['Provider']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditLog?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, Partial<QueryAuditLogArgs>>;
  feed?: Resolver<Maybe<ResolversTypes['Feed']>, ParentType, ContextType, RequireFields<QueryFeedArgs, 'id'>>;
  feeds?: Resolver<Array<ResolversTypes['Feed']>, ParentType, ContextType>;
  feedsConnection?: Resolver<ResolversTypes['FeedConnection'], ParentType, ContextType, RequireFields<QueryFeedsConnectionArgs, 'first'>>;
  feedsNeedingAttention?: Resolver<Array<ResolversTypes['Feed']>, ParentType, ContextType>;
  feedsNeedingAttentionConnection?: Resolver<ResolversTypes['FeedConnection'], ParentType, ContextType, RequireFields<QueryFeedsNeedingAttentionConnectionArgs, 'first'>>;
};

export type ValidateFeedResultResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['ValidateFeedResult'] = ResolversParentTypes['ValidateFeedResult']> = {
  __resolveType: TypeResolveFn<'FeedUrlRefused' | 'FeedValidation' | 'NotAllowed', ParentType, ContextType>;
};

export type ValidatedOfferingResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['ValidatedOffering'] = ResolversParentTypes['ValidatedOffering']> = {
  dateCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstStart?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ValidationFailedResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['ValidationFailed'] = ResolversParentTypes['ValidationFailed']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['FeedValidation'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = unknown> = {
  AuditEntry?: AuditEntryResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Feed?: FeedResolvers<ContextType>;
  FeedChanged?: FeedChangedResolvers<ContextType>;
  FeedConnection?: FeedConnectionResolvers<ContextType>;
  FeedEdge?: FeedEdgeResolvers<ContextType>;
  FeedHealth?: FeedHealthResolvers<ContextType>;
  FeedLimitReached?: FeedLimitReachedResolvers<ContextType>;
  FeedResult?: FeedResultResolvers<ContextType>;
  FeedUrlRefused?: FeedUrlRefusedResolvers<ContextType>;
  FeedValidation?: FeedValidationResolvers<ContextType>;
  HarvestRun?: HarvestRunResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NotAllowed?: NotAllowedResolvers<ContextType>;
  NotFound?: NotFoundResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Provider?: ProviderResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ValidateFeedResult?: ValidateFeedResultResolvers<ContextType>;
  ValidatedOffering?: ValidatedOfferingResolvers<ContextType>;
  ValidationFailed?: ValidationFailedResolvers<ContextType>;
};

