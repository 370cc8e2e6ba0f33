/**
 * The hub's shared vocabulary. The string values are also the GraphQL enum values, so a value
 * travels from parser to database to API without translation.
 */

/** The five competence areas of the EU DigComp 2.2 framework. */
export const TOPICS = [
  'INFORMATION_DATA_LITERACY',
  'COMMUNICATION_COLLABORATION',
  'DIGITAL_CONTENT_CREATION',
  'SAFETY',
  'PROBLEM_SOLVING',
] as const;
export type Topic = (typeof TOPICS)[number];

export const TARGET_GROUPS = [
  'STUDENTS',
  'TRAINEES',
  'ADMINISTRATION',
  'BUSINESS',
  'TEACHERS',
  'CITIZENS',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const FORMATS = ['IN_PERSON', 'ONLINE', 'HYBRID'] as const;
export type Format = (typeof FORMATS)[number];

export const OFFERING_TYPES = ['COURSE', 'WORKSHOP', 'LECTURE', 'EVENT', 'MOOC', 'SERIES'] as const;
export type OfferingType = (typeof OFFERING_TYPES)[number];

export const LEVELS = ['BEGINNER', 'INTERMEDIATE', 'ADVANCED'] as const;
export type Level = (typeof LEVELS)[number];

export const OFFERING_STATUSES = ['SCHEDULED', 'CANCELLED', 'WITHDRAWN'] as const;
export type OfferingStatus = (typeof OFFERING_STATUSES)[number];

export const OCCURRENCE_STATUSES = ['SCHEDULED', 'CANCELLED'] as const;
export type OccurrenceStatus = (typeof OCCURRENCE_STATUSES)[number];

export const COST_KINDS = ['FREE', 'PAID', 'UNKNOWN'] as const;
export type CostKind = (typeof COST_KINDS)[number];

export const PROVIDER_KINDS = ['UNIVERSITY', 'ADULT_EDUCATION', 'CITY', 'INITIATIVE', 'OTHER'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

export const FEED_FORMATS = ['RSS', 'ATOM', 'ICALENDAR', 'JSONFEED', 'JSONLD', 'MOOCHUB'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

/** Leipzig's zone: the default where a source states none. */
export const HOME_TIME_ZONE = 'Europe/Berlin';

/** ISO 639-1 (or -3) language codes, lower case. */
export const LANGUAGE_CODE_PATTERN = /^[a-z]{2,3}$/;

/** The most items one page of any list in the public API holds; the gateway keeps to it. */
export const MAX_PAGE_SIZE = 100;

/**
 * The most offerings a subgraph returns in one page to the hub's own exports: one search pass
 * instead of twenty, which was most of an export's time. The gateway never passes a public
 * request on with more than MAX_PAGE_SIZE.
 */
export const MAX_BULK_PAGE_SIZE = 2000;
