import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import ipaddr from 'ipaddr.js';

/**
 * Which addresses the hub may fetch feeds from. Only public unicast addresses, unless the operator
 * allows specific addresses or ranges (tests and the demo allow 127.0.0.1).
 */
export interface AddressPolicy {
  /** IPs or CIDR ranges that may be fetched although they are not public, e.g. `127.0.0.1`, `10.0.0.0/8`. */
  allowPrivate: readonly string[];
}

function parseRange(entry: string): [ipaddr.IPv4 | ipaddr.IPv6, number] {
  return entry.includes('/') ? ipaddr.parseCIDR(entry) : [ipaddr.parse(entry), ipaddr.parse(entry).kind() === 'ipv4' ? 32 : 128];
}

/** Null when the address may be fetched, else the reason it may not. */
export function refusalFor(address: string, policy: AddressPolicy): string | null {
  if (!ipaddr.isValid(address)) return `"${address}" is not an IP address`;
  const ip = ipaddr.process(address);
  const range = ip.range();
  if (range === 'unicast') return null;
  const allowed = policy.allowPrivate.some((entry) => {
    const [network, bits] = parseRange(entry);
    return network.kind() === ip.kind() && ip.match(network, bits);
  });
  return allowed ? null : `${address} is a ${range} address, which feeds may not point at`;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A DNS lookup for the HTTP client's connect step that refuses forbidden addresses. Checking at
 * connect time, not before, means a name that changes its answer between check and use gains nothing.
 */
export function guardedLookup(policy: AddressPolicy) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    dnsLookup(hostname, { all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = addresses.map((a) => refusalFor(a.address, policy)).find((reason) => reason !== null);
      if (refused) return callback(Object.assign(new Error(`refused: ${hostname} resolves to ${refused}`), { code: 'EADDRREFUSED' }), []);
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      return first ? callback(null, first.address, first.family) : callback(new Error(`no address for ${hostname}`), []);
    });
  };
}
