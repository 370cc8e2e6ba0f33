import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import districtsData from '../../data/leipzig/leipzig-districts.json' with { type: 'json' };
import boundariesData from '../../data/leipzig/ortsteile-boundaries.geo.json' with { type: 'json' };

/**
 * Leipzig's 63 Ortsteile and 10 Stadtbezirke (data and licences: `schema/data/leipzig/SOURCES.md`),
 * and the ways a harvested place finds its district: the feed's own words, its coordinates, its
 * postcode, in that order of trust.
 */
export interface Ortsteil {
  name: string;
  number: string;
  stadtbezirk: string;
  latitude: number;
  longitude: number;
  postcodes: string[];
}

interface DistrictRecord {
  ortsteil: string;
  number: string;
  stadtbezirk: string;
  lat: number;
  lon: number;
  postcodes: string[];
}

export const ORTSTEILE: readonly Ortsteil[] = (districtsData as DistrictRecord[]).map((d) => ({
  name: d.ortsteil,
  number: d.number,
  stadtbezirk: d.stadtbezirk,
  latitude: d.lat,
  longitude: d.lon,
  postcodes: d.postcodes,
}));

export const STADTBEZIRKE: readonly string[] = [...new Set(ORTSTEILE.map((o) => o.stadtbezirk))];

const boundaries = (boundariesData as unknown as FeatureCollection<Polygon | MultiPolygon, { number: string }>).features;
const byNumber = new Map(ORTSTEILE.map((o) => [o.number, o]));
const byFoldedName = new Map(ORTSTEILE.map((o) => [foldName(o.name), o]));

function foldName(name: string): string {
  return name.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '');
}

export function ortsteilNamed(name: string): Ortsteil | null {
  return byFoldedName.get(foldName(name)) ?? null;
}

/** The Ortsteil whose boundary holds the point, or null outside Leipzig. */
export function ortsteilAt(latitude: number, longitude: number): Ortsteil | null {
  const point = { type: 'Point' as const, coordinates: [longitude, latitude] };
  const feature = boundaries.find((f: Feature<Polygon | MultiPolygon, { number: string }>) => booleanPointInPolygon(point, f));
  return feature ? (byNumber.get(feature.properties.number) ?? null) : null;
}

/** The Ortsteile a postcode reaches into (often more than one). */
export function ortsteileWithPostcode(postcode: string): Ortsteil[] {
  return ORTSTEILE.filter((o) => o.postcodes.includes(postcode));
}

/** An Ortsteil named in a place's own words ("Leipzig-Plagwitz", "in Gohlis"), longest name first. */
export function ortsteilMentionedIn(text: string): Ortsteil | null {
  const folded = ` ${text.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '')} `;
  const candidates = [...ORTSTEILE].sort((a, b) => b.name.length - a.name.length);
  return (
    candidates.find((o) => {
      const name = o.name.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      return new RegExp(`[^a-z0-9]${name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}[^a-z0-9]`).test(folded);
    }) ?? null
  );
}
