/**
 * Network and TLS failures in plain words a partner can act on. The libraries' own messages never
 * reach a partner: OpenSSL's name its source files, undici's say "fetch failed".
 */
const BY_CODE: Record<string, string> = {
  ECONNREFUSED: 'the server refused the connection',
  ECONNRESET: 'the server closed the connection before it answered',
  EPIPE: 'the server closed the connection before it answered',
  ENOTFOUND: 'the host name does not exist',
  EAI_AGAIN: 'the host name could not be looked up right now',
  EHOSTUNREACH: 'the server cannot be reached from here',
  ENETUNREACH: 'the server cannot be reached from here',
  ETIMEDOUT: 'the server did not accept a connection in time',
  UND_ERR_CONNECT_TIMEOUT: 'the server did not accept a connection in time',
  UND_ERR_SOCKET: 'the connection broke off before the answer was complete',
  UND_ERR_HEADERS_OVERFLOW: "the server's answer has headers that are too large",
  UND_ERR_HEADERS_TIMEOUT: 'the server sent no answer in time',
  UND_ERR_BODY_TIMEOUT: 'the server stopped sending in the middle of its answer',
  CERT_HAS_EXPIRED: "the server's TLS certificate has expired",
  CERT_NOT_YET_VALID: "the server's TLS certificate is not valid yet",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the server's TLS certificate is self-signed, so it cannot be trusted",
  SELF_SIGNED_CERT_IN_CHAIN: "the server's TLS certificate is signed by an authority nobody trusts",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the server's TLS certificate cannot be traced to a trusted authority (is an intermediate certificate missing?)",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "the server's TLS certificate cannot be traced to a trusted authority (is an intermediate certificate missing?)",
  ERR_TLS_CERT_ALTNAME_INVALID: "the server's TLS certificate is for another host name",
};

function codeOf(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

export function describeFetchError(error: unknown, timeoutMs: number): string {
  const err = error as Error & { cause?: Error };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `no complete answer within ${timeoutMs / 1000} s`;
  const cause = err.cause ?? err;
  // The address guard's own sentence, already in plain words.
  if (cause.message?.startsWith('refused:')) return cause.message.slice('refused: '.length);
  const code = codeOf(cause) ?? codeOf(err);
  if (code && BY_CODE[code]) return BY_CODE[code];
  if (code?.startsWith('ERR_SSL') || code === 'EPROTO' || code?.startsWith('ERR_TLS')) {
    return 'the secure connection (TLS) could not be set up; does the server speak https on this port?';
  }
  if (code?.startsWith('HPE_')) return "the server's answer is not valid HTTP";
  return code ? `the feed could not be fetched (${code})` : 'the feed could not be fetched';
}
