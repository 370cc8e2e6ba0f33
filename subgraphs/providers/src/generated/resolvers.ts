import type { GraphQLResolveInfo } from 'graphql';
import type { ProviderRow } from '../db/tables';
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
  _FieldSet: { input: unknown; output: unknown; }
};

/** An API key, without the key itself. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When it was made. */
  createdAt: Scalars['String']['output'];
  /** The key's id. */
  id: Scalars['ID']['output'];
  /** When it was last used. */
  lastUsedAt?: Maybe<Scalars['String']['output']>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** The provider a partner key acts for. */
  providerId?: Maybe<Scalars['ID']['output']>;
  /** When it was revoked; null while it works. */
  revokedAt?: Maybe<Scalars['String']['output']>;
  /** ADMIN or PARTNER. */
  role: Scalars['String']['output'];
};

/** A page of API keys. */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  /** The keys of this page with their cursors. */
  edges: Array<ApiKeyEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many keys the caller may see, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One API key in a page, with the cursor to continue after it. */
export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** Pass as `after` to get the keys that follow this one. */
  cursor: Scalars['String']['output'];
  /** The key (never its secret). */
  node: ApiKey;
};

/** A new key: `key` is shown this once. */
export type ApiKeyIssued = {
  __typename?: 'ApiKeyIssued';
  /** The key's id. */
  id: Scalars['ID']['output'];
  /** The key itself, to send as "Authorization: Bearer <key>". The hub keeps only its hash. */
  key: Scalars['String']['output'];
};

/** What a change to an API key can come to. */
export type ApiKeyResult = ApiKeyIssued | ApiKeyRevoked | NotAllowed | NotFound;

/** The key no longer works. */
export type ApiKeyRevoked = {
  __typename?: 'ApiKeyRevoked';
  /** The key's id. */
  id: Scalars['ID']['output'];
};

/** Who is calling. */
export type Caller = {
  __typename?: 'Caller';
  /** The provider a partner acts for. */
  provider?: Maybe<Provider>;
  /** PUBLIC, PARTNER or ADMIN. */
  role: Scalars['String']['output'];
};

/** The identity an API key stands for. */
export type KeyIdentity = {
  __typename?: 'KeyIdentity';
  /** The key's id. */
  keyId: Scalars['ID']['output'];
  /** The provider a partner key acts for; null for an admin key. */
  providerId?: Maybe<Scalars['ID']['output']>;
  /** ADMIN or PARTNER. */
  role: Scalars['String']['output'];
};

/** What admins and partners do with providers and keys. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Makes an API key, shown once in the answer: a partner for its own provider, an admin for anyone. */
  createApiKey: ApiKeyResult;
  /** Adds a provider (admins). */
  createProvider: ProviderResult;
  /** Revokes a key at once. */
  revokeApiKey: ApiKeyResult;
  /** Replaces a key with a new one (shown once) and revokes the old. */
  rotateApiKey: ApiKeyResult;
  /** Changes a provider: admins all of it; a partner its own provider's description, website and contact. */
  updateProvider: ProviderResult;
};


/** What admins and partners do with providers and keys. */
export type MutationCreateApiKeyArgs = {
  name: Scalars['String']['input'];
  providerId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
};


/** What admins and partners do with providers and keys. */
export type MutationCreateProviderArgs = {
  input: ProviderInput;
};


/** What admins and partners do with providers and keys. */
export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/** What admins and partners do with providers and keys. */
export type MutationRotateApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/** What admins and partners do with providers and keys. */
export type MutationUpdateProviderArgs = {
  id: Scalars['ID']['input'];
  input: ProviderUpdate;
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

/** An institution that offers courses: a university, the adult-education centre, a city office, an initiative. */
export type Provider = {
  __typename?: 'Provider';
  /** E-mail or phone for questions about its courses. */
  contact?: Maybe<Scalars['String']['output']>;
  /** A few words about the provider. */
  description?: Maybe<Scalars['String']['output']>;
  /** Short stable id, e.g. "uni-leipzig". */
  id: Scalars['ID']['output'];
  /** What kind of institution it is. */
  kind: ProviderKind;
  /** The provider's name. */
  name: Scalars['String']['output'];
  /** The provider's website. */
  website?: Maybe<Scalars['String']['output']>;
};

/** The change was made. */
export type ProviderChanged = {
  __typename?: 'ProviderChanged';
  /** The provider as it is now. */
  provider: Provider;
};

/** A page of providers. */
export type ProviderConnection = {
  __typename?: 'ProviderConnection';
  /** The providers of this page with their cursors. */
  edges: Array<ProviderEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many providers there are, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One provider in a page, with the cursor to continue after it. */
export type ProviderEdge = {
  __typename?: 'ProviderEdge';
  /** Pass as `after` to get the providers that follow this one. */
  cursor: Scalars['String']['output'];
  /** The provider. */
  node: Provider;
};

/** A new provider. */
export type ProviderInput = {
  /** E-mail or phone for questions about its courses: plain text, at most 500 characters. */
  contact?: InputMaybe<Scalars['String']['input']>;
  /** A few words about it, at most 5,000 characters; HTML is kept to paragraphs, lists, emphasis and http(s) links. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Short stable id, lower-case letters, digits and dashes. */
  id: Scalars['ID']['input'];
  /** What kind of institution. */
  kind: ProviderKind;
  /** The name: plain text (markup is dropped), at most 200 characters. */
  name: Scalars['String']['input'];
  /** Its website: an http(s) URL of at most 2,048 characters. */
  website?: InputMaybe<Scalars['String']['input']>;
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

/** What a change to a provider can come to. */
export type ProviderResult = NotAllowed | NotFound | ProviderChanged;

/** Changes to a provider. */
export type ProviderUpdate = {
  /** New contact details: plain text (markup is dropped), at most 500 characters. */
  contact?: InputMaybe<Scalars['String']['input']>;
  /** A new description, at most 5,000 characters; HTML is kept to paragraphs, lists, emphasis and http(s) links. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A new kind (admins). */
  kind?: InputMaybe<ProviderKind>;
  /** A new name (admins): plain text, at most 200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new website: an http(s) URL of at most 2,048 characters. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** The entry points of the Digital Campus Hub API. */
export type Query = {
  __typename?: 'Query';
  /**
   * API keys: a partner's own provider's, or all for admins. Deprecated: page through `apiKeysConnection`.
   * @deprecated Use apiKeysConnection, which pages; removed after 2027-06-01.
   */
  apiKeys: Array<ApiKey>;
  /** API keys, newest first, a page at a time: a partner's own provider's partner keys, or all for admins; none for the public. */
  apiKeysConnection: ApiKeyConnection;
  /** Who an API key stands for; null for an unknown or revoked key. Internal to the hub: the gateway asks it of every key it is sent, wherever this service runs. Hidden from the public API; callable only with the gateway's signed service header. */
  keyIdentity?: Maybe<KeyIdentity>;
  /** Who the caller is, by the key it sent. */
  me: Caller;
  /** One provider by its id; null when there is none. */
  provider?: Maybe<Provider>;
  /**
   * Every provider, by name. Deprecated: a regional hub has thousands; page through `providersConnection`.
   * @deprecated Use providersConnection, which pages; removed after 2027-06-01.
   */
  providers: Array<Provider>;
  /** The providers by name, a page at a time. */
  providersConnection: ProviderConnection;
};


/** The entry points of the Digital Campus Hub API. */
export type QueryApiKeysConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points of the Digital Campus Hub API. */
export type QueryKeyIdentityArgs = {
  key: Scalars['String']['input'];
};


/** The entry points of the Digital Campus Hub API. */
export type QueryProviderArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the Digital Campus Hub API. */
export type QueryProvidersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  Provider: Provider;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Provider:
    ( { __typename: 'Provider' }
    & GraphQLRecursivePick<FederationTypes['Provider'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  ApiKeyResult:
    | ( ApiKeyIssued )
    | ( ApiKeyRevoked )
    | ( NotAllowed )
    | ( NotFound )
  ;
  ProviderResult:
    | ( NotAllowed )
    | ( NotFound )
    | ( Omit<ProviderChanged, 'provider'> & { provider: _RefType['Provider'] } )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ApiKey: ResolverTypeWrapper<ApiKey>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ApiKeyConnection: ResolverTypeWrapper<ApiKeyConnection>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ApiKeyEdge: ResolverTypeWrapper<ApiKeyEdge>;
  ApiKeyIssued: ResolverTypeWrapper<ApiKeyIssued>;
  ApiKeyResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ApiKeyResult']>;
  ApiKeyRevoked: ResolverTypeWrapper<ApiKeyRevoked>;
  Caller: ResolverTypeWrapper<Omit<Caller, 'provider'> & { provider?: Maybe<ResolversTypes['Provider']> }>;
  KeyIdentity: ResolverTypeWrapper<KeyIdentity>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NotAllowed: ResolverTypeWrapper<NotAllowed>;
  NotFound: ResolverTypeWrapper<NotFound>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Provider: ResolverTypeWrapper<ProviderRow>;
  ProviderChanged: ResolverTypeWrapper<Omit<ProviderChanged, 'provider'> & { provider: ResolversTypes['Provider'] }>;
  ProviderConnection: ResolverTypeWrapper<Omit<ProviderConnection, 'edges'> & { edges: Array<ResolversTypes['ProviderEdge']> }>;
  ProviderEdge: ResolverTypeWrapper<Omit<ProviderEdge, 'node'> & { node: ResolversTypes['Provider'] }>;
  ProviderInput: ProviderInput;
  ProviderKind: ProviderKind;
  ProviderResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ProviderResult']>;
  ProviderUpdate: ProviderUpdate;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ApiKey: ApiKey;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  ApiKeyConnection: ApiKeyConnection;
  Int: Scalars['Int']['output'];
  ApiKeyEdge: ApiKeyEdge;
  ApiKeyIssued: ApiKeyIssued;
  ApiKeyResult: ResolversUnionTypes<ResolversParentTypes>['ApiKeyResult'];
  ApiKeyRevoked: ApiKeyRevoked;
  Caller: Omit<Caller, 'provider'> & { provider?: Maybe<ResolversParentTypes['Provider']> };
  KeyIdentity: KeyIdentity;
  Mutation: Record<PropertyKey, never>;
  NotAllowed: NotAllowed;
  NotFound: NotFound;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Provider: ProviderRow;
  ProviderChanged: Omit<ProviderChanged, 'provider'> & { provider: ResolversParentTypes['Provider'] };
  ProviderConnection: Omit<ProviderConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProviderEdge']> };
  ProviderEdge: Omit<ProviderEdge, 'node'> & { node: ResolversParentTypes['Provider'] };
  ProviderInput: ProviderInput;
  ProviderResult: ResolversUnionTypes<ResolversParentTypes>['ProviderResult'];
  ProviderUpdate: ProviderUpdate;
  Query: Record<PropertyKey, never>;
};

export type ApiKeyResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  providerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ApiKeyConnectionResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['ApiKeyConnection'] = ResolversParentTypes['ApiKeyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ApiKeyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ApiKeyEdgeResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['ApiKeyEdge'] = ResolversParentTypes['ApiKeyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
};

export type ApiKeyIssuedResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['ApiKeyIssued'] = ResolversParentTypes['ApiKeyIssued']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApiKeyResultResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['ApiKeyResult'] = ResolversParentTypes['ApiKeyResult']> = {
  __resolveType: TypeResolveFn<'ApiKeyIssued' | 'ApiKeyRevoked' | 'NotAllowed' | 'NotFound', ParentType, ContextType>;
};

export type ApiKeyRevokedResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['ApiKeyRevoked'] = ResolversParentTypes['ApiKeyRevoked']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CallerResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Caller'] = ResolversParentTypes['Caller']> = {
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type KeyIdentityResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['KeyIdentity'] = ResolversParentTypes['KeyIdentity']> = {
  keyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  providerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createApiKey?: Resolver<ResolversTypes['ApiKeyResult'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'name'>>;
  createProvider?: Resolver<ResolversTypes['ProviderResult'], ParentType, ContextType, RequireFields<MutationCreateProviderArgs, 'input'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKeyResult'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  rotateApiKey?: Resolver<ResolversTypes['ApiKeyResult'], ParentType, ContextType, RequireFields<MutationRotateApiKeyArgs, 'id'>>;
  updateProvider?: Resolver<ResolversTypes['ProviderResult'], ParentType, ContextType, RequireFields<MutationUpdateProviderArgs, 'id' | 'input'>>;
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

export type ProviderResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Provider'] = ResolversParentTypes['Provider'], FederationReferenceType extends FederationReferenceTypes['Provider'] = FederationReferenceTypes['Provider']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Provider']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProviderKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProviderChangedResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['ProviderChanged'] = ResolversParentTypes['ProviderChanged']> = {
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProviderConnectionResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['ProviderConnection'] = ResolversParentTypes['ProviderConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProviderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProviderEdgeResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['ProviderEdge'] = ResolversParentTypes['ProviderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
};

export type ProviderResultResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['ProviderResult'] = ResolversParentTypes['ProviderResult']> = {
  __resolveType: TypeResolveFn<'NotAllowed' | 'NotFound' | 'ProviderChanged', ParentType, ContextType>;
};

export type QueryResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  apiKeysConnection?: Resolver<ResolversTypes['ApiKeyConnection'], ParentType, ContextType, RequireFields<QueryApiKeysConnectionArgs, 'first'>>;
  keyIdentity?: Resolver<Maybe<ResolversTypes['KeyIdentity']>, ParentType, ContextType, RequireFields<QueryKeyIdentityArgs, 'key'>>;
  me?: Resolver<ResolversTypes['Caller'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType, RequireFields<QueryProviderArgs, 'id'>>;
  providers?: Resolver<Array<ResolversTypes['Provider']>, ParentType, ContextType>;
  providersConnection?: Resolver<ResolversTypes['ProviderConnection'], ParentType, ContextType, RequireFields<QueryProvidersConnectionArgs, 'first'>>;
};

export type Resolvers<ContextType = unknown> = {
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyConnection?: ApiKeyConnectionResolvers<ContextType>;
  ApiKeyEdge?: ApiKeyEdgeResolvers<ContextType>;
  ApiKeyIssued?: ApiKeyIssuedResolvers<ContextType>;
  ApiKeyResult?: ApiKeyResultResolvers<ContextType>;
  ApiKeyRevoked?: ApiKeyRevokedResolvers<ContextType>;
  Caller?: CallerResolvers<ContextType>;
  KeyIdentity?: KeyIdentityResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NotAllowed?: NotAllowedResolvers<ContextType>;
  NotFound?: NotFoundResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Provider?: ProviderResolvers<ContextType>;
  ProviderChanged?: ProviderChangedResolvers<ContextType>;
  ProviderConnection?: ProviderConnectionResolvers<ContextType>;
  ProviderEdge?: ProviderEdgeResolvers<ContextType>;
  ProviderResult?: ProviderResultResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

