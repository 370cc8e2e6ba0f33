import { ortsteilAt, ortsteileWithPostcode, ortsteilMentionedIn, type Location } from '@campus/schema';

/** Leipzig's postcodes run from 04103 to 04357. */
const LEIPZIG_POSTCODE = /^04(1\d\d|2\d\d|3[0-5]\d)$/;

/**
 * Places a harvested location in Leipzig's districts: the feed's own words first, then its
 * coordinates, then its postcode where that points at one Ortsteil (else only at its Stadtbezirk).
 * A place outside Leipzig keeps no district; one without coordinates gets its district's centre.
 */
export function resolvePlace(location: Location): Location {
  const words = [location.name, location.address].filter(Boolean).join(', ');
  const outside = (location.postcode !== null && !LEIPZIG_POSTCODE.test(location.postcode)) || (location.locality !== null && !/leipzig/i.test(location.locality));
  if (outside) return location;
  const hasCoordinates = location.latitude !== null && location.longitude !== null;
  const named = location.postcode || /leipzig/i.test(words) ? ortsteilMentionedIn(words) : null;
  const placed = named ?? (hasCoordinates ? ortsteilAt(location.latitude!, location.longitude!) : null);
  const byPostcode = location.postcode ? ortsteileWithPostcode(location.postcode) : [];
  const ortsteil = placed ?? (byPostcode.length === 1 ? byPostcode[0]! : null);
  const bezirke = [...new Set(byPostcode.map((o) => o.stadtbezirk))];
  const stadtbezirk = ortsteil?.stadtbezirk ?? (bezirke.length === 1 ? bezirke[0]! : null);
  return {
    ...location,
    district: location.district ?? ortsteil?.name ?? null,
    stadtbezirk: location.stadtbezirk ?? stadtbezirk,
    latitude: hasCoordinates ? location.latitude : (ortsteil?.latitude ?? null),
    longitude: hasCoordinates ? location.longitude : (ortsteil?.longitude ?? null),
    coordinatesFrom: hasCoordinates ? 'FEED' : ortsteil ? 'DISTRICT' : null,
  };
}
