/** What a request's `Authorization` header says: nothing (the public), a key, or something malformed. */
export type Credentials = { kind: 'none' } | { kind: 'key'; key: string } | { kind: 'malformed' };

/** RFC 6750's token characters: a key is one word after "Bearer". */
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

export function credentialsOf(header: string | undefined): Credentials {
  if (header === undefined) return { kind: 'none' };
  const key = header.match(BEARER)?.[1];
  return key ? { kind: 'key', key } : { kind: 'malformed' };
}
