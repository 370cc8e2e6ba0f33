/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { FeedSnapshotDocument } from '@campus/schema';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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
  id: string | number;
  /** Its kind, for the filter. */
  kind: ProviderKind;
  /** Its name, searched as the offerings' provider. */
  name: string;
};

export type ApplyFeedSnapshotMutationVariables = Exact<{
  snapshot: FeedSnapshotDocument;
}>;


export type ApplyFeedSnapshotMutation = { applyFeedSnapshot: { added: number, updated: number, unchanged: number, withdrawn: number, held: boolean } };

export type WithdrawFeedOfferingsMutationVariables = Exact<{
  feedId: string | number;
  at: string;
}>;


export type WithdrawFeedOfferingsMutation = { withdrawFeedOfferings: number };

export type IndexProvidersMutationVariables = Exact<{
  providers: Array<ProviderSummaryInput> | ProviderSummaryInput;
}>;


export type IndexProvidersMutation = { indexProviders: boolean };


export const ApplyFeedSnapshotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyFeedSnapshot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"snapshot"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedSnapshotDocument"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyFeedSnapshot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"snapshot"},"value":{"kind":"Variable","name":{"kind":"Name","value":"snapshot"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"held"}}]}}]}}]} as unknown as DocumentNode<ApplyFeedSnapshotMutation, ApplyFeedSnapshotMutationVariables>;
export const WithdrawFeedOfferingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawFeedOfferings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"feedId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawFeedOfferings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"feedId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"feedId"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}]}]}}]} as unknown as DocumentNode<WithdrawFeedOfferingsMutation, WithdrawFeedOfferingsMutationVariables>;
export const IndexProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IndexProviders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderSummaryInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indexProviders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providers"}}}]}]}}]} as unknown as DocumentNode<IndexProvidersMutation, IndexProvidersMutationVariables>;