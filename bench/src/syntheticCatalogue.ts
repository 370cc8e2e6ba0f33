import { ORTSTEILE, TARGET_GROUPS, TOPICS, type HarvestedOffering } from '@campus/schema';

/** Deterministic pseudo-random numbers, so that every run seeds the same catalogue. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Stems and endings that make the compounds German course titles are full of: 40 × 26 = 1,040 subjects. */
const STEMS = ['Daten', 'Netz', 'Cloud', 'Web', 'Medien', 'Bild', 'Video', 'Text', 'Büro', 'Lern', 'Computer', 'Handy', 'Foto', 'Musik', 'Spiel', 'Code', 'Server', 'Tabellen', 'Passwort', 'Konto', 'Online', 'Verwaltungs', 'Bürger', 'Schul', 'Firmen', 'Vereins', 'Senioren', 'Familien', 'Karten', 'Sensor', 'Roboter', 'Chat', 'Mail', 'Präsentations', 'Forschungs', 'Open-Source', 'Linux', 'Windows', 'Apple', 'Android'];
const ENDINGS = ['schutz', 'sicherheit', 'analyse', 'management', 'kompetenz', 'grundlagen', 'bearbeitung', 'gestaltung', 'programmierung', 'verwaltung', 'planung', 'werkstatt', 'recherche', 'ethik', 'recht', 'kultur', 'dienste', 'strategie', 'praxis', 'technik', 'pflege', 'nutzung', 'kommunikation', 'archiv', 'design', 'tools'];
const SUBJECTS = STEMS.flatMap((stem) => ENDINGS.map((ending) => `${stem}${ending}`));
const FORMS = ['Einführung', 'Workshop', 'Kurs', 'Vortrag', 'Grundlagen', 'kompakt', 'für Fortgeschrittene', 'Sprechstunde', 'Praxisseminar', 'Lecture'];
const AUDIENCES = ['für Einsteiger:innen', 'für Senioren', 'für Lehrkräfte', 'für Studierende', 'für Auszubildende', 'für Vereine', 'für Unternehmen', 'für die Verwaltung', 'für Familien', 'for Newcomers'];
const SENTENCES = [
  'In diesem Kurs lernen Sie Schritt für Schritt, worauf es bei {} ankommt.',
  'Bitte bringen Sie einen eigenen Laptop mit; wir arbeiten mit {}.',
  'Die Teilnahme ist kostenlos, eine Anmeldung ist erforderlich.',
  'Wir üben {} an praktischen Beispielen aus dem Alltag.',
  'Das Angebot richtet sich an alle, die mehr über {} wissen wollen.',
  'Vorkenntnisse in {} sind nicht nötig.',
  'You will work on real examples of {} from the city of Leipzig.',
  'Im Anschluss gibt es Zeit für Fragen zu {} und Austausch.',
];
const FORMATS = ['IN_PERSON', 'IN_PERSON', 'IN_PERSON', 'ONLINE', 'HYBRID'] as const;
const TYPES = ['COURSE', 'WORKSHOP', 'LECTURE', 'EVENT', 'SERIES'] as const;

/** `count` realistic offerings with dates over the next months, places in Leipzig's districts, prices. */
export function syntheticOfferings(count: number, seed: number, now: Date): HarvestedOffering[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const subject = pick(SUBJECTS);
    const title = `${subject} ${pick(FORMS)} ${pick(AUDIENCES)}`;
    const sentence = (): string => pick(SENTENCES).replace('{}', pick(SUBJECTS));
    const text = [`${subject}: ${sentence()}`, sentence(), sentence()].join(' ');
    const format = pick(FORMATS);
    const ortsteil = pick(ORTSTEILE);
    const first = now.getTime() + Math.floor(next() * 300) * 86_400_000 + (8 + Math.floor(next() * 12)) * 3_600_000;
    const dates = 1 + Math.floor(next() * 6);
    const paid = next() < 0.5;
    return {
      itemKey: `synthetic-${seed}-${i}`,
      title,
      summary: text.slice(0, 120),
      description: `<p>${text}</p>`,
      descriptionText: text,
      url: `https://kurse.example.de/${seed}/${i}`,
      languages: next() < 0.85 ? ['de'] : ['en'],
      languagesDetected: false,
      type: pick(TYPES),
      format,
      topics: [pick(TOPICS)],
      targetGroups: [pick(TARGET_GROUPS)],
      classification: [],
      level: null,
      cost: paid ? { kind: 'PAID', amount: 10 + Math.floor(next() * 20) * 5, currency: 'EUR' } : { kind: 'FREE' },
      registration: null,
      location:
        format === 'ONLINE'
          ? null
          : { name: `Bildungszentrum ${ortsteil.name}`, address: `Hauptstraße ${i % 200}, ${ortsteil.postcodes[0] ?? '04109'} Leipzig`, postcode: ortsteil.postcodes[0] ?? null, locality: 'Leipzig', district: ortsteil.name, stadtbezirk: ortsteil.stadtbezirk, latitude: ortsteil.latitude, longitude: ortsteil.longitude, coordinatesFrom: 'FEED' },
      occurrences: Array.from({ length: dates }, (_, d) => ({
        start: new Date(first + d * 7 * 86_400_000).toISOString(),
        end: new Date(first + d * 7 * 86_400_000 + 90 * 60_000).toISOString(),
        timeZone: 'Europe/Berlin',
        allDay: false,
        status: 'SCHEDULED' as const,
      })),
      workloadHours: null,
      certificate: null,
      accessibility: null,
      image: null,
      licence: null,
      status: 'SCHEDULED',
      categories: [subject],
    };
  });
}

/** The words of the catalogue's titles that people search for: the subjects, their stems and endings, the forms. */
export const VOCABULARY = [...new Set([...SUBJECTS, ...STEMS, ...ENDINGS, ...FORMS.flatMap((f) => f.split(' '))].filter((w) => w.length >= 4))];
