import { XMLBuilder } from 'fast-xml-parser';
import { placeLine, type ExportOffering } from './exportOffering';

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true });

/** RSS 2.0 with the event module, so that feed readers and other hubs can take the catalogue in. */
export function renderRss(offerings: readonly ExportOffering[], title: string, link: string): string {
  const items = offerings.map((o) => {
    const next = o.occurrences.find((d) => d.status !== 'CANCELLED') ?? o.occurrences[0];
    return {
      title: o.title,
      link: o.url ?? undefined,
      guid: { '#text': o.id, '@_isPermaLink': 'false' },
      description: o.descriptionText ?? o.summary ?? undefined,
      category: o.type ?? undefined,
      'dc:creator': o.provider.name,
      'ev:startdate': next?.start,
      'ev:enddate': next?.end ?? undefined,
      'ev:location': placeLine(o) ?? undefined,
      pubDate: new Date(o.updatedAt).toUTCString(),
    };
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({
    rss: {
      '@_version': '2.0',
      '@_xmlns:ev': 'http://purl.org/rss/1.0/modules/event/',
      '@_xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      channel: { title, link, description: 'Kurse, Workshops und Vorträge zu digitalen Kompetenzen in Leipzig', language: 'de', item: items },
    },
  })}`;
}
