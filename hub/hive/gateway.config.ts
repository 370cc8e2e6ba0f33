/**
 * The hub's configuration for Hive Gateway (`@graphql-hive/gateway`), the production router an
 * operator may put in front of the separately running subgraphs instead of `hub start gateway`:
 *
 *   hive-gateway supergraph <data folder>/supergraph.graphql -c hub/hive/gateway.config.ts
 *
 * It serves the composed supergraph unchanged; what it adds is what the subgraphs rely on the
 * hub's own gateway for: each API key is checked by the providers service (remembered for
 * HUB_KEY_CACHE_SECONDS, as there), and the caller's identity reaches every subgraph signed with
 * HUB_IDENTITY_SECRET. The settings are the hub's own (HUB_PROVIDERS_URL, HUB_IDENTITY_SECRET,
 * HUB_KEY_CACHE_SECONDS, HUB_SUBGRAPH_TIMEOUT_MS), read and checked by the same table.
 */
import { defineConfig, type GatewayPlugin } from '@graphql-hive/gateway';
import { remoteKeyVerifier } from '@campus/gateway';
import { IDENTITY_HEADER, PUBLIC, signIdentity, type Identity } from '@campus/schema';
import { identitySecret } from '@campus/subgraph-runtime';
import { readHubSettings } from '../src/settings';

const settings = readHubSettings(process.env);
const providersUrl = settings.remoteSubgraphs.providers;
if (!providersUrl) throw new Error('Hive Gateway in front of the hub needs HUB_PROVIDERS_URL, the providers service that checks API keys');
const secret = identitySecret(settings.dataDir, settings.identitySecret);
const verify = remoteKeyVerifier({ url: providersUrl, timeoutMs: settings.subgraphTimeouts.queryMs, secret }, settings.keyCacheSeconds);

/** The bearer key of a request, '' for none, null for an Authorization header that is no bearer key. */
function keyOf(request: Request): string | null {
  const header = request.headers.get('authorization');
  if (header === null) return '';
  return /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1] ?? null;
}

async function identityOf(request: Request): Promise<Identity | null> {
  const key = keyOf(request);
  if (key === '') return PUBLIC;
  return key === null ? null : verify(key);
}

const refusal = (status: number, code: string, message: string) =>
  new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer realm="Digital Campus Hub"' } });

/** A wrong key is refused before any planning, as by the hub's own gateway. */
const keyCheck: GatewayPlugin = {
  async onRequest({ request, endResponse }) {
    try {
      if ((await identityOf(request)) === null) endResponse(refusal(401, 'UNAUTHENTICATED', 'the API key is not valid (unknown or revoked)'));
    } catch {
      endResponse(refusal(503, 'SERVICE_UNAVAILABLE', 'API keys cannot be checked just now (the providers service is unavailable); try again shortly'));
    }
  },
};

export const gatewayConfig = defineConfig({
  plugins: () => [keyCheck],
  propagateHeaders: {
    // The answer is remembered from onRequest above: this costs no second call.
    fromClientToSubgraphs: async ({ request }) => ({ [IDENTITY_HEADER]: signIdentity((await identityOf(request)) ?? PUBLIC, secret) }),
  },
});
