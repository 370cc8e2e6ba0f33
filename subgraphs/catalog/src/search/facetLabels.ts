export type Lang = 'DE' | 'EN';

/** Labels of enum values for facets and clients, German and English. */
const LABELS: Record<string, [de: string, en: string]> = {
  INFORMATION_DATA_LITERACY: ['Informations- und Datenkompetenz', 'Information and data literacy'],
  COMMUNICATION_COLLABORATION: ['Kommunikation und Zusammenarbeit', 'Communication and collaboration'],
  DIGITAL_CONTENT_CREATION: ['Erstellung digitaler Inhalte', 'Digital content creation'],
  SAFETY: ['Sicherheit', 'Safety'],
  PROBLEM_SOLVING: ['Problemlösung', 'Problem solving'],
  STUDENTS: ['Studierende', 'Students'],
  TRAINEES: ['Auszubildende', 'Trainees'],
  ADMINISTRATION: ['Verwaltung', 'Public administration'],
  BUSINESS: ['Wirtschaft', 'Business'],
  TEACHERS: ['Lehrkräfte', 'Teachers'],
  CITIZENS: ['Bürgerinnen und Bürger', 'Citizens'],
  IN_PERSON: ['Vor Ort', 'In person'],
  ONLINE: ['Online', 'Online'],
  HYBRID: ['Hybrid', 'Hybrid'],
  COURSE: ['Kurs', 'Course'],
  WORKSHOP: ['Workshop', 'Workshop'],
  LECTURE: ['Vortrag', 'Lecture'],
  EVENT: ['Veranstaltung', 'Event'],
  MOOC: ['MOOC', 'MOOC'],
  SERIES: ['Reihe', 'Series'],
  FREE: ['Kostenlos', 'Free'],
  PAID: ['Kostenpflichtig', 'Paid'],
  UNKNOWN: ['Kosten unbekannt', 'Cost unknown'],
};

const LANGUAGES: Record<string, [string, string]> = {
  de: ['Deutsch', 'German'],
  en: ['Englisch', 'English'],
  fr: ['Französisch', 'French'],
  es: ['Spanisch', 'Spanish'],
  ar: ['Arabisch', 'Arabic'],
  uk: ['Ukrainisch', 'Ukrainian'],
  ru: ['Russisch', 'Russian'],
  tr: ['Türkisch', 'Turkish'],
  pl: ['Polnisch', 'Polish'],
};

export function labelOf(value: string, lang: Lang): string {
  const labels = LABELS[value];
  return labels ? labels[lang === 'DE' ? 0 : 1] : value;
}

export function languageLabel(code: string, lang: Lang): string {
  const labels = LANGUAGES[code];
  return labels ? labels[lang === 'DE' ? 0 : 1] : code;
}
