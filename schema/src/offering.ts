import { z } from 'zod';
import {
  COST_KINDS,
  FORMATS,
  LANGUAGE_CODE_PATTERN,
  LEVELS,
  OCCURRENCE_STATUSES,
  OFFERING_STATUSES,
  OFFERING_TYPES,
  TARGET_GROUPS,
  TOPICS,
} from './enums';
import { TEXT_LIMITS } from './text/textLimits';

const httpUrl = z.string().max(TEXT_LIMITS.url).url().refine((u) => /^https?:/i.test(u), 'an http(s) URL');

/** An ISO 8601 instant with offset (`2026-12-01T17:00:00.000Z`) or, for all-day items, a date. */
const isoInstantOrDate = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) || !Number.isNaN(Date.parse(s)), 'not an ISO 8601 date or instant');

export const occurrenceSchema = z.object({
    start: isoInstantOrDate,
    end: isoInstantOrDate.nullable(),
    /** The source's own zone (IANA name), kept beside the UTC instants. */
    timeZone: z.string().nullable(),
    allDay: z.boolean(),
    status: z.enum(OCCURRENCE_STATUSES),
  });
export type Occurrence = z.infer<typeof occurrenceSchema>;

export const costSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal(COST_KINDS[0]) }),
  z.object({ kind: z.literal(COST_KINDS[1]), amount: z.number().nonnegative(), currency: z.string().length(3) }),
  z.object({ kind: z.literal(COST_KINDS[2]) }),
]);
export type Cost = z.infer<typeof costSchema>;

export const locationSchema = z.object({
  name: z.string().max(TEXT_LIMITS.placeName).nullable(),
  address: z.string().max(TEXT_LIMITS.address).nullable(),
  postcode: z.string().nullable(),
  locality: z.string().nullable(),
  /** Leipzig Ortsteil, from the feed's words, its coordinates or an unambiguous postcode. */
  district: z.string().nullable(),
  /** Leipzig Stadtbezirk. */
  stadtbezirk: z.string().nullable(),
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  /** Where the coordinates come from: the feed, or the district's centre where the feed gave none. */
  coordinatesFrom: z.enum(['FEED', 'DISTRICT']).nullable(),
});
export type Location = z.infer<typeof locationSchema>;

export const registrationSchema = z.object({
  url: httpUrl.nullable(),
  deadline: isoInstantOrDate.nullable(),
});
export type Registration = z.infer<typeof registrationSchema>;

export const accessibilitySchema = z.object({
  stepFree: z.boolean().nullable(),
  inductionLoop: z.boolean().nullable(),
  signLanguage: z.boolean().nullable(),
});
export type Accessibility = z.infer<typeof accessibilitySchema>;

/** Why an offering carries a topic or target group, so that a partner can see and correct it. */
export const classificationReasonSchema = z.object({
  facet: z.enum(['TOPIC', 'TARGET_GROUP']),
  value: z.string(),
  source: z.enum(['CATEGORY', 'KEYWORD', 'FEED_DEFAULT']),
  evidence: z.string(),
});
export type ClassificationReason = z.infer<typeof classificationReasonSchema>;

/**
 * One offering as a harvest produces it: everything the source says, normalised, before the catalogue
 * gives it an id. Where a source cannot supply a field it stays null or empty; nothing is invented.
 */
export const harvestedOfferingSchema = z.object({
  /** The item's own key in its feed: GUID, iCal UID, JSON id, else its URL. */
  itemKey: z.string().min(1).max(TEXT_LIMITS.itemKey),
  title: z.string().min(1).max(TEXT_LIMITS.title),
  summary: z.string().max(TEXT_LIMITS.summary).nullable(),
  /** Sanitised HTML. */
  description: z.string().max(TEXT_LIMITS.description).nullable(),
  descriptionText: z.string().max(TEXT_LIMITS.descriptionText).nullable(),
  url: httpUrl.nullable(),
  languages: z.array(z.string().regex(LANGUAGE_CODE_PATTERN)),
  /** True when the languages were detected from the text, not stated by the feed. */
  languagesDetected: z.boolean(),
  type: z.enum(OFFERING_TYPES).nullable(),
  format: z.enum(FORMATS).nullable(),
  topics: z.array(z.enum(TOPICS)),
  targetGroups: z.array(z.enum(TARGET_GROUPS)),
  classification: z.array(classificationReasonSchema),
  level: z.enum(LEVELS).nullable(),
  cost: costSchema,
  registration: registrationSchema.nullable(),
  location: locationSchema.nullable(),
  occurrences: z.array(occurrenceSchema),
  workloadHours: z.number().nonnegative().nullable(),
  certificate: z.string().max(TEXT_LIMITS.certificate).nullable(),
  accessibility: accessibilitySchema.nullable(),
  image: httpUrl.nullable(),
  licence: z.string().max(TEXT_LIMITS.licence).nullable(),
  status: z.enum(OFFERING_STATUSES),
  /** The source's own categories, as it wrote them. */
  categories: z.array(z.string().min(1).max(TEXT_LIMITS.category)).max(TEXT_LIMITS.categories),
});
export type HarvestedOffering = z.infer<typeof harvestedOfferingSchema>;

/** Checks an offering against the model; returns the reasons it fails, in plain words. */
export function validateHarvestedOffering(value: unknown): { ok: true; offering: HarvestedOffering } | { ok: false; problems: string[] } {
  const result = harvestedOfferingSchema.safeParse(value);
  if (result.success) return { ok: true, offering: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => `${issue.path.join('.') || 'offering'}: ${issue.message}`),
  };
}
