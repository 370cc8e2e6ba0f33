/**
 * The harvesters' warnings and errors in German, for partners who read the dry run's report in
 * German. Each rule matches one of the harvesters' sentences; a sentence no rule knows stays English.
 */
const RULES: [RegExp, string][] = [
  [/^(.+) is a (\w+) address, which feeds may not point at$/, '$1 ist eine Adresse des Bereichs „$2“; Feeds dürfen nicht darauf zeigen'],
  [/^(.+) resolves to (.+) is a (\w+) address, which feeds may not point at$/, '$1 verweist auf $2, eine Adresse des Bereichs „$3“; Feeds dürfen nicht darauf zeigen'],
  [/^only http and https feeds are fetched, not (.+)$/, 'Es werden nur http- und https-Feeds abgerufen, nicht $1'],
  [/^HTTP (\d+) ?(.*)$/, 'Der Server antwortete mit HTTP $1 $2'],
  [/^no complete answer within (.+) s$/, 'Keine vollständige Antwort innerhalb von $1 s'],
  [/^the feed is larger than (\d+) MiB$/, 'Der Feed ist größer als $1 MiB'],
  [/^more than (\d+) redirects$/, 'Mehr als $1 Weiterleitungen'],
  [/^the server refused the connection$/, 'Der Server hat die Verbindung abgelehnt'],
  [/^the host name does not exist$/, 'Diesen Hostnamen gibt es nicht'],
  [/^"(.+)" is not a URL$/, '„$1“ ist keine Adresse'],
  [/^this is an HTML page, not a feed$/, 'Das ist eine HTML-Seite, kein Feed'],
  [/^unable to detect the feed format.*$/, 'Das Format ist nicht zu erkennen: weder RSS, Atom, iCalendar, JSON Feed, JSON-LD noch MOOChub'],
  [/^the XML declares entities in a DTD.*$/, 'Das XML deklariert Entitäten in einer DTD; der Hub löst sie nicht auf (Schutz vor XXE)'],
  [/^the XML is not well-formed: (.+)$/, 'Das XML ist nicht wohlgeformt: $1'],
  [/^the XML is not well-formed \((.+)\); read as far as it could be$/, 'Das XML ist nicht wohlgeformt ($1); so weit wie möglich gelesen'],
  [/^the XML ends inside a tag.*$/, 'Das XML endet mitten in einem Tag (abgeschnitten?); bis zum letzten vollständigen Tag gelesen'],
  [/^the XML ends before its <(\w+)> element is closed.*$/, 'Das XML endet, bevor <$1> geschlossen ist (abgeschnitten?); gelesen, was da ist'],
  [/^this is XML but not an? (.+) feed: (.+)$/, 'Das ist XML, aber kein $1-Feed: $2'],
  [/^the iCalendar file is not well-formed: (.+)$/, 'Die iCalendar-Datei ist nicht wohlgeformt: $1'],
  [/^this is not an iCalendar file.*$/, 'Das ist keine iCalendar-Datei: sie beginnt nicht mit BEGIN:VCALENDAR'],
  [/^nothing usable was found: the feed holds no items$/, 'Nichts Brauchbares gefunden: der Feed enthält keine Einträge'],
  [/^nothing usable was found: none of its (\d+) items could be read \(the warnings say why\)$/, 'Nichts Brauchbares gefunden: keiner seiner $1 Einträge war lesbar (die Hinweise sagen, warum)'],
  [/^nothing upcoming was found: all (\d+) offerings lie in the past$/, 'Nichts Bevorstehendes gefunden: alle $1 Angebote liegen in der Vergangenheit'],
  [/^the JSON-LD holds no Course, CourseInstance or Event \((.+)\)$/, 'Das JSON-LD enthält keinen Kurs, keine Kursdurchführung und keine Veranstaltung ($1)'],
  [/^the page has no <script type="application\/ld\+json"> block$/, 'Die Seite hat keinen Block <script type="application/ld+json">'],
  [/^the feed declares no character set and is not UTF-8; read as Windows-1252$/, 'Der Feed nennt keinen Zeichensatz und ist kein UTF-8; als Windows-1252 gelesen'],
  [/^the feed declares (.+) but its bytes are UTF-8; read as UTF-8$/, 'Der Feed nennt $1, ist aber UTF-8; als UTF-8 gelesen'],
  [/^Windows-1252 characters stood as control codes.*$/, 'Windows-1252-Zeichen standen als Steuerzeichen im Text; als die gemeinten Zeichen gelesen'],
  [/^blank lines inside the calendar were ignored$/, 'Leerzeilen im Kalender wurden übergangen'],
  [/^a line broken without folding was joined to the one before$/, 'Eine ohne Faltung umbrochene Zeile wurde an die vorige angefügt'],
  [/^unknown time zone "(.+)" without a VTIMEZONE; its times were read as (.+)$/, 'Unbekannte Zeitzone „$1“ ohne VTIMEZONE; die Zeiten wurden als $2 gelesen'],
  [/^unknown time zone "(.+)"; its times were read as (.+)$/, 'Unbekannte Zeitzone „$1“; die Zeiten wurden als $2 gelesen'],
  [/^event (.+) could not be read \((.+)\); skipped$/, 'Termin $1 war nicht lesbar ($2); übersprungen'],
  [/^the list has more than (\d+) pages; the rest was not read$/, 'Die Liste hat mehr als $1 Seiten; der Rest wurde nicht gelesen'],
  [/^(item \d+(?: \(".*"\))?): it has no title; its opening words serve as one$/, '$1: ohne Titel; die ersten Worte dienen als Titel'],
  [/^(item \d+(?: \(".*"\))?): its (.+) is longer than (\d+) characters and was cut there$/, '$1: das Feld „$2“ ist länger als $3 Zeichen und wurde dort gekürzt'],
  [/^(item \d+(?: \(".*"\))?): its (.+) is longer than (\d+) characters and was left out$/, '$1: das Feld „$2“ ist länger als $3 Zeichen und wurde weggelassen'],
  [/^(item \d+(?: \(".*"\))?): it has no title and no text; skipped$/, '$1: weder Titel noch Text; übersprungen'],
  [/^(item \d+(?: \(".*"\))?): it has neither id nor link; it is known by its title and date$/, '$1: weder Kennung noch Link; er wird an Titel und Datum erkannt'],
  [/^(item \d+(?: \(".*"\))?): it has neither id nor link; it is known by its title and text$/, '$1: weder Kennung noch Link; er wird an Titel und Text erkannt'],
  [/^(item \d+(?: \(".*"\))?): it repeats (item \d+(?: \(".*"\))?) \(the same (.+), text and dates\); skipped$/, '$1: wiederholt $2 (gleiche $3, gleicher Text, gleiche Termine); übersprungen'],
  [/^(item \d+(?: \(".*"\))?): it has the same (.+) and text as (item \d+(?: \(".*"\))?); its dates were added to that offering$/, '$1: gleiche $2 und gleicher Text wie $3; seine Termine wurden jenem Angebot hinzugefügt'],
  [/^(item \d+(?: \(".*"\))?): it has the same (.+) as (item \d+(?: \(".*"\))?) but is a different offering; it is kept apart$/, '$1: gleiche $2 wie $3, aber ein anderes Angebot; es bleibt getrennt'],
  [/^(item \d+(?: \(".*"\))?): ev:startdate is not a date; the item has no dates$/, '$1: ev:startdate ist kein Datum; der Eintrag hat keine Termine'],
];

export function inGerman(sentence: string): string {
  for (const [pattern, german] of RULES) {
    if (pattern.test(sentence)) return sentence.replace(pattern, german).replace(/^item (\d+)/, 'Eintrag $1');
  }
  return sentence;
}
