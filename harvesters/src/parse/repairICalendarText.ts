/** The text ical.js is given, one unfolded property per line, and where each line began in the file. */
export interface RepairedCalendar {
  /** Unfolded lines: ical.js reads them as it reads folded ones, and a property is one line to mend or leave out. */
  lines: string[];
  /** The file's line number (1-based) of each of `lines`, for messages that point into the partner's file. */
  lineNumbers: number[];
  warnings: string[];
}

/**
 * Mends the line-level mistakes real iCalendar producers make before ical.js reads the text, each
 * with a warning: blank lines inside the calendar, stray lines that are no property, text after the
 * calendar's end, a quoted TZID that swallowed the value
 * (`DTSTART;TZID="W. Europe Standard Time:20200609T090000"`), a date without `VALUE=DATE`, and RDATE
 * periods (which ical.js cannot expand).
 */
export function repairICalendarText(text: string): RepairedCalendar {
  const warnings = new Set<string>();
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const lines: string[] = [];
  const lineNumbers: number[] = [];
  const keep = (line: string, number: number): void => {
    lines.push(line);
    lineNumbers.push(number);
  };
  let blankSeen = false;
  let depth = 0;
  // Unfolded first, so that each rule below sees a property whole.
  const logical: { line: string; number: number }[] = [];
  physical.forEach((line, i) => {
    const last = logical[logical.length - 1];
    if (/^[ \t]/.test(line) && last && last.line.trim() !== '' && line.trim() !== '') last.line += line.slice(1);
    else logical.push({ line: last?.line.trim() ? line : line.trimStart(), number: i + 1 });
  });
  for (const { line, number } of logical) {
    if (line.trim() === '') {
      blankSeen = lines.length > 0;
      continue;
    }
    if (lines.length > 0 && depth === 0 && !/^BEGIN:VCALENDAR\s*$/i.test(line)) {
      warnings.add(`the text after the calendar's end (line ${number}) was ignored`);
      break;
    }
    if (blankSeen) warnings.add('blank lines inside the calendar were ignored');
    blankSeen = false;
    if (/^BEGIN:VCALENDAR\s*$/i.test(line)) depth += 1;
    else if (/^END:VCALENDAR\s*$/i.test(line)) depth -= 1;
    const swallowed = line.match(/^([A-Za-z-]+;(?:[^:"]*;)?TZID=)"([^"]+):(\d{8}(?:T\d{6}Z?)?)"$/);
    if (swallowed) {
      keep(`${swallowed[1]}"${swallowed[2]}":${swallowed[3]}`, number);
      warnings.add(`a quoted TZID included its value ("${line.slice(0, 60)}"); read as TZID and value`);
      continue;
    }
    const bareDate = line.match(/^(DTSTART|DTEND|RECURRENCE-ID|EXDATE|RDATE)((?:;(?!VALUE=)[^:]*)?):(\d{8})$/i);
    if (bareDate) {
      keep(`${bareDate[1]}${bareDate[2]};VALUE=DATE:${bareDate[3]}`, number);
      continue;
    }
    const period = line.match(/^RDATE((?:;(?:"[^"]*"|[^:;])*)*);VALUE=PERIOD((?:;(?:"[^"]*"|[^:;])*)*):(.+)$/i);
    if (period) {
      // ical.js fails on PERIOD values; the start of each period keeps the date, the series its duration.
      keep(`RDATE${period[1]}${period[2]}:${(period[3] ?? '').split(',').map((p) => p.split('/')[0]).join(',')}`, number);
      warnings.add('RDATE periods were read as their start times');
      continue;
    }
    if (!/^[A-Za-z0-9-]+[;:]/.test(line)) {
      // A line broken without folding still carries the rest of its property's parameters or value.
      if (/[:;]/.test(line) && lines.length > 0) {
        lines[lines.length - 1] += line;
        warnings.add('a line broken without folding was joined to the one before');
      } else {
        warnings.add(`a line that is no iCalendar property was ignored: "${line.slice(0, 40)}"`);
      }
      continue;
    }
    keep(line, number);
  }
  return { lines, lineNumbers, warnings: [...warnings] };
}
