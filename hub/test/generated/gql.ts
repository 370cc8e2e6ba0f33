/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query DataTopics { offerings(search: \"Daten\") { totalCount facets(lang: EN) { topics { label count } } } }": typeof types.DataTopicsDocument,
    "query EveningDistricts { offerings(filter: { timeOfDay: [EVENING] }) { facets { districts { value count } } } }": typeof types.EveningDistrictsDocument,
    "query OfferingIds($first: Int, $after: String) { offerings(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }": typeof types.OfferingIdsDocument,
    "query DemoFeedAddress { feed(id: \"vhs-leipzig-kurse\") { url } }": typeof types.DemoFeedAddressDocument,
    "query OnlineOfferings { offerings(filter: { formats: [ONLINE] }, first: 100) { edges { node { id title occurrences { start } } } } }": typeof types.OnlineOfferingsDocument,
    "query FreeOfDataProtection { offerings(search: \"Datenschutz\", filter: { free: false }) { edges { node { title } } } }": typeof types.FreeOfDataProtectionDocument,
    "query DemoFeedUrl { feed(id: \"vhs-leipzig-kurse\") { url } }": typeof types.DemoFeedUrlDocument,
    "query NewImageEditingCourses { offerings(search: \"Bildbearbeitung Neuer\") { edges { node { title provider { name } } } } }": typeof types.NewImageEditingCoursesDocument,
    "query NewImageEditingCount { offerings(search: \"Bildbearbeitung Neuer\") { totalCount } }": typeof types.NewImageEditingCountDocument,
    "query PartnerOfferings($all: Boolean) { offerings(filter: { includeWithdrawn: $all }, first: 100) { edges { node { id title status } } } }": typeof types.PartnerOfferingsDocument,
    "query PartnerFeedHealth { feed(id: \"partner-feed\") { lastHarvest { outcome error added updated unchanged withdrawn itemCount } runs(first: 10) { outcome } } }": typeof types.PartnerFeedHealthDocument,
    "query HostileCount($search: String) { offerings(search: $search) { totalCount } }": typeof types.HostileCountDocument,
    "query HostileRun { feed(id: \"hostile\") { lastHarvest { outcome warnings } } }": typeof types.HostileRunDocument,
    "query HostileItems($search: String) { offerings(search: $search) { edges { node { title url description categories occurrences { start } } } } }": typeof types.HostileItemsDocument,
    "query HostileSearch($search: String) { offerings(search: $search, first: 3) { totalCount didYouMean edges { matchedBy snippet node { title } } } }": typeof types.HostileSearchDocument,
    "query HostileSuggest($prefix: String!) { suggest(prefix: $prefix) { text kind } }": typeof types.HostileSuggestDocument,
    "query Page($first: Int, $after: String) {\n  offerings(first: $first, after: $after) {\n    totalCount\n    edges { cursor node { id title provider { id name kind } source { itemKey firstSeen feed { id url lastHarvest { outcome itemCount } } } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.PageDocument,
    "query FiftyWithProvidersAndFeeds { offerings(first: 50) { edges { node { title provider { name } source { feed { url } } } } } }": typeof types.FiftyWithProvidersAndFeedsDocument,
    "query Dated($from: DateTime) { offerings(first: 100, filter: { from: $from }) { totalCount edges { node { occurrences { start end } } } } }": typeof types.DatedDocument,
    "query PythonCourses { offerings(search: \"python kurs\", first: 50) { edges { node { title descriptionText } } } }": typeof types.PythonCoursesDocument,
    "query OfferingWithoutVenue { offerings(search: \"Kurs ohne Ort\") { edges { node { location { name district } topics classification { source evidence } } } } }": typeof types.OfferingWithoutVenueDocument,
    "query StoredInPostgres { providers { id } feeds { id lastHarvest { outcome added } } offerings { totalCount } }": typeof types.StoredInPostgresDocument,
    "query SearchedInPostgres { offerings(search: \"Datenschutz\", first: 5) { totalCount edges { node { title } } } }": typeof types.SearchedInPostgresDocument,
    "query CountedInPostgres { offerings { totalCount } }": typeof types.CountedInPostgresDocument,
    "query LibraryOfferings { offerings(filter: { providerIds: [\"stadtbibliothek\"] }) { totalCount } }": typeof types.LibraryOfferingsDocument,
    "query ProvidersWithCounts { providers { name offerings(first: 1) { totalCount } } }": typeof types.ProvidersWithCountsDocument,
    "query OfferingCount { offerings { totalCount } }": typeof types.OfferingCountDocument,
    "query HarvestedThroughIngest { offerings { totalCount } feeds { id lastHarvest { outcome added } } }": typeof types.HarvestedThroughIngestDocument,
    "query SearchByNewName { offerings(search: \"Hochschule\", filter: { providerIds: [\"htwk-leipzig\"] }) { totalCount } }": typeof types.SearchByNewNameDocument,
    "query FirstOffering { offerings(first: 1) { totalCount edges { node { title } } } }": typeof types.FirstOfferingDocument,
    "query SearchCount($s: String) { offerings(search: $s) { totalCount } }": typeof types.SearchCountDocument,
    "query FirstTenDates { offerings(first: 10) { edges { node { occurrences { start allDay } } } } }": typeof types.FirstTenDatesDocument,
    "query FilteredCount($f: OfferingFilter) { offerings(filter: $f) { totalCount } }": typeof types.FilteredCountDocument,
    "query WidgetCompletions($p: String!, $lang: Lang) { suggest(prefix: $p, lang: $lang) { text kind value } }": typeof types.WidgetCompletionsDocument,
    "query WidgetSearchCount($s: String) { offerings(search: $s) { totalCount } }": typeof types.WidgetSearchCountDocument,
    "query WidgetMisspelt($s: String) { offerings(search: $s) { totalCount didYouMean edges { matchedBy } } }": typeof types.WidgetMisspeltDocument,
    "query WidgetCorrected($s: String) { offerings(search: $s) { totalCount didYouMean } }": typeof types.WidgetCorrectedDocument,
    "query TeacherOfferingCount { offerings(filter: { targetGroups: [TEACHERS] }) { totalCount } }": typeof types.TeacherOfferingCountDocument,
    "query EmbedTeacherOfferingCount { offerings(filter: { targetGroups: [TEACHERS] }) { totalCount } }": typeof types.EmbedTeacherOfferingCountDocument,
};
const documents: Documents = {
    "query DataTopics { offerings(search: \"Daten\") { totalCount facets(lang: EN) { topics { label count } } } }": types.DataTopicsDocument,
    "query EveningDistricts { offerings(filter: { timeOfDay: [EVENING] }) { facets { districts { value count } } } }": types.EveningDistrictsDocument,
    "query OfferingIds($first: Int, $after: String) { offerings(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }": types.OfferingIdsDocument,
    "query DemoFeedAddress { feed(id: \"vhs-leipzig-kurse\") { url } }": types.DemoFeedAddressDocument,
    "query OnlineOfferings { offerings(filter: { formats: [ONLINE] }, first: 100) { edges { node { id title occurrences { start } } } } }": types.OnlineOfferingsDocument,
    "query FreeOfDataProtection { offerings(search: \"Datenschutz\", filter: { free: false }) { edges { node { title } } } }": types.FreeOfDataProtectionDocument,
    "query DemoFeedUrl { feed(id: \"vhs-leipzig-kurse\") { url } }": types.DemoFeedUrlDocument,
    "query NewImageEditingCourses { offerings(search: \"Bildbearbeitung Neuer\") { edges { node { title provider { name } } } } }": types.NewImageEditingCoursesDocument,
    "query NewImageEditingCount { offerings(search: \"Bildbearbeitung Neuer\") { totalCount } }": types.NewImageEditingCountDocument,
    "query PartnerOfferings($all: Boolean) { offerings(filter: { includeWithdrawn: $all }, first: 100) { edges { node { id title status } } } }": types.PartnerOfferingsDocument,
    "query PartnerFeedHealth { feed(id: \"partner-feed\") { lastHarvest { outcome error added updated unchanged withdrawn itemCount } runs(first: 10) { outcome } } }": types.PartnerFeedHealthDocument,
    "query HostileCount($search: String) { offerings(search: $search) { totalCount } }": types.HostileCountDocument,
    "query HostileRun { feed(id: \"hostile\") { lastHarvest { outcome warnings } } }": types.HostileRunDocument,
    "query HostileItems($search: String) { offerings(search: $search) { edges { node { title url description categories occurrences { start } } } } }": types.HostileItemsDocument,
    "query HostileSearch($search: String) { offerings(search: $search, first: 3) { totalCount didYouMean edges { matchedBy snippet node { title } } } }": types.HostileSearchDocument,
    "query HostileSuggest($prefix: String!) { suggest(prefix: $prefix) { text kind } }": types.HostileSuggestDocument,
    "query Page($first: Int, $after: String) {\n  offerings(first: $first, after: $after) {\n    totalCount\n    edges { cursor node { id title provider { id name kind } source { itemKey firstSeen feed { id url lastHarvest { outcome itemCount } } } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": types.PageDocument,
    "query FiftyWithProvidersAndFeeds { offerings(first: 50) { edges { node { title provider { name } source { feed { url } } } } } }": types.FiftyWithProvidersAndFeedsDocument,
    "query Dated($from: DateTime) { offerings(first: 100, filter: { from: $from }) { totalCount edges { node { occurrences { start end } } } } }": types.DatedDocument,
    "query PythonCourses { offerings(search: \"python kurs\", first: 50) { edges { node { title descriptionText } } } }": types.PythonCoursesDocument,
    "query OfferingWithoutVenue { offerings(search: \"Kurs ohne Ort\") { edges { node { location { name district } topics classification { source evidence } } } } }": types.OfferingWithoutVenueDocument,
    "query StoredInPostgres { providers { id } feeds { id lastHarvest { outcome added } } offerings { totalCount } }": types.StoredInPostgresDocument,
    "query SearchedInPostgres { offerings(search: \"Datenschutz\", first: 5) { totalCount edges { node { title } } } }": types.SearchedInPostgresDocument,
    "query CountedInPostgres { offerings { totalCount } }": types.CountedInPostgresDocument,
    "query LibraryOfferings { offerings(filter: { providerIds: [\"stadtbibliothek\"] }) { totalCount } }": types.LibraryOfferingsDocument,
    "query ProvidersWithCounts { providers { name offerings(first: 1) { totalCount } } }": types.ProvidersWithCountsDocument,
    "query OfferingCount { offerings { totalCount } }": types.OfferingCountDocument,
    "query HarvestedThroughIngest { offerings { totalCount } feeds { id lastHarvest { outcome added } } }": types.HarvestedThroughIngestDocument,
    "query SearchByNewName { offerings(search: \"Hochschule\", filter: { providerIds: [\"htwk-leipzig\"] }) { totalCount } }": types.SearchByNewNameDocument,
    "query FirstOffering { offerings(first: 1) { totalCount edges { node { title } } } }": types.FirstOfferingDocument,
    "query SearchCount($s: String) { offerings(search: $s) { totalCount } }": types.SearchCountDocument,
    "query FirstTenDates { offerings(first: 10) { edges { node { occurrences { start allDay } } } } }": types.FirstTenDatesDocument,
    "query FilteredCount($f: OfferingFilter) { offerings(filter: $f) { totalCount } }": types.FilteredCountDocument,
    "query WidgetCompletions($p: String!, $lang: Lang) { suggest(prefix: $p, lang: $lang) { text kind value } }": types.WidgetCompletionsDocument,
    "query WidgetSearchCount($s: String) { offerings(search: $s) { totalCount } }": types.WidgetSearchCountDocument,
    "query WidgetMisspelt($s: String) { offerings(search: $s) { totalCount didYouMean edges { matchedBy } } }": types.WidgetMisspeltDocument,
    "query WidgetCorrected($s: String) { offerings(search: $s) { totalCount didYouMean } }": types.WidgetCorrectedDocument,
    "query TeacherOfferingCount { offerings(filter: { targetGroups: [TEACHERS] }) { totalCount } }": types.TeacherOfferingCountDocument,
    "query EmbedTeacherOfferingCount { offerings(filter: { targetGroups: [TEACHERS] }) { totalCount } }": types.EmbedTeacherOfferingCountDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataTopics { offerings(search: \"Daten\") { totalCount facets(lang: EN) { topics { label count } } } }"): (typeof documents)["query DataTopics { offerings(search: \"Daten\") { totalCount facets(lang: EN) { topics { label count } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EveningDistricts { offerings(filter: { timeOfDay: [EVENING] }) { facets { districts { value count } } } }"): (typeof documents)["query EveningDistricts { offerings(filter: { timeOfDay: [EVENING] }) { facets { districts { value count } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OfferingIds($first: Int, $after: String) { offerings(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query OfferingIds($first: Int, $after: String) { offerings(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoFeedAddress { feed(id: \"vhs-leipzig-kurse\") { url } }"): (typeof documents)["query DemoFeedAddress { feed(id: \"vhs-leipzig-kurse\") { url } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnlineOfferings { offerings(filter: { formats: [ONLINE] }, first: 100) { edges { node { id title occurrences { start } } } } }"): (typeof documents)["query OnlineOfferings { offerings(filter: { formats: [ONLINE] }, first: 100) { edges { node { id title occurrences { start } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FreeOfDataProtection { offerings(search: \"Datenschutz\", filter: { free: false }) { edges { node { title } } } }"): (typeof documents)["query FreeOfDataProtection { offerings(search: \"Datenschutz\", filter: { free: false }) { edges { node { title } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoFeedUrl { feed(id: \"vhs-leipzig-kurse\") { url } }"): (typeof documents)["query DemoFeedUrl { feed(id: \"vhs-leipzig-kurse\") { url } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NewImageEditingCourses { offerings(search: \"Bildbearbeitung Neuer\") { edges { node { title provider { name } } } } }"): (typeof documents)["query NewImageEditingCourses { offerings(search: \"Bildbearbeitung Neuer\") { edges { node { title provider { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NewImageEditingCount { offerings(search: \"Bildbearbeitung Neuer\") { totalCount } }"): (typeof documents)["query NewImageEditingCount { offerings(search: \"Bildbearbeitung Neuer\") { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerOfferings($all: Boolean) { offerings(filter: { includeWithdrawn: $all }, first: 100) { edges { node { id title status } } } }"): (typeof documents)["query PartnerOfferings($all: Boolean) { offerings(filter: { includeWithdrawn: $all }, first: 100) { edges { node { id title status } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerFeedHealth { feed(id: \"partner-feed\") { lastHarvest { outcome error added updated unchanged withdrawn itemCount } runs(first: 10) { outcome } } }"): (typeof documents)["query PartnerFeedHealth { feed(id: \"partner-feed\") { lastHarvest { outcome error added updated unchanged withdrawn itemCount } runs(first: 10) { outcome } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileCount($search: String) { offerings(search: $search) { totalCount } }"): (typeof documents)["query HostileCount($search: String) { offerings(search: $search) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileRun { feed(id: \"hostile\") { lastHarvest { outcome warnings } } }"): (typeof documents)["query HostileRun { feed(id: \"hostile\") { lastHarvest { outcome warnings } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileItems($search: String) { offerings(search: $search) { edges { node { title url description categories occurrences { start } } } } }"): (typeof documents)["query HostileItems($search: String) { offerings(search: $search) { edges { node { title url description categories occurrences { start } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileSearch($search: String) { offerings(search: $search, first: 3) { totalCount didYouMean edges { matchedBy snippet node { title } } } }"): (typeof documents)["query HostileSearch($search: String) { offerings(search: $search, first: 3) { totalCount didYouMean edges { matchedBy snippet node { title } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileSuggest($prefix: String!) { suggest(prefix: $prefix) { text kind } }"): (typeof documents)["query HostileSuggest($prefix: String!) { suggest(prefix: $prefix) { text kind } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Page($first: Int, $after: String) {\n  offerings(first: $first, after: $after) {\n    totalCount\n    edges { cursor node { id title provider { id name kind } source { itemKey firstSeen feed { id url lastHarvest { outcome itemCount } } } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"): (typeof documents)["query Page($first: Int, $after: String) {\n  offerings(first: $first, after: $after) {\n    totalCount\n    edges { cursor node { id title provider { id name kind } source { itemKey firstSeen feed { id url lastHarvest { outcome itemCount } } } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FiftyWithProvidersAndFeeds { offerings(first: 50) { edges { node { title provider { name } source { feed { url } } } } } }"): (typeof documents)["query FiftyWithProvidersAndFeeds { offerings(first: 50) { edges { node { title provider { name } source { feed { url } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Dated($from: DateTime) { offerings(first: 100, filter: { from: $from }) { totalCount edges { node { occurrences { start end } } } } }"): (typeof documents)["query Dated($from: DateTime) { offerings(first: 100, filter: { from: $from }) { totalCount edges { node { occurrences { start end } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PythonCourses { offerings(search: \"python kurs\", first: 50) { edges { node { title descriptionText } } } }"): (typeof documents)["query PythonCourses { offerings(search: \"python kurs\", first: 50) { edges { node { title descriptionText } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OfferingWithoutVenue { offerings(search: \"Kurs ohne Ort\") { edges { node { location { name district } topics classification { source evidence } } } } }"): (typeof documents)["query OfferingWithoutVenue { offerings(search: \"Kurs ohne Ort\") { edges { node { location { name district } topics classification { source evidence } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StoredInPostgres { providers { id } feeds { id lastHarvest { outcome added } } offerings { totalCount } }"): (typeof documents)["query StoredInPostgres { providers { id } feeds { id lastHarvest { outcome added } } offerings { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchedInPostgres { offerings(search: \"Datenschutz\", first: 5) { totalCount edges { node { title } } } }"): (typeof documents)["query SearchedInPostgres { offerings(search: \"Datenschutz\", first: 5) { totalCount edges { node { title } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CountedInPostgres { offerings { totalCount } }"): (typeof documents)["query CountedInPostgres { offerings { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LibraryOfferings { offerings(filter: { providerIds: [\"stadtbibliothek\"] }) { totalCount } }"): (typeof documents)["query LibraryOfferings { offerings(filter: { providerIds: [\"stadtbibliothek\"] }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProvidersWithCounts { providers { name offerings(first: 1) { totalCount } } }"): (typeof documents)["query ProvidersWithCounts { providers { name offerings(first: 1) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OfferingCount { offerings { totalCount } }"): (typeof documents)["query OfferingCount { offerings { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HarvestedThroughIngest { offerings { totalCount } feeds { id lastHarvest { outcome added } } }"): (typeof documents)["query HarvestedThroughIngest { offerings { totalCount } feeds { id lastHarvest { outcome added } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchByNewName { offerings(search: \"Hochschule\", filter: { providerIds: [\"htwk-leipzig\"] }) { totalCount } }"): (typeof documents)["query SearchByNewName { offerings(search: \"Hochschule\", filter: { providerIds: [\"htwk-leipzig\"] }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstOffering { offerings(first: 1) { totalCount edges { node { title } } } }"): (typeof documents)["query FirstOffering { offerings(first: 1) { totalCount edges { node { title } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchCount($s: String) { offerings(search: $s) { totalCount } }"): (typeof documents)["query SearchCount($s: String) { offerings(search: $s) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstTenDates { offerings(first: 10) { edges { node { occurrences { start allDay } } } } }"): (typeof documents)["query FirstTenDates { offerings(first: 10) { edges { node { occurrences { start allDay } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FilteredCount($f: OfferingFilter) { offerings(filter: $f) { totalCount } }"): (typeof documents)["query FilteredCount($f: OfferingFilter) { offerings(filter: $f) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WidgetCompletions($p: String!, $lang: Lang) { suggest(prefix: $p, lang: $lang) { text kind value } }"): (typeof documents)["query WidgetCompletions($p: String!, $lang: Lang) { suggest(prefix: $p, lang: $lang) { text kind value } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WidgetSearchCount($s: String) { offerings(search: $s) { totalCount } }"): (typeof documents)["query WidgetSearchCount($s: String) { offerings(search: $s) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WidgetMisspelt($s: String) { offerings(search: $s) { totalCount didYouMean edges { matchedBy } } }"): (typeof documents)["query WidgetMisspelt($s: String) { offerings(search: $s) { totalCount didYouMean edges { matchedBy } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WidgetCorrected($s: String) { offerings(search: $s) { totalCount didYouMean } }"): (typeof documents)["query WidgetCorrected($s: String) { offerings(search: $s) { totalCount didYouMean } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeacherOfferingCount { offerings(filter: { targetGroups: [TEACHERS] }) { totalCount } }"): (typeof documents)["query TeacherOfferingCount { offerings(filter: { targetGroups: [TEACHERS] }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EmbedTeacherOfferingCount { offerings(filter: { targetGroups: [TEACHERS] }) { totalCount } }"): (typeof documents)["query EmbedTeacherOfferingCount { offerings(filter: { targetGroups: [TEACHERS] }) { totalCount } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;