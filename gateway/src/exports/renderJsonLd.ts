import type { ExportOffering } from './exportOffering';

const COURSE_MODE: Record<string, string> = { IN_PERSON: 'onsite', ONLINE: 'online', HYBRID: 'blended' };

/** A schema.org ItemList of Courses with their CourseInstances: what search engines and other catalogues read. */
export function renderJsonLd(offerings: readonly ExportOffering[], title: string): string {
  return JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: title,
    numberOfItems: offerings.length,
    itemListElement: offerings.map((o, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item: {
        '@type': 'Course',
        '@id': o.id,
        name: o.title,
        description: o.descriptionText ?? o.summary ?? undefined,
        url: o.url ?? undefined,
        inLanguage: o.languages,
        provider: { '@type': 'Organization', name: o.provider.name },
        offers: o.cost.kind === 'FREE' ? { '@type': 'Offer', price: 0, priceCurrency: 'EUR' } : o.cost.kind === 'PAID' ? { '@type': 'Offer', price: o.cost.amount, priceCurrency: o.cost.currency } : undefined,
        hasCourseInstance: o.occurrences.map((d) => ({
          '@type': 'CourseInstance',
          startDate: d.start,
          endDate: d.end ?? undefined,
          courseMode: o.format ? COURSE_MODE[o.format] : undefined,
          eventStatus: d.status === 'CANCELLED' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
          location: o.location
            ? { '@type': 'Place', name: o.location.name ?? undefined, address: o.location.address ?? undefined, geo: o.location.latitude != null ? { '@type': 'GeoCoordinates', latitude: o.location.latitude, longitude: o.location.longitude } : undefined }
            : undefined,
        })),
      },
    })),
  }, null, 2);
}
