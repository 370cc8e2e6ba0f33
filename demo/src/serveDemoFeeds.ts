import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DIGITAL_CITY, HTWK_LEIPZIG, UNI_LEIPZIG, VHS_LEIPZIG } from './demoCatalogue';
import { leipzigDateOf } from './demoDates';
import { renderICalendar, renderJsonFeed, renderRss } from './renderDemoFeeds';

export interface DemoFeedServer {
  url: string;
  close(): Promise<void>;
}

interface DemoFile {
  body: Buffer;
  contentType: string;
  etag: string;
}

/** The four demo partners' feeds, dated from the day `now` falls on. */
export function renderDemoFiles(now: Date): Map<string, DemoFile> {
  const today = leipzigDateOf(now);
  const files: [string, string, string][] = [
    [UNI_LEIPZIG.file, renderRss(UNI_LEIPZIG, today), 'application/rss+xml; charset=utf-8'],
    [VHS_LEIPZIG.file, renderICalendar(VHS_LEIPZIG, today, 'VHS Leipzig – Digitale Kurse'), 'text/calendar; charset=utf-8'],
    [DIGITAL_CITY.file, renderJsonFeed(DIGITAL_CITY, today), 'application/feed+json; charset=utf-8'],
    [HTWK_LEIPZIG.file, renderICalendar(HTWK_LEIPZIG, today, 'HTWK Leipzig – Weiterbildung'), 'text/calendar; charset=utf-8'],
  ];
  return new Map(
    files.map(([name, text, contentType]) => {
      const body = Buffer.from(text, 'utf8');
      return [`/${name}`, { body, contentType, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"` }];
    }),
  );
}

/**
 * Serves the demo feeds over HTTP on loopback, with ETag and conditional GET, so the demo harvests
 * through the same fetcher as a real partner's site.
 */
export function serveDemoFeeds(options: { port?: number; now?: () => Date } = {}): Promise<DemoFeedServer> {
  const now = options.now ?? (() => new Date());
  const server = createServer((request, response) => {
    const file = renderDemoFiles(now()).get(new URL(request.url ?? '/', 'http://demo').pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('no such demo feed');
      return;
    }
    if (request.headers['if-none-match'] === file.etag) {
      response.writeHead(304, { etag: file.etag }).end();
      return;
    }
    response.writeHead(200, { 'content-type': file.contentType, etag: file.etag, 'content-length': file.body.length }).end(file.body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
