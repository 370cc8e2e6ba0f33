import { z } from 'zod';
import { FEED_FORMATS, LANGUAGE_CODE_PATTERN, PROVIDER_KINDS, TARGET_GROUPS, TOPICS } from './enums';
import { isKnownTimeZone } from './zonedTime';
import { htmlToText, sanitiseHtml } from './text/sanitiseHtml';
import { TEXT_LIMITS } from './text/textLimits';

/**
 * The operator's configuration file: which providers exist and which feeds the hub harvests.
 * Partners will register feeds themselves later; until then this file is how feeds arrive.
 */
export const providerConfigSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes').max(64),
  /** Plain text: markup in a name is dropped. */
  name: z.string().max(TEXT_LIMITS.providerName).transform((name) => htmlToText(name)).pipe(z.string().min(1, 'a name is needed')),
  kind: z.enum(PROVIDER_KINDS),
  website: z.string().max(TEXT_LIMITS.url).refine(isHttpUrl, 'must be an http(s) URL').nullable().default(null),
  /** HTML through the one sanitiser, as offerings' descriptions are. */
  description: z.string().max(TEXT_LIMITS.providerDescription).transform((html) => sanitiseHtml(html, null) || null).nullable().default(null),
  /** Plain text: an e-mail address or a phone number. */
  contact: z.string().max(TEXT_LIMITS.providerContact).transform((text) => htmlToText(text) || null).nullable().default(null),
});
export type ProviderConfig = z.infer<typeof providerConfigSchema>;

/** What a feed cannot say about its items, stated once by the operator or partner. */
export const feedDefaultsSchema = z.object({
  languages: z.array(z.string().regex(LANGUAGE_CODE_PATTERN)).default([]),
  targetGroups: z.array(z.enum(TARGET_GROUPS)).default([]),
  timeZone: z.string().refine(isKnownTimeZone, 'not a time zone this system knows (an IANA name such as Europe/Berlin)').nullable().default(null),
  /** The feed's own categories mapped to topics and target groups, beyond the hub's own table. */
  categoryMapping: z.record(z.string().max(TEXT_LIMITS.category), z.array(z.enum([...TOPICS, ...TARGET_GROUPS]))).default({}),
  /** Where the feed's items take place when they do not say (a partner with one venue). */
  location: z.object({ name: z.string().min(1).max(TEXT_LIMITS.placeName), address: z.string().max(TEXT_LIMITS.address).nullable().default(null) }).nullable().default(null),
});
export type FeedDefaults = z.infer<typeof feedDefaultsSchema>;

export const feedConfigSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes'),
  /** http(s) URL; `{demoFeeds}/…` stands for a file of the bundled demo feed server. */
  url: z.string().refine(isConfiguredFeedUrl, 'an http(s) URL, or {demoFeeds}/… for a bundled demo feed'),
  providerId: z.string(),
  /** Leave out to detect the format from the response. */
  format: z.enum(FEED_FORMATS).nullable().default(null),
  intervalMinutes: z.number().int().min(5).max(7 * 24 * 60).default(60),
  defaults: feedDefaultsSchema.default({ languages: [], targetGroups: [], timeZone: null, categoryMapping: {}, location: null }),
});
export type FeedConfig = z.infer<typeof feedConfigSchema>;

export const hubConfigSchema = z
  .object({
    providers: z.array(providerConfigSchema),
    feeds: z.array(feedConfigSchema),
    /** Serve the bundled demo feeds on a local port and allow fetching from it. */
    demoFeeds: z.boolean().default(false),
  })
  .superRefine((config, ctx) => {
    const providerIds = new Set(config.providers.map((p) => p.id));
    config.feeds.forEach((feed, index) => {
      if (isDemoFeedUrl(feed.url) && !config.demoFeeds) {
        ctx.addIssue({ code: 'custom', path: ['feeds', index, 'url'], message: `feed "${feed.id}" points at {demoFeeds}, but the file does not set "demoFeeds": true` });
      }
      if (!providerIds.has(feed.providerId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['feeds', index, 'providerId'],
          message: `feed "${feed.id}" names provider "${feed.providerId}", which the file does not list`,
        });
      }
    });
  });
export type HubConfig = z.infer<typeof hubConfigSchema>;

/** Parses the operator's configuration text; problems come back as plain sentences with their place. */
export function parseHubConfig(text: string): { ok: true; config: HubConfig } | { ok: false; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`the file is not valid JSON: ${(error as Error).message}`] };
  }
  const result = hubConfigSchema.safeParse(json);
  if (result.success) return { ok: true, config: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => `${issue.path.join('.') || 'config'}: ${issue.message}`),
  };
}

const DEMO_FEEDS = '{demoFeeds}/';

/**
 * A feed of the bundled demo server: its URL is kept as the operator wrote it (`{demoFeeds}/…`) and
 * resolved at each harvest to the demo server of the process that harvests, so that a second
 * process (`hub harvest`) never points the running hub's feeds at a server of its own.
 */
export function isDemoFeedUrl(url: string): boolean {
  return url.startsWith(DEMO_FEEDS);
}

/** The URL to fetch: a demo feed's at the given demo server, or null when none runs here; any other as it is. */
export function resolveFeedUrl(url: string, demoFeedsUrl: string | null): string | null {
  if (!isDemoFeedUrl(url)) return url;
  return demoFeedsUrl ? `${demoFeedsUrl.replace(/\/$/, '')}/${url.slice(DEMO_FEEDS.length)}` : null;
}

/** An absolute http(s) URL: the only kind of feed URL a partner may register. */
export function isHttpUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

function isConfiguredFeedUrl(url: string): boolean {
  return isDemoFeedUrl(url) || isHttpUrl(url.replace(/^webcal:/i, 'https:'));
}

/** A feed that states nothing beyond its items. */
export const NO_FEED_DEFAULTS: FeedDefaults = Object.freeze(feedDefaultsSchema.parse({}));
