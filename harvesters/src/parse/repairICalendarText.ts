/**
 * Mends the line-level mistakes real iCalendar producers make before ical.js reads the text, each
 * with a warning: blank lines inside the calendar, stray lines that are no property, and a quoted
 * TZID that swallowed the value (`DTSTART;TZID="W. Europe Standard Time:20200609T090000"`), a date
 * without `VALUE=DATE`, and RDATE periods (which ical.js cannot expand).
 */
export function repairICalendarText(text: string): { text: string; warnings: string[] } {
  const warnings = new Set<string>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const kept: string[] = [];
  let blankSeen = false;
  for (const line of lines) {
    if (line.trim() === '') {
      blankSeen = kept.length > 0;
      continue;
    }
    if (blankSeen) warnings.add('blank lines inside the calendar were ignored');
    blankSeen = false;
    if (/^[ \t]/.test(line)) {
      kept.push(line);
      continue;
    }
    const swallowed = line.match(/^([A-Za-z-]+;(?:[^:"]*;)?TZID=)"([^"]+):(\d{8}(?:T\d{6}Z?)?)"$/);
    if (swallowed) {
      kept.push(`${swallowed[1]}"${swallowed[2]}":${swallowed[3]}`);
      warnings.add(`a quoted TZID included its value ("${line.slice(0, 60)}"); read as TZID and value`);
      continue;
    }
    const bareDate = line.match(/^(DTSTART|DTEND|RECURRENCE-ID|EXDATE|RDATE)((?:;(?!VALUE=)[^:]*)?):(\d{8})$/i);
    if (bareDate) {
      kept.push(`${bareDate[1]}${bareDate[2]};VALUE=DATE:${bareDate[3]}`);
      continue;
    }
    const period = line.match(/^(RDATE(?:;[^:]*)?);VALUE=PERIOD:(.+)$/i);
    if (period) {
      // ical.js fails on PERIOD values; the start of each period keeps the date, the series its duration.
      kept.push(`${period[1]}:${(period[2] ?? '').split(',').map((p) => p.split('/')[0]).join(',')}`);
      warnings.add('RDATE periods were read as their start times');
      continue;
    }
    if (!/^[A-Za-z0-9-]+[;:]/.test(line)) {
      // A line broken without folding still carries the rest of its property's parameters or value.
      if (/[:;]/.test(line) && kept.length > 0) {
        kept[kept.length - 1] += line;
        warnings.add('a line broken without folding was joined to the one before');
      } else {
        warnings.add(`a line that is no iCalendar property was ignored: "${line.slice(0, 40)}"`);
      }
      continue;
    }
    kept.push(line);
  }
  return { text: `${kept.join('\r\n')}\r\n`, warnings: [...warnings] };
}
