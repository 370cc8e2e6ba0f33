/**
 * What the four demo partners publish. Written for this project; places are real Leipzig venues.
 * Dates are given relative to the day the feeds are served, so the demo never goes stale.
 */
export interface DemoPlace {
  name: string;
  street: string;
  postcode: string;
  latitude: number;
  longitude: number;
}

export interface DemoOffering {
  key: string;
  title: string;
  lang: 'de' | 'en';
  description: string;
  /** Days after today (negative: an event that is over, as real feeds keep them for a while). */
  day: number;
  time: string;
  minutes: number;
  place: DemoPlace | 'online';
  /** 0 is free; null says nothing about cost. */
  price: number | null;
  categories: string[];
  /** Weekly repetitions (iCalendar only). */
  weeks?: number;
  /** Weeks skipped in a recurring course (iCalendar EXDATE). */
  skipWeeks?: number[];
}

const PLACES = {
  augusteum: { name: 'Augusteum', street: 'Augustusplatz 10', postcode: '04109', latitude: 51.3385, longitude: 12.3797 },
  hsg: { name: 'Hörsaalgebäude', street: 'Universitätsstraße 3', postcode: '04109', latitude: 51.3382, longitude: 12.3786 },
  jahnallee: { name: 'Campus Jahnallee', street: 'Jahnallee 59', postcode: '04109', latitude: 51.3419, longitude: 12.3538 },
  vhs: { name: 'Volkshochschule Leipzig', street: 'Löhrstraße 3-7', postcode: '04105', latitude: 51.3478, longitude: 12.3749 },
  library: { name: 'Leipziger Stadtbibliothek', street: 'Wilhelm-Leuschner-Platz 10/11', postcode: '04107', latitude: 51.3337, longitude: 12.3749 },
  plagwitz: { name: 'Bibliothek Plagwitz "Georg Maurer"', street: 'Zschochersche Straße 14', postcode: '04229', latitude: 51.3301, longitude: 12.3366 },
  gruenau: { name: 'Stadtteilbibliothek Grünau-Mitte', street: 'Stuttgarter Allee 25', postcode: '04209', latitude: 51.3208, longitude: 12.2832 },
  rathaus: { name: 'Neues Rathaus', street: 'Martin-Luther-Ring 4-6', postcode: '04109', latitude: 51.3364, longitude: 12.3707 },
  westwerk: { name: 'Westwerk', street: 'Karl-Heine-Straße 85-93', postcode: '04229', latitude: 51.3324, longitude: 12.3304 },
  htwk: { name: 'HTWK Geutebrück-Bau', street: 'Karl-Liebknecht-Straße 132', postcode: '04277', latitude: 51.3131, longitude: 12.3743 },
  htwkNieper: { name: 'HTWK Nieper-Bau', street: 'Karl-Liebknecht-Straße 134', postcode: '04277', latitude: 51.3123, longitude: 12.3746 },
  gohlis: { name: 'Stadtteilbibliothek Gohlis', street: 'Georg-Schumann-Straße 105', postcode: '04155', latitude: 51.3592, longitude: 12.3675 },
} satisfies Record<string, DemoPlace>;

export interface DemoPartner {
  id: string;
  file: string;
  offerings: DemoOffering[];
}

export const UNI_LEIPZIG: DemoPartner = {
  id: 'uni-leipzig',
  file: 'uni-leipzig.rss',
  offerings: [
    { key: 'ul-2026-01', title: 'Ringvorlesung: Künstliche Intelligenz und Gesellschaft', lang: 'de', description: 'Öffentliche Ringvorlesung über Chancen und Risiken von KI. Eintritt frei, keine Anmeldung nötig.', day: 1, time: '18:15', minutes: 90, place: PLACES.hsg, price: 0, categories: ['Ringvorlesung', 'Künstliche Intelligenz'] },
    { key: 'ul-2026-00', title: 'Ringvorlesung: Digitale Souveränität', lang: 'de', description: 'Auftakt der Ringvorlesung zu freier Software und offenen Standards in Verwaltung und Hochschule. Eintritt frei.', day: -8, time: '18:15', minutes: 90, place: PLACES.hsg, price: 0, categories: ['Ringvorlesung'] },
    { key: 'ul-2026-02', title: 'Lecture: Open Data for Researchers', lang: 'en', description: 'How to publish research data openly, choose licences and describe datasets. Free of charge.', day: 2, time: '16:00', minutes: 90, place: PLACES.augusteum, price: 0, categories: ['Lecture', 'Open Data'] },
    { key: 'ul-2026-03', title: 'Workshop: Literaturverwaltung mit Zotero', lang: 'de', description: 'Quellen sammeln, zitieren und im Team teilen. Bitte eigenen Laptop mitbringen. Teilnahme kostenlos.', day: 3, time: '10:00', minutes: 180, place: PLACES.jahnallee, price: 0, categories: ['Workshop', 'Informationskompetenz'] },
    { key: 'ul-2026-04', title: 'Python für Geisteswissenschaftler:innen', lang: 'de', description: 'Einführungskurs in Python: Texte einlesen, zählen, visualisieren. Keine Vorkenntnisse nötig.', day: 4, time: '14:00', minutes: 120, place: PLACES.jahnallee, price: 0, categories: ['Kurs', 'Programmieren'] },
    { key: 'ul-2026-05', title: 'Talk: Writing Secure Web Applications', lang: 'en', description: 'The OWASP Top 10 explained with live examples from university IT. Free admission.', day: 7, time: '17:00', minutes: 60, place: PLACES.hsg, price: 0, categories: ['Lecture', 'IT-Sicherheit'] },
    { key: 'ul-2026-06', title: 'Sicher unterwegs im Netz: Passwörter und Zwei-Faktor-Anmeldung', lang: 'de', description: 'Wie man starke Passwörter verwaltet und Konten mit einem zweiten Faktor schützt. Kostenlos.', day: 8, time: '12:15', minutes: 45, place: 'online', price: 0, categories: ['Online-Seminar', 'IT-Sicherheit'] },
    { key: 'ul-2026-07', title: 'Forschungsdatenmanagement kompakt', lang: 'de', description: 'Datenmanagementpläne schreiben, Daten sichern und archivieren. Für Promovierende. Kostenlos.', day: 9, time: '09:30', minutes: 240, place: PLACES.augusteum, price: 0, categories: ['Seminar', 'Forschungsdaten'] },
    { key: 'ul-2026-08', title: 'Lecture: Machine Learning Basics for Everyone', lang: 'en', description: 'What machine learning can and cannot do, explained without formulas. Free of charge.', day: 10, time: '18:00', minutes: 90, place: PLACES.hsg, price: 0, categories: ['Lecture', 'Künstliche Intelligenz'] },
    { key: 'ul-2026-09', title: 'Barrierefreie Dokumente erstellen', lang: 'de', description: 'PDFs und Präsentationen so gestalten, dass Screenreader sie vorlesen können. Teilnahme kostenlos.', day: 11, time: '13:00', minutes: 120, place: PLACES.jahnallee, price: 0, categories: ['Workshop', 'Barrierefreiheit'] },
    { key: 'ul-2026-10', title: 'Digitale Lehre gestalten mit Moodle', lang: 'de', description: 'Für Lehrende: Kursräume anlegen, Tests bauen, Feedback geben. Kostenlos für Beschäftigte.', day: 15, time: '10:00', minutes: 180, place: PLACES.augusteum, price: 0, categories: ['Workshop', 'Lehre'] },
    { key: 'ul-2026-11', title: 'Workshop: Version Control with Git', lang: 'en', description: 'Commit, branch, merge and collaborate on GitHub and GitLab. Bring a laptop. Free.', day: 16, time: '14:00', minutes: 180, place: PLACES.jahnallee, price: 0, categories: ['Workshop', 'Programmieren'] },
    { key: 'ul-2026-12', title: 'Ringvorlesung: Desinformation erkennen', lang: 'de', description: 'Wie Falschmeldungen entstehen, sich verbreiten und wie man sie prüft. Eintritt frei.', day: 22, time: '18:15', minutes: 90, place: PLACES.hsg, price: 0, categories: ['Ringvorlesung', 'Medienkompetenz'] },
    { key: 'ul-2026-13', title: 'Statistik mit R: Einführung', lang: 'de', description: 'Daten einlesen, beschreiben und grafisch darstellen mit R und RStudio. Kostenlos.', day: 23, time: '09:00', minutes: 360, place: PLACES.jahnallee, price: 0, categories: ['Kurs', 'Datenanalyse'] },
    { key: 'ul-2026-14', title: 'Lecture: Privacy by Design', lang: 'en', description: 'Data protection principles for software projects under the GDPR. Free admission.', day: 29, time: '17:00', minutes: 90, place: PLACES.augusteum, price: 0, categories: ['Lecture', 'Datenschutz'] },
    { key: 'ul-2026-15', title: 'Wissenschaftliche Poster digital gestalten', lang: 'de', description: 'Layout, Grafiken und Farben für Poster mit freien Werkzeugen. Teilnahme kostenlos.', day: 30, time: '10:00', minutes: 120, place: PLACES.jahnallee, price: 0, categories: ['Workshop', 'Gestaltung'] },
    { key: 'ul-2026-16', title: 'Lecture: The Ethics of Algorithms', lang: 'en', description: 'Fairness, accountability and transparency of automated decisions. Free admission.', day: 36, time: '18:15', minutes: 90, place: PLACES.hsg, price: 0, categories: ['Lecture', 'Künstliche Intelligenz'] },
  ],
};

export const VHS_LEIPZIG: DemoPartner = {
  id: 'vhs-leipzig',
  file: 'vhs-leipzig.ics',
  offerings: [
    { key: 'vhs-26W-1001', title: 'Computerkurs für Einsteiger:innen ab 60', lang: 'de', description: 'Wöchentlicher Kurs: Maus, Tastatur, Dateien und E-Mail in Ruhe lernen. Entgelt: 89,00 €.', day: 1, time: '10:00', minutes: 90, place: PLACES.vhs, price: 89, categories: ['EDV Grundlagen', 'Senioren'], weeks: 8, skipWeeks: [4] },
    { key: 'vhs-26W-1002', title: 'Smartphone-Sprechstunde', lang: 'de', description: 'Bringen Sie Ihr Smartphone mit: wir beantworten Ihre Fragen zu Apps, Fotos und Einstellungen. Kostenlos.', day: 2, time: '15:00', minutes: 120, place: PLACES.gruenau, price: 0, categories: ['Smartphone'], weeks: 10 },
    { key: 'vhs-26W-1003', title: 'Excel Grundlagen', lang: 'de', description: 'Tabellen anlegen, rechnen, sortieren und Diagramme erstellen. Entgelt: 69,00 €.', day: 3, time: '17:30', minutes: 180, place: PLACES.vhs, price: 69, categories: ['Office'], weeks: 4 },
    { key: 'vhs-26W-1004', title: 'Bildbearbeitung mit GIMP', lang: 'de', description: 'Fotos zuschneiden, verbessern und für das Netz verkleinern mit freier Software. Entgelt: 59,00 €.', day: 4, time: '18:00', minutes: 135, place: PLACES.vhs, price: 59, categories: ['Grafik', 'Kreativ'], weeks: 3 },
    { key: 'vhs-26W-1005', title: 'Online-Banking sicher nutzen', lang: 'de', description: 'Überweisungen, TAN-Verfahren und Betrugsmaschen erkennen. Entgelt: 15,00 €.', day: 5, time: '10:00', minutes: 180, place: PLACES.vhs, price: 15, categories: ['Sicherheit im Netz'] },
    { key: 'vhs-26W-1006', title: 'Digital Skills for Newcomers (English)', lang: 'en', description: 'Online services of the city, e-mail and video calls explained in English. Free of charge.', day: 6, time: '11:00', minutes: 120, place: PLACES.library, price: 0, categories: ['Integration'] },
    { key: 'vhs-26W-1007', title: 'Webseiten mit WordPress erstellen', lang: 'de', description: 'Von der Installation bis zur fertigen Vereinsseite. Entgelt: 119,00 €.', day: 8, time: '18:00', minutes: 180, place: PLACES.vhs, price: 119, categories: ['Web'], weeks: 4 },
    { key: 'vhs-26W-1008', title: 'Videokonferenzen leicht gemacht', lang: 'de', description: 'Zoom, Jitsi und BigBlueButton sicher bedienen, online per Videokonferenz. Entgelt: 12,00 €.', day: 9, time: '19:00', minutes: 90, place: 'online', price: 12, categories: ['Online-Kurs', 'Kommunikation'] },
    { key: 'vhs-26W-1009', title: 'Programmieren lernen mit Scratch für Familien', lang: 'de', description: 'Eltern und Kinder bauen gemeinsam ein kleines Spiel. Entgelt: 25,00 € pro Familie.', day: 12, time: '10:00', minutes: 180, place: PLACES.gohlis, price: 25, categories: ['Familie', 'Programmieren'] },
    { key: 'vhs-26W-1010', title: 'Datenschutz im Alltag', lang: 'de', description: 'Cookies, Tracking und Privatsphäre-Einstellungen verstehen. Entgelt: 18,00 €.', day: 14, time: '18:00', minutes: 120, place: PLACES.vhs, price: 18, categories: ['Sicherheit im Netz', 'Datenschutz'] },
    { key: 'vhs-26W-1011', title: 'Tablet-Kurs: iPad und Android-Tablets', lang: 'de', description: 'Wöchentlicher Kurs für Einsteigerinnen und Einsteiger. Entgelt: 65,00 €.', day: 15, time: '14:00', minutes: 90, place: PLACES.gruenau, price: 65, categories: ['Smartphone', 'Senioren'], weeks: 5 },
    { key: 'vhs-26W-1012', title: 'Künstliche Intelligenz im Alltag: ChatGPT & Co.', lang: 'de', description: 'Was Chatbots können, wo sie irren und wie man sie sinnvoll fragt. Entgelt: 20,00 €.', day: 16, time: '18:00', minutes: 120, place: PLACES.vhs, price: 20, categories: ['KI'] },
    { key: 'vhs-26W-1013', title: 'Fotobuch gestalten am Computer', lang: 'de', description: 'Urlaubsfotos auswählen, ordnen und als Buch bestellen. Entgelt: 35,00 €.', day: 19, time: '10:00', minutes: 240, place: PLACES.vhs, price: 35, categories: ['Kreativ'] },
    { key: 'vhs-26W-1014', title: 'Linux für Umsteiger', lang: 'de', description: 'Ubuntu installieren, Programme finden, Daten umziehen. Entgelt: 49,00 €.', day: 22, time: '18:00', minutes: 180, place: PLACES.westwerk, price: 49, categories: ['Betriebssysteme'], weeks: 2 },
    { key: 'vhs-26W-1015', title: 'Bewerben per E-Mail und Online-Portal', lang: 'de', description: 'Unterlagen als PDF vorbereiten und sicher versenden. Kostenfrei für Arbeitsuchende, sonst 10,00 €.', day: 24, time: '09:00', minutes: 180, place: PLACES.vhs, price: 10, categories: ['Beruf'] },
    { key: 'vhs-26W-1016', title: 'Podcasts selbst produzieren', lang: 'de', description: 'Aufnehmen, schneiden und veröffentlichen mit dem Smartphone. Entgelt: 45,00 €.', day: 27, time: '10:00', minutes: 300, place: PLACES.plagwitz, price: 45, categories: ['Medien', 'Kreativ'] },
  ],
};

export const DIGITAL_CITY: DemoPartner = {
  id: 'digitale-stadt-leipzig',
  file: 'digitale-stadt.json',
  offerings: [
    { key: 'dsl-101', title: 'Digitale Sprechstunde im Bürgeramt', lang: 'de', description: 'Hilfe beim Online-Antrag, beim Personalausweis mit Online-Funktion und bei der BundID. Kostenlos, ohne Anmeldung.', day: 1, time: '14:00', minutes: 180, place: PLACES.rathaus, price: 0, categories: ['Verwaltung digital'] },
    { key: 'dsl-102', title: 'Open Data Leipzig: Daten der Stadt nutzen', lang: 'de', description: 'Das Open-Data-Portal kennenlernen und erste Auswertungen machen. Kostenlos.', day: 3, time: '17:00', minutes: 120, place: PLACES.library, price: 0, categories: ['Open Data'] },
    { key: 'dsl-103', title: 'Digitalwerkstatt für Schulen: Robotik mit Calliope', lang: 'de', description: 'Für Lehrkräfte: Calliope mini im Unterricht einsetzen. Materialien werden gestellt. Kostenlos.', day: 4, time: '14:30', minutes: 150, place: PLACES.library, price: 0, categories: ['Schule', 'Lehrkräfte'] },
    { key: 'dsl-104', title: 'Repair Café digital: Laptops und Handys', lang: 'de', description: 'Gemeinsam reparieren statt wegwerfen: Akkus, Displays, Software. Kostenlos, Spende willkommen.', day: 6, time: '13:00', minutes: 240, place: PLACES.westwerk, price: 0, categories: ['Nachhaltigkeit'] },
    { key: 'dsl-105', title: 'Fake News erkennen: Workshop für Jugendliche', lang: 'de', description: 'Quellen prüfen, Bilder rückwärts suchen, Bots erkennen. Für 14 bis 18 Jahre. Kostenlos.', day: 9, time: '16:00', minutes: 120, place: PLACES.plagwitz, price: 0, categories: ['Jugend', 'Medienkompetenz'] },
    { key: 'dsl-106', title: 'E-Akte in der Stadtverwaltung: Einführung', lang: 'de', description: 'Für Beschäftigte der Stadtverwaltung: Grundlagen der elektronischen Akte. Online-Schulung, kostenlos.', day: 10, time: '09:00', minutes: 120, place: 'online', price: 0, categories: ['Verwaltung digital', 'Online'] },
    { key: 'dsl-107', title: 'Cyber Security Awareness for Small Businesses', lang: 'en', description: 'Phishing, ransomware and backups for small companies in Leipzig. Free of charge.', day: 11, time: '18:00', minutes: 120, place: PLACES.rathaus, price: 0, categories: ['Wirtschaft', 'IT-Sicherheit'] },
    { key: 'dsl-108', title: 'Seniorennetz: Videotelefonie mit der Familie', lang: 'de', description: 'Videoanrufe mit WhatsApp und Signal einrichten. Kostenlos.', day: 13, time: '10:00', minutes: 90, place: PLACES.gohlis, price: 0, categories: ['Senioren'] },
    { key: 'dsl-109', title: 'Hackathon: Code for Leipzig', lang: 'de', description: 'Ein Wochenende lang Ideen für die Stadt programmieren. Verpflegung inklusive, kostenlos.', day: 19, time: '10:00', minutes: 480, place: PLACES.westwerk, price: 0, categories: ['Hackathon', 'Open Data'] },
    { key: 'dsl-110', title: 'Online-Terminvereinbarung und digitale Behördengänge', lang: 'de', description: 'Welche Leistungen der Stadt online gehen und wie. Kostenlos.', day: 17, time: '17:00', minutes: 90, place: PLACES.gruenau, price: 0, categories: ['Verwaltung digital'] },
    { key: 'dsl-111', title: 'Barrier-free websites: a workshop for public bodies', lang: 'en', description: 'Accessibility requirements (BITV 2.0) for municipal websites, with hands-on checks. Free.', day: 24, time: '13:00', minutes: 180, place: PLACES.rathaus, price: 0, categories: ['Barrierefreiheit', 'Verwaltung digital'] },
    { key: 'dsl-112', title: 'Digitaler Nachlass: Was passiert mit meinen Konten?', lang: 'de', description: 'Vorsorge für Online-Konten und Daten. Vortrag mit Fragerunde. Kostenlos.', day: 25, time: '18:00', minutes: 90, place: PLACES.library, price: 0, categories: ['Vortrag'] },
    { key: 'dsl-113', title: 'Medienkompetenz für Eltern: Kinder und Smartphones', lang: 'de', description: 'Bildschirmzeit, Jugendschutz-Einstellungen und Apps. Kostenlos.', day: 31, time: '19:00', minutes: 90, place: 'online', price: 0, categories: ['Familie', 'Medienkompetenz'] },
    { key: 'dsl-115', title: 'Digital Café for International Students', lang: 'en', description: 'Set up the city app, online banking and the university portals over coffee. Free of charge.', day: 4, time: '17:00', minutes: 120, place: PLACES.library, price: 0, categories: ['International', 'Community'] },
    { key: 'dsl-116', title: 'Coding-Club für Mädchen', lang: 'de', description: 'Wöchentlicher Treff für Mädchen von 10 bis 14 Jahren: Webseiten und Spiele programmieren. Kostenlos.', day: 2, time: '16:30', minutes: 90, place: PLACES.gohlis, price: 0, categories: ['Jugend', 'Programmieren'] },
    { key: 'dsl-114', title: 'Smart City Leipzig: Sensoren im Stadtteil', lang: 'de', description: 'Wie die Stadt Luftqualität und Verkehr misst und wo die Daten zu finden sind. Kostenlos.', day: 33, time: '17:30', minutes: 90, place: PLACES.plagwitz, price: 0, categories: ['Smart City', 'Open Data'] },
  ],
};

export const HTWK_LEIPZIG: DemoPartner = {
  id: 'htwk-leipzig',
  file: 'htwk-leipzig.ics',
  offerings: [
    { key: 'htwk-wb-01', title: 'Zertifikatskurs Data Science', lang: 'de', description: 'Berufsbegleitende Weiterbildung: Datenaufbereitung, Statistik, maschinelles Lernen mit Python. Gebühr: 1.450 € (8 Termine).', day: 5, time: '09:00', minutes: 420, place: PLACES.htwk, price: 1450, categories: ['Weiterbildung', 'Data Science'], weeks: 8 },
    { key: 'htwk-wb-02', title: 'SPS-Programmierung für Auszubildende', lang: 'de', description: 'Steuerungen programmieren nach IEC 61131-3 für Auszubildende in Elektro- und Mechatronikberufen. Gebühr: 120 €.', day: 2, time: '08:00', minutes: 360, place: PLACES.htwkNieper, price: 120, categories: ['Ausbildung', 'Automatisierung'] },
    { key: 'htwk-wb-03', title: 'Kinder-Uni Informatik: Wie denkt ein Computer?', lang: 'de', description: 'Vorlesung für Kinder von 8 bis 12 Jahren. Eintritt frei.', day: 6, time: '10:00', minutes: 60, place: PLACES.htwk, price: 0, categories: ['Kinder-Uni'] },
    { key: 'htwk-wb-04', title: 'Building Information Modeling (BIM) Basics', lang: 'en', description: 'Introduction to BIM workflows for architects and engineers. Course fee: 390 €.', day: 9, time: '09:00', minutes: 420, place: PLACES.htwkNieper, price: 390, categories: ['Weiterbildung', 'Bauwesen'] },
    { key: 'htwk-wb-05', title: 'Offene Werkstatt: 3D-Druck und Lasercutter', lang: 'de', description: 'Im FabLab der HTWK eigene Modelle drucken und schneiden. Offen für alle, kostenlos.', day: 3, time: '16:00', minutes: 180, place: PLACES.htwkNieper, price: 0, categories: ['FabLab', 'Maker'], weeks: 6 },
    { key: 'htwk-wb-06', title: 'Agiles Projektmanagement mit Scrum', lang: 'de', description: 'Zweitägiges Seminar für Fach- und Führungskräfte aus Unternehmen. Gebühr: 690 €.', day: 11, time: '09:00', minutes: 480, place: PLACES.htwk, price: 690, categories: ['Weiterbildung', 'Management'] },
    { key: 'htwk-wb-07', title: 'Informationssicherheit nach ISO 27001', lang: 'de', description: 'Grundlagen eines Informationssicherheits-Managementsystems für Unternehmen und Verwaltung. Gebühr: 540 €.', day: 16, time: '09:00', minutes: 420, place: PLACES.htwk, price: 540, categories: ['Weiterbildung', 'IT-Sicherheit'] },
    { key: 'htwk-wb-08', title: 'Lecture series: Robotics in Industry 4.0', lang: 'en', description: 'Guest lectures from Saxon industry on collaborative robots. Free admission.', day: 17, time: '17:15', minutes: 90, place: PLACES.htwkNieper, price: 0, categories: ['Lecture', 'Robotik'], weeks: 4 },
    { key: 'htwk-wb-09', title: 'Digitale Medien im Unterricht (Lehrkräftefortbildung)', lang: 'de', description: 'Für Lehrkräfte an berufsbildenden Schulen: Lernvideos, Tablets und digitale Tafeln. Kostenlos.', day: 18, time: '14:00', minutes: 240, place: PLACES.htwk, price: 0, categories: ['Lehrkräfte', 'Schule'] },
    { key: 'htwk-wb-10', title: 'Studieninfotag: Informatik und Medien', lang: 'de', description: 'Studiengänge kennenlernen, Labore besichtigen, Studierende fragen. Eintritt frei.', day: 26, time: '10:00', minutes: 300, place: PLACES.htwk, price: 0, categories: ['Studienorientierung'] },
    { key: 'htwk-wb-11', title: 'Webinar: Einführung in Cloud Computing', lang: 'de', description: 'Online-Webinar: IaaS, PaaS, SaaS und Datenschutz in der Cloud. Kostenlos.', day: 21, time: '16:00', minutes: 90, place: 'online', price: 0, categories: ['Webinar'] },
    { key: 'htwk-wb-12', title: 'CAD-Konstruktion mit FreeCAD', lang: 'de', description: 'Dreitägiger Kurs für Auszubildende und Techniker:innen. Gebühr: 280 €.', day: 30, time: '08:30', minutes: 420, place: PLACES.htwkNieper, price: 280, categories: ['Ausbildung', 'CAD'] },
  ],
};

export const DEMO_PARTNERS = [UNI_LEIPZIG, VHS_LEIPZIG, DIGITAL_CITY, HTWK_LEIPZIG];
