const WAIT_MS = 30_000;

/**
 * Asks a remote subgraph for its SDL (`_service { sdl }`), waiting for it to come up: a gateway
 * started together with its subgraphs must not fail because it was a moment faster.
 */
export async function fetchRemoteSdl(name: string, url: string): Promise<string> {
  const deadline = Date.now() + WAIT_MS;
  let lastError = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ _service { sdl } }' }),
      });
      const body = (await response.json()) as { data?: { _service?: { sdl?: string } } };
      const sdl = body.data?._service?.sdl;
      if (sdl) return sdl;
      lastError = `it answered HTTP ${response.status} without an SDL`;
    } catch (error) {
      lastError = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the ${name} subgraph at ${url} did not give its SDL within ${WAIT_MS / 1000} s: ${lastError}`);
}
