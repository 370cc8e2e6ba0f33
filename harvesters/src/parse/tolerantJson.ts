/**
 * JSON as real web pages carry it: strict first; then with raw control characters inside strings
 * escaped (a literal newline in a value), HTML comment or CDATA wrappers and trailing commas removed.
 */
export type JsonOutcome = { ok: true; value: unknown; repaired: boolean } | { ok: false; error: string };

export function parseTolerantJson(text: string): JsonOutcome {
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
