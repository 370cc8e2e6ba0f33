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

function hasMultiByteUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return bytes.some((byte) => byte >= 0x80);
}

export function decodeFeedText(bytes: Uint8Array, contentType: string | null): DecodedText {
  const bom = bomCharset(bytes);
  if (bom) {
    return { text: new TextDecoder(bom.charset).decode(bytes.subarray(bom.length)), charset: bom.charset, warnings: [] };
  }
  const declared = charsetFromContentType(contentType) ?? charsetFromDocumentHead(bytes);
  const warnings: string[] = [];
  let charset = declared ?? 'utf-8';
  if (SINGLE_BYTE_LATIN.has(charset) && hasMultiByteUtf8(bytes)) {
    warnings.push(`the feed declares ${charset} but its bytes are UTF-8; read as UTF-8`);
    charset = 'utf-8';
  }
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    warnings.push(`unknown character set "${charset}"; read as UTF-8`);
    charset = 'utf-8';
    decoder = new TextDecoder('utf-8');
  }
  return { text: decoder.decode(bytes), charset, warnings };
}
