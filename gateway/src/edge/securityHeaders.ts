import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

/** What a response is, for the headers it gets: each kind has its own Content-Security-Policy. */
export type ResponseKind = 'api' | 'page' | 'embed' | 'graphiql' | 'script';

type Middleware = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void;

/** The sha256 source expression of each inline `<script>` of a page, for a CSP without 'unsafe-inline'. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) => `'sha256-${createHash('sha256').update(body ?? '').digest('base64')}'`);
}

const PAGE_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // The widget writes its own <style> into its shadow root, and pages carry a few style attributes.
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Security headers by `helmet`, one set per kind of response: the API and files forbid everything
 * a browser could run; pages run only the hub's own script files (GraphiQL's inlined bundle by its
 * hash); none may be framed but `/embed`, which the origins allowed for the widget may frame.
 */
export function securityHeaders(options: { graphiqlScriptHashes: string[]; frameAncestors: string[] }): (kind: ResponseKind, request: IncomingMessage, response: ServerResponse) => void {
  const frameAncestors = options.frameAncestors.includes('*') ? ['*'] : options.frameAncestors.length ? options.frameAncestors : ["'none'"];
  const common = { referrerPolicy: { policy: 'no-referrer' as const }, xFrameOptions: { action: 'deny' as const } };
  const kinds: Record<ResponseKind, Middleware> = {
    api: helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } } }),
    // Any site may load the widget's script: it then talks to the API, where CORS decides.
    script: helmet({ ...common, crossOriginResourcePolicy: { policy: 'cross-origin' }, contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } } }),
    page: helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: PAGE_DIRECTIVES } }),
    embed: helmet({ ...common, xFrameOptions: false, contentSecurityPolicy: { useDefaults: false, directives: { ...PAGE_DIRECTIVES, frameAncestors } } }),
    // GraphiQL's editor starts its language workers from blob: URLs made of its own inlined code.
    graphiql: helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: { ...PAGE_DIRECTIVES, scriptSrc: ["'self'", ...options.graphiqlScriptHashes], workerSrc: ["'self'", 'blob:'] } } }),
  };
  return (kind, request, response) => {
    kinds[kind](request, response, (error) => {
      if (error) throw error;
    });
  };
}
