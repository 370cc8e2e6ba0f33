import { TOPICS, type ProviderKind } from '@campus/schema';
import type { CatalogStore, IndexOccurrenceRow, IndexRow } from '../db/catalogStore';
import { Completions } from './completions';
import { DateColumns, datesIn, patchDateColumns, type ColumnDate } from './dateColumns';
import { emptyFacetColumns, patchFacetColumns, type FacetColumns } from './facetColumns';
import { OfferingRows } from './offeringRows';
import { labelOf } from './facetLabels';
import { Lexicon } from './lexicon';
import type { PlanOptions } from './searchPlan';
import { Thesaurus } from './thesaurus';
import { wordsOf } from './vocabulary';

/** Rows read at a time while catching up (all of them, at start-up). */
const REFRESH_PAGE = 50_000;

/**
 * The catalogue's search index: the store keeps the texts and the full-text index, this keeps the facet values
 * and dates of every offering in memory, so that filtering, counting facets and sorting a million
 * offerings is a pass over arrays. It catches up with what ingests changed (in this process or
 * another) by the change number each ingest leaves on the rows it wrote. Everything is held in
 * columns by rowid (`OfferingRows`, `FacetColumns`, `DateColumns`), no object per offering, and
 * of the duplicate keys only those two records share.
 */
export class SearchIndex {
  readonly #rows = new OfferingRows();
  readonly #facets = emptyFacetColumns();
  #columns = DateColumns.empty();
  /** The rowids of each duplicate key that several records share, and the key of each such rowid. */
  readonly #groups = new Map<string, number[]>();
  readonly #groupOf = new Map<number, string>();
  readonly #providerKinds = new Map<string, ProviderKind>();
  readonly #providerNames = new Map<string, string>();
  #seen = -1;
  #lexicon: Lexicon | null = null;
  #completions: Completions | null = null;
  readonly #completedProviders = new Set<string>();
  #refreshing: Promise<void> | null = null;

  /** `forgiving` off, searches find words as typed only (the benchmark's baseline); `page`: rows read at a time. */
  constructor(
    private readonly store: CatalogStore,
    private readonly forgiving = true,
    private readonly page = REFRESH_PAGE,
  ) {}

  /** Loads whatever changed since the last look; cheap when nothing did. Refreshes asked for meanwhile share the one running. */
  refresh(): Promise<void> {
    this.#refreshing ??= this.#refresh().finally(() => (this.#refreshing = null));
    return this.#refreshing;
  }

  async #refresh(): Promise<void> {
    const seq = await this.store.changeSeq();
    if (seq === this.#seen) return;
    const since = this.#seen;
    const providers = await this.store.providers();
    this.#seen = seq;
    this.#providerKinds.clear();
    this.#providerNames.clear();
    for (const provider of providers) {
      this.#providerKinds.set(provider.id, provider.kind);
      this.#providerNames.set(provider.id, provider.name);
    }
    if (this.#completions) this.#completeProviders();
    const touchedKeys = new Set<string>();
    const changed = new Set<number>();
    // In pages by rowid: a whole catalogue read at once is millions of short-lived rows, whose
    // collection took half the start-up at a million offerings and kept its peak in memory.
    for (let after = 0; ; ) {
      const rows = await this.store.offeringsChangedSince(since, after, this.page);
      if (rows.length === 0) break;
      const last = rows[rows.length - 1]!.rowid;
      this.#take(rows, await this.store.occurrencesChangedSince(since, after, last), changed, since < 0 ? null : touchedKeys);
      if (rows.length < this.page) break;
      after = last;
    }
    const moved = await this.#regroup(since < 0 ? null : touchedKeys);
    // A record shown in another's stead (or no longer) keeps its dates; only its status changes.
    const columns = this.#columns;
    this.#columns = patchDateColumns(columns, this.#rows.length, moved, (rowid) => this.#shownStatus(rowid), (rowid) => datesIn(columns, rowid));
    await this.#catchUp(since);
  }

  /**
   * Indexes one page of changed rows and their dates, adding their rowids to `changed` and the
   * duplicate keys they had or have to `touchedKeys` (null while everything is read).
   */
  #take(rows: readonly IndexRow[], occurrenceRows: readonly IndexOccurrenceRow[], changed: Set<number>, touchedKeys: Set<string> | null): void {
    const dates = new Map<string, ColumnDate[]>();
    for (const o of occurrenceRows) {
      const list = dates.get(o.offeringId) ?? [];
      list.push({ start: Date.parse(o.startUtc), end: Date.parse(o.endUtc), weekday: o.weekday, minute: o.startMinute, cancelled: o.status === 'CANCELLED' });
      dates.set(o.offeringId, list);
    }
    const offerings = this.#rows;
    offerings.grow(rows[rows.length - 1]!.rowid + 1);
    const written = new Map<number, IndexRow>();
    for (const row of rows) {
      written.set(row.rowid, row);
      changed.add(row.rowid);
      const grouped = this.#groupOf.get(row.rowid);
      if (grouped !== undefined) touchedKeys?.add(grouped);
      if (row.dedupKey) touchedKeys?.add(row.dedupKey);
      const known = offerings.status[row.rowid] !== 0;
      if (this.#completions && known) this.#countCompletions(row.rowid, -1);
      offerings.set(row);
      if (this.#completions) this.#countCompletions(row.rowid, 1);
    }
    patchFacetColumns(this.#facets, offerings.length, written);
    this.#columns = patchDateColumns(this.#columns, offerings.length, new Set(written.keys()), (rowid) => this.#shownStatus(rowid), (rowid) => dates.get(offerings.ids[rowid]!) ?? []);
  }

  /** The status code the date columns hold: 0 for a record shown under another. */
  #shownStatus(rowid: number): number {
    return this.#rows.canonical[rowid] === 1 ? this.#rows.status[rowid]! : 0;
  }

  /**
   * Reads which records share the duplicate keys touched (every key, for null) and chooses the
   * record each group shows; returns the rowids whose place in a group may have moved.
   */
  async #regroup(touchedKeys: ReadonlySet<string> | null): Promise<Set<number>> {
    const moved = new Set<number>();
    if (touchedKeys?.size === 0) return moved;
    const shared = await this.store.sharedDedupKeys(touchedKeys ? [...touchedKeys] : null);
    for (const key of touchedKeys ?? this.#groups.keys()) {
      for (const rowid of this.#groups.get(key) ?? []) {
        this.#groupOf.delete(rowid);
        this.#rows.canonical[rowid] = 1;
        moved.add(rowid);
      }
      this.#groups.delete(key);
    }
    // A record written since this refresh read the rows joins its group with the next refresh.
    const known = shared.filter(({ rowid }) => rowid < this.#rows.length && this.#rows.status[rowid] !== 0);
    for (const { rowid, dedupKey } of known) {
      const group = this.#groups.get(dedupKey) ?? [];
      group.push(rowid);
      this.#groups.set(dedupKey, group);
      this.#groupOf.set(rowid, dedupKey);
    }
    for (const key of new Set(known.map((row) => row.dedupKey))) for (const rowid of this.#chooseCanonical(key)) moved.add(rowid);
    return moved;
  }

  /**
   * Brings the lexicon up to the changed rows in time proportional to them: an ingest of a thousand
   * offerings among 100,000 no longer rereads the vocabulary on the search thread.
   */
  async #catchUp(since: number): Promise<void> {
    if (this.#lexicon && since >= 0) {
      const texts = (await this.store.textsChangedSince(since)).flatMap((row) => [row.title, row.summary ?? '', row.descriptionText ?? '', ...row.categories]);
      this.#lexicon.add(wordsOf([...texts, ...this.#providerNames.values()]));
    }
  }

  /** Of records that are one offering, the first harvested that still stands is the one shown; returns the group's rowids. */
  #chooseCanonical(key: string): number[] {
    const rows = this.#rows;
    const group = [...(this.#groups.get(key) ?? [])];
    const order = (rowid: number): [number, number, string] => [rows.withdrawn(rowid) ? 1 : 0, rows.firstSeen[rowid]!, rows.ids[rowid]!];
    group.sort((a, b) => {
      const [x, y] = [order(a), order(b)];
      return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : 1);
    });
    group.forEach((rowid, index) => (rows.canonical[rowid] = index === 0 ? 1 : 0));
    return group;
  }

  /** What the index holds of each offering besides facets and dates, by rowid. */
  rows(): OfferingRows {
    return this.#rows;
  }

  /** Status and dates of every offering as typed arrays, patched by each refresh. */
  columns(): DateColumns {
    return this.#columns;
  }

  /** Facet values of every offering as typed arrays, patched by each refresh. */
  facetColumns(): FacetColumns {
    return this.#facets;
  }

  /** Every word in the full-text index, folded as indexed: read on first use, then joined by the words of each change. */
  async lexicon(): Promise<Lexicon> {
    this.#lexicon ??= new Lexicon(await this.store.vocabulary());
    return this.#lexicon;
  }

  /** Completions of titles, keywords, topics and providers: built on first use, then kept up by each refresh. */
  completions(): Completions {
    if (!this.#completions) {
      this.#completions = new Completions();
      for (const topic of TOPICS) for (const lang of ['DE', 'EN'] as const) this.#completions.count('TOPIC', labelOf(topic, lang), 1, topic, lang);
      for (let rowid = 0; rowid < this.#rows.length; rowid += 1) if (this.#rows.status[rowid] !== 0) this.#countCompletions(rowid, 1);
    }
    this.#completeProviders();
    return this.#completions;
  }

  #completeProviders(): void {
    for (const [id, name] of this.#providerNames) {
      if (this.#completedProviders.has(id)) continue;
      this.#completedProviders.add(id);
      this.#completions?.count('PROVIDER', name, 1, id);
    }
  }

  /** Withdrawn offerings complete nothing. */
  #countCompletions(rowid: number, delta: number): void {
    const rows = this.#rows;
    if (rows.withdrawn(rowid)) return;
    this.#completions!.count('TITLE', rows.titles[rowid]!, delta);
    for (const keyword of rows.keywords[rowid]!) this.#completions!.count('KEYWORD', keyword, delta);
  }

  /** What planning a search needs: the words of the index and the thesaurus. */
  async planOptions(): Promise<PlanOptions> {
    return { lexicon: await this.lexicon(), thesaurus: Thesaurus.bundled(), forgiving: this.forgiving };
  }

  providerKind(providerId: string): ProviderKind | null {
    return this.#providerKinds.get(providerId) ?? null;
  }

  knownProvider(providerId: string): boolean {
    return this.#providerKinds.has(providerId);
  }
}
