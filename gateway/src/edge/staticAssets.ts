import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { Kind, parse } from 'graphql';
import type { OperationManifest } from './persistedOperations';
import type { ResponseKind } from './securityHeaders';

/** A file the hub serves as it is, compressed once at start-up. */
export interface StaticAsset {
  body: Buffer;
  gzipped: Buffer;
  contentType: string;
  cacheControl: string;
  kind: ResponseKind;
}

function asset(path: string, contentType: string, cacheControl: string, kind: ResponseKind, transform: (text: string) => string = (text) => text): StaticAsset {
  const body = Buffer.from(transform(readFileSync(new URL(path, import.meta.url), 'utf8')));
  return { body, gzipped: gzipSync(body), contentType, cacheControl, kind };
}

/** Where a page's script receives its registered operations (name to hash and text). */
const OPERATIONS_MARKER = '/* registered operations */ {}';

/** A script with the hashes of the operations in its .graphql file (gateway/operations/) filled in. */
function withOperations(manifest: OperationManifest, file: string): (text: string) => string {
  const document = parse(readFileSync(new URL(`../../operations/${file}`, import.meta.url), 'utf8'));
  const names = document.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));
  return (text) => {
    if (!text.includes(OPERATIONS_MARKER)) throw new Error(`the script for ${file} has no place for its operations`);
    return text.replace(OPERATIONS_MARKER, JSON.stringify(manifest.named(names)));
  };
}

const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';
const MARKDOWN = 'text/markdown; charset=utf-8';

/** The pages, their scripts and the API guide (script files, not inline, so that the pages' CSP allows no inline script). */
export function loadStaticAssets(operations: OperationManifest): Map<string, StaticAsset> {
  return new Map([
    ['/', asset('../../widget/home.html', HTML, 'no-cache', 'page')],
    ['/home.js', asset('../../widget/home.js', JS, 'no-cache', 'page')],
    ['/embed', asset('../../widget/embed.html', HTML, 'no-cache', 'embed')],
    ['/embed.js', asset('../../widget/embed.js', JS, 'no-cache', 'embed')],
    ['/widget.js', asset('../../widget/campus-catalogue.js', JS, 'public, max-age=3600', 'script', withOperations(operations, 'widget.graphql'))],
    ['/partners', asset('../../portal/partners.html', HTML, 'no-store', 'page')],
    ['/partners.js', asset('../../portal/partners.js', JS, 'no-store', 'page', withOperations(operations, 'portal.graphql'))],
    // The API guide, for GraphiQL's first tab to point at on the hub itself.
    ['/docs/api.md', asset('../../../docs/api.md', MARKDOWN, 'no-cache', 'api')],
  ]);
}
