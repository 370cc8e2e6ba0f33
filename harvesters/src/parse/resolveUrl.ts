/** Resolves `href` against `base` as a browser would; null when there is no href or it cannot be made absolute. */
export function resolveUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href.trim(), base ?? undefined).href;
  } catch {
    return null;
  }
}

/** The base in force inside an element: its own `xml:base` resolved against its parent's, else the parent's. */
export function resolveBase(xmlBase: string | null, parentBase: string | null): string | null {
  return xmlBase ? (resolveUrl(xmlBase, parentBase) ?? parentBase) : parentBase;
}
