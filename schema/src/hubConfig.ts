import { z } from 'zod';
import { FEED_FORMATS, LANGUAGE_CODE_PATTERN, PROVIDER_KINDS, TARGET_GROUPS, TOPICS } from './enums';
import { isKnownTimeZone } from './zonedTime';

/**
 * The operator's configuration file: which providers exist and which feeds the hub harvests.
 * Partners will register feeds themselves later; until then this file is how feeds arrive.
 */
export const providerConfigSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes'),
  name: z.string().min(1),
  kind: z.enum(PROVIDER_KINDS),
  website: z.string().url().nullable().default(null),
  description: z.string().nullable().default(null),
});
export type ProviderConfig = z.infer<typeof providerConfigSchema>;

/** What a feed cannot say about its items, stated once by the operator or partner. */
export const feedDefaultsSchema = z.object({
  languages: z.array(z.string().regex(LANGUAGE_CODE_PATTERN)).default([]),
  targetGroups: z.array(z.enum(TARGET_GROUPS)).default([]),
  timeZone: z.string().refine(isKnownTimeZone, 'not a time zone this system knows (an IANA name such as Europe/Berlin)').nullable().default(null),
  /** The feed's own categories mapped to topics and target groups, beyond the hub's own table. */
  categoryMapping: z.record(z.string(), z.array(z.enum([...TOPICS, ...TARGET_GROUPS]))).default({}),
  /** Where the feed's items take place when they do not say (a partner with one venue). */
  location: z.object({ name: z.string().min(1), address: z.string().nullable().default(null) }).nullable().default(null),
});
export type FeedDefaults = z.infer<typeof feedDefaultsSchema>;

export const feedConfigSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes'),
  /** http(s) URL; `{demoFeeds}` stands for the bundled demo feed server's address. */
  url: z.string().min(1),
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

/** Replaces `{demoFeeds}` in feed URLs with the address of the bundled demo feed server. */
export function withDemoFeedsAt(config: HubConfig, demoFeedsUrl: string | null): HubConfig {
  return {
    ...config,
    feeds: config.feeds.map((feed) => {
      if (!feed.url.includes('{demoFeeds}')) return feed;
      if (!demoFeedsUrl) throw new Error(`feed "${feed.id}" points at {demoFeeds}, but the demo feed server is not running`);
      return { ...feed, url: feed.url.replace('{demoFeeds}', demoFeedsUrl.replace(/\/$/, '')) };
    }),
  };
}

/** A feed that states nothing beyond its items. */
export const NO_FEED_DEFAULTS: FeedDefaults = Object.freeze(feedDefaultsSchema.parse({}));
