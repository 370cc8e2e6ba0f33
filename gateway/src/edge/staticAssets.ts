import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { ResponseKind } from './securityHeaders';

/** A file the hub serves as it is, compressed once at start-up. */
export interface StaticAsset {
  body: Buffer;
  gzipped: Buffer;
  contentType: string;
  cacheControl: string;
  kind: ResponseKind;
}

function asset(path: string, contentType: string, cacheControl: string, kind: ResponseKind): StaticAsset {
  const body = readFileSync(new URL(path, import.meta.url));
  return { body, gzipped: gzipSync(body), contentType, cacheControl, kind };
}

const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';
const MARKDOWN = 'text/markdown; charset=utf-8';

/** The pages, their scripts and the API guide (script files, not inline, so that the pages' CSP allows no inline script). */
export function loadStaticAssets(): Map<string, StaticAsset> {
  return new Map([
    ['/', asset('../../widget/home.html', HTML, 'no-cache', 'page')],
    ['/home.js', asset('../../widget/home.js', JS, 'no-cache', 'page')],
    ['/embed', asset('../../widget/embed.html', HTML, 'no-cache', 'embed')],
    ['/embed.js', asset('../../widget/embed.js', JS, 'no-cache', 'embed')],
    ['/widget.js', asset('../../widget/campus-catalogue.js', JS, 'public, max-age=3600', 'script')],
    ['/partners', asset('../../portal/partners.html', HTML, 'no-store', 'page')],
    ['/partners.js', asset('../../portal/partners.js', JS, 'no-store', 'page')],
    // The API guide, for GraphiQL's first tab to point at on the hub itself.
    ['/docs/api.md', asset('../../../docs/api.md', MARKDOWN, 'no-cache', 'api')],
  ]);
}
