import iconv from 'iconv-lite';

/**
 * Turns a feed's bytes into text. Trust goes in this order: a byte-order mark, the HTTP header's
 * charset, the XML declaration, an HTML meta tag, then UTF-8. A declared single-byte charset over
 * bytes that are valid multi-byte UTF-8 is a common lie; then UTF-8 wins and a warning says so.
 */
export interface DecodedText {
  text: string;
  charset: string;
  warnings: string[];
}

const SINGLE_BYTE_LATIN = new Set(['iso-8859-1', 'latin1', 'windows-1252', 'cp1252', 'us-ascii', 'iso-8859-15']);

function charsetFromContentType(contentType: string | null): string | null {
  const match = contentType?.match(/charset\s*=\s*"?([\w.:-]+)/i);
  return match?.[1]?.toLowerCase() ?? null;
}

function charsetFromDocumentHead(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const xml = head.match(/^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i);
  if (xml?.[1]) return xml[1].toLowerCase();
  const meta = head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i);
  return meta?.[1]?.toLowerCase() ?? null;
}

function bomCharset(bytes: Uint8Array): { charset: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The bytes as UTF-8 in one pass; bytes that are not UTF-8 read as � and are named in a warning. */
function utf8Text(bytes: Uint8Array, warnings: string[]): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    warnings.push('the feed says it is UTF-8 but holds bytes that are not; each was read as �');
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function hasMultiByteUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes) && bytes.some((byte) => byte >= 0x80);
}

/**
 * C1 control characters never belong in feed text; where they appear, a Windows-1252 byte was
 * taken for Latin-1 along the way (0x92 is ’, 0x80 is €). Map them to what the author typed.
 */
function demoronise(text: string): { text: string; changed: boolean } {
  if (!/[\u0080-\u009f]/.test(text)) return { text, changed: false };
  return { text: text.replace(/[\u0080-\u009f]/g, (c) => iconv.decode(Buffer.from([c.charCodeAt(0)]), 'windows-1252')), changed: true };
}

export function decodeFeedText(bytes: Uint8Array, contentType: string | null): DecodedText {
  const bom = bomCharset(bytes);
  if (bom) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(bom.length)), bom.charset), charset: bom.charset, warnings: [] };
  }
  const declared = charsetFromContentType(contentType) ?? charsetFromDocumentHead(bytes);
  const warnings: string[] = [];
  let charset = declared ?? 'utf-8';
  if (SINGLE_BYTE_LATIN.has(charset) && hasMultiByteUtf8(bytes)) {
    warnings.push(`the feed declares ${charset} but its bytes are UTF-8; read as UTF-8`);
    charset = 'utf-8';
  } else if (!declared && !isUtf8(bytes)) {
    warnings.push('the feed declares no character set and is not UTF-8; read as Windows-1252');
    charset = 'windows-1252';
  }
  if (!iconv.encodingExists(charset)) {
    warnings.push(`unknown character set "${charset}"; read as UTF-8`);
    charset = 'utf-8';
  }
  // iconv-lite, not TextDecoder: Node 20's windows-1252 decoder reads 0x80–0x9F as control codes.
  const fixed = demoronise(charset === 'utf-8' || charset === 'utf8' ? utf8Text(bytes, warnings) : iconv.decode(Buffer.from(bytes), charset));
  if (fixed.changed) warnings.push('Windows-1252 characters stood as control codes in the text; read as the characters they stand for');
  return { text: fixed.text, charset, warnings };
}
