import { providerConfigSchema, type Identity, type ProviderSummary } from '@campus/schema';
import { badInput } from '@campus/subgraph-runtime';
import { KeyError, type ApiKeys, type KeyRole } from './apiKeys';
import type { ProvidersStore } from './db/providersStore';
import type { ProviderInput, ProviderUpdate } from './generated/resolvers';

const notAllowed = (message: string) => ({ __typename: 'NotAllowed' as const, message });

/** A provider's details as the schema checked and cleaned them, or an error naming the first wrong field. */
function checked<T>(result: { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }): T {
  if (result.success) return result.data;
  const [first] = result.error.issues;
  throw badInput(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), `input.${first?.path.join('.') ?? ''}`);
}
const notFound = (message: string) => ({ __typename: 'NotFound' as const, message });

/** Providers and keys as admins and partners change them; `onChange` tells the catalogue. */
export class ProviderAdministration {
  constructor(
    private readonly store: ProvidersStore,
    private readonly keys: ApiKeys,
    private readonly onChange: (providers: ProviderSummary[]) => void,
  ) {}

  private async changed(id: string) {
    const provider = (await this.store.provider(id))!;
    this.onChange([{ id: provider.id, name: provider.name, kind: provider.kind }]);
    return { __typename: 'ProviderChanged' as const, provider };
  }

  async create(caller: Identity, input: ProviderInput) {
    if (caller.role !== 'ADMIN') return notAllowed('only admins add providers');
    const parsed = checked(providerConfigSchema.safeParse(input));
    if (await this.store.provider(input.id)) throw badInput(`there is a provider "${input.id}" already`, 'input.id');
    const now = new Date().toISOString();
    await this.store.insertProvider({ id: parsed.id, name: parsed.name, kind: parsed.kind, website: parsed.website, description: parsed.description, contact: parsed.contact, createdAt: now, updatedAt: now });
    return this.changed(input.id);
  }

  async update(caller: Identity, id: string, input: ProviderUpdate) {
    if (caller.role === 'PUBLIC') return notAllowed('changing a provider needs a partner or admin key');
    if (caller.role === 'PARTNER' && caller.providerId !== id) return notAllowed("a partner changes its own provider's details only");
    if (caller.role === 'PARTNER' && (input.name !== undefined || input.kind !== undefined)) return notAllowed('only admins change a provider\'s name or kind');
    const before = await this.store.provider(id);
    if (!before) return notFound(`there is no provider "${id}"`);
    const parsed = checked(providerConfigSchema.safeParse({ ...before, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) }));
    await this.store.updateProvider(id, { name: parsed.name, kind: parsed.kind, website: parsed.website, description: parsed.description, contact: parsed.contact, updatedAt: new Date().toISOString() });
    return this.changed(id);
  }

  async listKeys(caller: Identity) {
    if (caller.role === 'PUBLIC') return [];
    const keys = await this.keys.list();
    return caller.role === 'ADMIN' ? keys : keys.filter((k) => k.providerId === caller.providerId && k.role === 'PARTNER');
  }

  /** A page of the keys the caller may see: an admin all, a partner its provider's partner keys, the public none. */
  async keyPage(caller: Identity, first: number, after: readonly string[] | null) {
    if (caller.role === 'PUBLIC') return { rows: [], total: 0 };
    return this.keys.page(caller.role === 'ADMIN' ? null : caller.providerId, first + 1, after);
  }

  async createKey(caller: Identity, name: string, role: string | null, providerId: string | null) {
    if (caller.role === 'PUBLIC') return notAllowed('making a key needs a partner or admin key');
    const wanted = (role ?? 'PARTNER').toUpperCase() as KeyRole;
    if (caller.role === 'PARTNER' && (wanted !== 'PARTNER' || (providerId && providerId !== caller.providerId))) return notAllowed('a partner makes partner keys for its own provider only');
    try {
      const created = await this.keys.create({ role: wanted, name, providerId: caller.role === 'PARTNER' ? caller.providerId : providerId });
      return { __typename: 'ApiKeyIssued' as const, ...created };
    } catch (error) {
      if (error instanceof KeyError) throw badInput(error.message, 'name');
      throw error;
    }
  }

  /** Whether the caller may manage the key: admins all, partners their provider's partner keys. */
  private async mayManageKey(caller: Identity, id: string): Promise<boolean | null> {
    const owner = await this.keys.owner(id);
    if (!owner) return null;
    return caller.role === 'ADMIN' || (caller.role === 'PARTNER' && owner.role === 'PARTNER' && owner.providerId === caller.providerId);
  }

  async rotateKey(caller: Identity, id: string) {
    const may = await this.mayManageKey(caller, id);
    if (may === null) return notFound(`there is no key "${id}"`);
    if (!may) return notAllowed('a partner manages its own provider\'s keys only');
    const created = await this.keys.rotate(id);
    return created ? { __typename: 'ApiKeyIssued' as const, ...created } : notFound(`the key "${id}" is revoked already`);
  }

  async revokeKey(caller: Identity, id: string) {
    const may = await this.mayManageKey(caller, id);
    if (may === null) return notFound(`there is no key "${id}"`);
    if (!may) return notAllowed('a partner manages its own provider\'s keys only');
    return (await this.keys.revoke(id)) ? { __typename: 'ApiKeyRevoked' as const, id } : notFound(`the key "${id}" is revoked already`);
  }
}
