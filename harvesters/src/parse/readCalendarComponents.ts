import ICAL from 'ical.js';
import type { RepairedCalendar } from './repairICalendarText';

export type Component = InstanceType<typeof ICAL.Component>;

/** A part of the calendar that stands on its own: a property of the calendar, or a component (VEVENT, VTIMEZONE …) with all it holds. */
interface Part {
  /** Indexes into the repaired lines. */
  from: number;
  to: number;
  /** The component's name (`VEVENT`), or null for a property of the calendar. */
  component: string | null;
}

/** The lines of a component tried without one by one, to find the one ical.js cannot read. */
const MOST_LINES_TRIED = 200;
/** Reads of parts a whole file may cost, so that a file of thousands of broken events is read in bounded time: past it, broken parts are left out untried. */
const MOST_READS = 5000;

function parseCalendars(text: string): Component[] {
  const jcal = ICAL.parse(text) as unknown[];
  const roots = (typeof jcal[0] === 'string' ? [jcal] : jcal) as unknown[][];
  return roots.map((root) => new ICAL.Component(root as never));
}

function readsAlone(lines: readonly string[]): Component | null {
  try {
    return parseCalendars(['BEGIN:VCALENDAR', ...lines, 'END:VCALENDAR', ''].join('\r\n'))[0] ?? null;
  } catch {
    return null;
  }
}

/** The calendars' parts in order; a component that never ends closes where the next one begins or the calendar ends. */
function partsOf(lines: readonly string[]): Part[][] {
  const calendars: Part[][] = [];
  let parts: Part[] | null = null;
  // The component being read, and the names of those open inside it.
  let open: { from: number; name: string; inside: string[] } | null = null;
  const close = (to: number): void => {
    if (open && parts) parts.push({ from: open.from, to, component: open.name });
    open = null;
  };
  lines.forEach((line, i) => {
    const begin = /^BEGIN:([A-Za-z0-9-]+)\s*$/i.exec(line)?.[1]?.toUpperCase() ?? null;
    const end = /^END:([A-Za-z0-9-]+)\s*$/i.exec(line)?.[1]?.toUpperCase() ?? null;
    if (begin === 'VCALENDAR' || end === 'VCALENDAR') {
      close(i);
      parts = begin ? [] : null;
      if (parts) calendars.push(parts);
    } else if (!parts) {
      return;
    } else if (!open) {
      if (begin) open = { from: i, name: begin, inside: [] };
      else parts.push({ from: i, to: i + 1, component: null });
    } else if (begin === open.name && open.inside.length === 0) {
      close(i);
      open = { from: i, name: begin, inside: [] };
    } else if (begin) {
      open.inside.push(begin);
    } else if (end && open.inside.length > 0 && end === open.inside[open.inside.length - 1]) {
      open.inside.pop();
    } else if (end === open.name && open.inside.length === 0) {
      close(i + 1);
    }
  });
  close(lines.length);
  return calendars;
}

/**
 * The calendars of a repaired file. ical.js reads a file whole or not at all: one value it cannot
 * read (a rule of RFC 7529, a parameter without a value) throws for the whole file. Where that
 * happens the file is read part by part, so that one unreadable event costs that event, or only the
 * line of it that cannot be read, each said with its line in the partner's file, never in
 * ical.js's words. Null where nothing of a calendar can be read.
 */
export function readCalendarComponents(repaired: RepairedCalendar, warnings: Set<string>): Component[] | null {
  const { lines, lineNumbers } = repaired;
  try {
    return parseCalendars([...lines, ''].join('\r\n'));
  } catch {
    // Read part by part below.
  }
  const lineOf = (i: number): number => lineNumbers[i] ?? i + 1;
  let reads = 0;
  const reader = (block: readonly string[]): Component | null => (reads++ < MOST_READS ? readsAlone(block) : null);
  const calendars: Component[] = [];
  for (const parts of partsOf(lines)) {
    const properties = parts.filter((p) => p.component === null).map((p) => p.from);
    const readable: number[] = [];
    for (const i of properties) {
      if (reader([lines[i]!])) readable.push(i);
      else warnings.add(`line ${lineOf(i)} of the calendar could not be read and was ignored`);
    }
    const calendar = readsAlone(readable.map((i) => lines[i]!));
    if (!calendar) continue;
    for (const part of parts.filter((p) => p.component !== null)) {
      const block = lines.slice(part.from, part.to);
      if (block[block.length - 1]?.toUpperCase() !== `END:${part.component}`) {
        block.push(`END:${part.component}`);
        warnings.add(`the ${part.component} at line ${lineOf(part.from)} does not end; it was read up to line ${lineOf(part.to - 1)}`);
      }
      const read = reader(block) ?? withoutUnreadableLine(block, part, reader, lineOf, warnings);
      const component = read?.getAllSubcomponents()[0];
      if (component) calendar.addSubcomponent(component);
      else warnings.add(`the ${part.component} at line ${lineOf(part.from)} could not be read and was left out`);
    }
    calendars.push(calendar);
  }
  return calendars.length > 0 ? calendars : null;
}

/** The component read without the one line of it that cannot be read, said in a warning; null where no single line is to blame. */
function withoutUnreadableLine(block: string[], part: Part, reader: (block: readonly string[]) => Component | null, lineOf: (i: number) => number, warnings: Set<string>): Component | null {
  for (let i = 1; i < Math.min(block.length - 1, MOST_LINES_TRIED); i += 1) {
    if (/^(BEGIN|END):/i.test(block[i]!)) continue;
    const read = reader([...block.slice(0, i), ...block.slice(i + 1)]);
    if (read) {
      const name = /^[A-Za-z0-9-]+/.exec(block[i]!)?.[0]?.toUpperCase() ?? 'a property';
      warnings.add(`line ${lineOf(part.from + i)} (${name}) of the ${part.component} at line ${lineOf(part.from)} could not be read and was left out`);
      return read;
    }
  }
  return null;
}
