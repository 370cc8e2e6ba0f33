import type { TargetGroup, Topic } from '@campus/schema';

/**
 * The hub's own vocabulary for classifying offerings, German and English. Keys are folded (lower
 * case, umlauts as plain vowels, ß as ss). A keyword of five letters or more matches the start of a
 * word, so compounds that begin with it count; shorter ones match whole words only.
 */
export const TOPIC_KEYWORDS: Record<Topic, string[]> = {
  INFORMATION_DATA_LITERACY: [
    'recherche', 'suchmaschine', 'informationskompetenz', 'literaturverwaltung', 'zotero', 'quellen prufen', 'fake news', 'desinformation',
    'falschmeldung', 'medienkompetenz', 'open data', 'forschungsdaten', 'datenanalyse', 'statistik', 'data science', 'tabellenkalkulation',
    'excel', 'datenbank', 'data literacy', 'misinformation', 'research data', 'search engine', 'spreadsheet',
  ],
  COMMUNICATION_COLLABORATION: [
    'e-mail', 'email', 'videokonferenz', 'videotelefonie', 'videoanruf', 'video calls', 'zoom', 'jitsi', 'bigbluebutton', 'kommunikation',
    'zusammenarbeit', 'kollaboration', 'collaborat', 'communication', 'social media', 'soziale netzwerke', 'whatsapp', 'signal', 'netiquette',
    'online-antrag', 'bundid', 'burgeramt', 'behordengang', 'terminvereinbarung', 'verwaltung digital', 'e-government', 'online-banking',
    'online banking', 'moodle', 'git', 'version control', 'beteiligung', 'participation', 'projektmanagement', 'scrum', 'agile', 'agiles',
  ],
  DIGITAL_CONTENT_CREATION: [
    'programmier', 'coding', 'python', 'javascript', 'scratch', 'calliope', 'webseite', 'website', 'wordpress', 'html', 'bildbearbeitung',
    'gimp', 'foto', 'video', 'podcast', 'gestalt', 'poster', 'cad', 'freecad', '3d-druck', 'lasercutter', 'urheberrecht', 'copyright',
    'creative commons', 'lizenz', 'barrierefreie dokumente', 'prasentation', 'design', 'app entwickl', 'sps-programmier', 'bim',
  ],
  SAFETY: [
    'sicherheit', 'informationssicherheit', 'datensicherheit', 'security', 'datenschutz', 'privacy', 'privatsphare', 'dsgvo', 'gdpr', 'passwort', 'password', 'zwei-faktor', 'two-factor',
    'phishing', 'ransomware', 'betrug', 'betrugsmasche', 'cyber', 'jugendschutz', 'bildschirmzeit', 'digitaler nachlass', 'backup',
    'nachhaltig', 'reparier', 'repair', 'iso 27001', 'owasp', 'tracking', 'cookies',
  ],
  PROBLEM_SOLVING: [
    'problem', 'fehler', 'troubleshoot', 'reparatur', 'kunstliche intelligenz', 'ki', 'artificial intelligence', 'machine learning',
    'maschinelles lernen', 'chatgpt', 'chatbot', 'algorithm', 'robotik', 'robotics', 'automatisierung', 'linux', 'betriebssystem',
    'sprechstunde', 'hackathon', 'smart city', 'sensoren', 'cloud computing', 'einsteiger', 'grundlagen', 'computerkurs', 'smartphone', 'tablet',
    'informatik', 'computer science', 'souveranitat', 'freie software', 'open source',
  ],
};

export const TARGET_GROUP_KEYWORDS: Record<TargetGroup, string[]> = {
  STUDENTS: ['studierende', 'studenten', 'studentinnen', 'students', 'promovierende', 'doktorand', 'phd', 'studieninfotag', 'studiengang', 'kommilitonen'],
  TRAINEES: ['auszubildende', 'azubi', 'ausbildung', 'trainees', 'apprentice', 'berufsschul', 'berufsausbildung', 'techniker'],
  ADMINISTRATION: ['verwaltung', 'behorde', 'beschaftigte der stadt', 'public administration', 'public bodies', 'municipal', 'e-akte', 'amt ', 'kommune'],
  BUSINESS: ['unternehmen', 'firmen', 'wirtschaft', 'fuhrungskrafte', 'fach- und fuhrungskrafte', 'kmu', 'small businesses', 'business', 'selbststandig', 'grunder', 'berufsbegleitend', 'architects and engineers'],
  TEACHERS: ['lehrkrafte', 'lehrer', 'lehrende', 'teachers', 'unterricht', 'padagog', 'lehrkraftefortbildung'],
  CITIZENS: ['burger', 'senioren', 'ab 60', 'eltern', 'familie', 'jugendliche', 'kinder', 'madchen', 'newcomers', 'offentlich', 'offen fur alle', 'ohne anmeldung', 'everyone', 'for all'],
};

/** The hub's own mapping of categories that feeds commonly use (folded), extended per feed. */
export const CATEGORY_MAPPING: Record<string, (Topic | TargetGroup)[]> = {
  'it-sicherheit': ['SAFETY'],
  'sicherheit im netz': ['SAFETY', 'CITIZENS'],
  datenschutz: ['SAFETY'],
  programmieren: ['DIGITAL_CONTENT_CREATION'],
  'open data': ['INFORMATION_DATA_LITERACY'],
  medienkompetenz: ['INFORMATION_DATA_LITERACY'],
  informationskompetenz: ['INFORMATION_DATA_LITERACY'],
  'verwaltung digital': ['COMMUNICATION_COLLABORATION', 'ADMINISTRATION'],
  senioren: ['CITIZENS'],
  familie: ['CITIZENS'],
  jugend: ['CITIZENS'],
  lehrkrafte: ['TEACHERS'],
  schule: ['TEACHERS'],
  lehre: ['TEACHERS'],
  ausbildung: ['TRAINEES'],
  wirtschaft: ['BUSINESS'],
  weiterbildung: ['BUSINESS'],
  'kunstliche intelligenz': ['PROBLEM_SOLVING'],
  ki: ['PROBLEM_SOLVING'],
};
