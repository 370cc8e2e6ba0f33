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

function foldWords(text: string): string {
  return text.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** All Ortsteil names in one pattern, longest first, so that "Zentrum-Süd" wins over "Zentrum". */
const NAMES_BY_FOLDED = new Map(ORTSTEILE.map((o) => [foldWords(o.name), o]));
const MENTION = new RegExp(
  `(?<![a-z0-9])(${[...NAMES_BY_FOLDED.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})(?![a-z0-9])`,
);

/** An Ortsteil named in a place's own words ("Leipzig-Plagwitz", "in Gohlis"), the longest name first. */
export function ortsteilMentionedIn(text: string): Ortsteil | null {
  const match = MENTION.exec(foldWords(text));
  return match ? (NAMES_BY_FOLDED.get(match[1]!) ?? null) : null;
}
