/**
 * JSON as real web pages carry it: strict first; then with raw control characters inside strings
 * escaped (a literal newline in a value), HTML comment or CDATA wrappers and trailing commas removed.
 */
export type JsonOutcome = { ok: true; value: unknown; repaired: boolean } | { ok: false; error: string };

/** Deeper than any feed's structure: beyond it the parsers' walks over the document would overflow the stack. */
export const MAX_JSON_DEPTH = 64;

/** Whether arrays and objects in `text` nest deeper than `max` (brackets inside strings do not count). */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return false;
}

export function parseTolerantJson(text: string): JsonOutcome {
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) return { ok: false, error: `it nests deeper than ${MAX_JSON_DEPTH} levels, which no feed needs` };
  try {
    return { ok: true, value: JSON.parse(text), repaired: false };
  } catch (error) {
    const repaired = repairJson(text);
    try {
      return { ok: true, value: JSON.parse(repaired), repaired: true };
    } catch {
      return { ok: false, error: (error as Error).message };
    }
  }
}

function repairJson(text: string): string {
  const unwrapped = text
    .trim()
    .replace(/^(<!--|<!\[CDATA\[|\/\/\s*<!\[CDATA\[)/, '')
    .replace(/(-->|\]\]>|\/\/\s*\]\]>)$/, '');
  let out = '';
  let inString = false;
  for (let i = 0; i < unwrapped.length; i += 1) {
    const c = unwrapped[i]!;
    if (inString) {
      if (c === '\\') {
        out += c + (unwrapped[i + 1] ?? '');
        i += 1;
        continue;
      }
      if (c === '"') inString = false;
      const code = c.charCodeAt(0);
      out += code < 0x20 ? `\\u${code.toString(16).padStart(4, '0')}` : c;
      continue;
    }
    if (c === '"') inString = true;
    if (c === ',' && /^\s*[}\]]/.test(unwrapped.slice(i + 1, i + 40))) continue;
    out += c;
  }
  return out;
}
