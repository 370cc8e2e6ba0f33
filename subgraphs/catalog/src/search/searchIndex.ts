import { foldForSearch, TOPICS, type Level, type ProviderKind } from '@campus/schema';
import type { CatalogStore, IndexOccurrenceRow, IndexRow } from '../db/catalogStore';
import { Completions } from './completions';
import { DateColumns, patchDateColumns, type ColumnDate } from './dateColumns';
import { facetColumns, patchFacetColumns, type FacetColumns } from './facetColumns';
import { labelOf } from './facetLabels';
import { Lexicon } from './lexicon';
import type { PlanOptions } from './searchPlan';
import { Thesaurus } from './thesaurus';
import { wordsOf } from './vocabulary';

/** Rows read at a time while catching up (all of them, at start-up). */
const REFRESH_PAGE = 50_000;

/** What filters, facets and sorting need of an offering, held in memory; texts stay in the database. */
export interface IndexedOffering {
  rowid: number;
  id: string;
  status: string;
  providerId: string;
  topics: readonly string[];
  targetGroups: readonly string[];
  format: string | null;
  type: string | null;
  level: Level | null;
  languages: readonly string[];
  costKind: string;
  costAmount: number | null;
  district: string | null;
  stadtbezirk: string | null;
  latitude: number | null;
  longitude: number | null;
  title: string;
  titleKey: string;
  /** The partner's own tags (categories), for completions. */
  keywords: readonly string[];
  firstSeen: number;
  dedupKey: string | null;
  /** False for the second and later records of an offering published by several partners. */
  canonical: boolean;
}

/**
 * The catalogue's search index: the store keeps the texts and the full-text index, this keeps the facet values
 * and dates of every offering in memory, so that filtering, counting facets and sorting 100,000
 * offerings is a pass over arrays. It catches up with what ingests changed (in this process or
 * another) by the change number each ingest leaves on the rows it wrote. The dates are kept only
 * in typed columns, and the values offerings share (a status, a topic list, a district) once: an
 * offering's own share of memory is its object, its id and its title.
 */
export class SearchIndex {
  /** Indexed by rowid, which both databases hand out densely: an array is much faster to walk than a Map. */
  readonly #byRowid: (IndexedOffering | undefined)[] = [];
  readonly #byDedupKey = new Map<string, Set<number>>();
  readonly #providerKinds = new Map<string, ProviderKind>();
  readonly #providerNames = new Map<string, string>();
  #seen = -1;
  #columns = DateColumns.empty();
  /** One copy of each value and list of values offerings share. */
  readonly #values = new Map<string, string>();
  readonly #lists = new Map<string, readonly string[]>();
  #facetColumns: FacetColumns | null = null;
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
      this.#take(rows, await this.store.occurrencesChangedSince(since, after, last), changed, touchedKeys);
      if (rows.length < this.page) break;
      after = last;
    }
    const moved = new Set<number>();
    for (const key of touchedKeys) for (const rowid of this.#chooseCanonical(key)) moved.add(rowid);
    // A record shown in another's stead (or no longer) keeps its dates; only its status changes.
    const columns = this.#columns;
    this.#columns = patchDateColumns(columns, this.#byRowid, moved, (rowid) => datesIn(columns, rowid));
    for (const rowid of moved) changed.add(rowid);
    await this.#catchUp(since, changed);
  }

  /** Indexes one page of changed rows and their dates, adding their rowids to `changed` and the duplicate keys they touch to `touchedKeys`. */
  #take(rows: readonly IndexRow[], occurrenceRows: readonly IndexOccurrenceRow[], changed: Set<number>, touchedKeys: Set<string>): void {
    const dates = new Map<string, ColumnDate[]>();
    for (const o of occurrenceRows) {
      const list = dates.get(o.offeringId) ?? [];
      list.push({ start: Date.parse(o.startUtc), end: Date.parse(o.endUtc), weekday: o.weekday, minute: o.startMinute, cancelled: o.status === 'CANCELLED' });
      dates.set(o.offeringId, list);
    }
    const written = new Set<number>();
    for (const row of rows) {
      written.add(row.rowid);
      changed.add(row.rowid);
      const previous = this.#byRowid[row.rowid];
      if (previous?.dedupKey) {
        this.#byDedupKey.get(previous.dedupKey)?.delete(row.rowid);
        touchedKeys.add(previous.dedupKey);
      }
      // Written out field by field: one object shape for all, which keeps V8's property access fast.
      const indexed: IndexedOffering = {
        rowid: row.rowid,
        id: row.id,
        status: this.#shared(row.status),
        providerId: this.#shared(row.providerId),
        topics: this.#sharedList(row.topics),
        targetGroups: this.#sharedList(row.targetGroups),
        format: this.#sharedOrNull(row.format),
        type: this.#sharedOrNull(row.type),
        level: row.level,
        languages: this.#sharedList(row.languages),
        costKind: this.#shared(row.costKind),
        costAmount: row.costAmount,
        district: this.#sharedOrNull(row.district),
        stadtbezirk: this.#sharedOrNull(row.stadtbezirk),
        latitude: row.latitude,
        longitude: row.longitude,
        title: row.title,
        titleKey: foldForSearch(row.title),
        keywords: this.#sharedList(row.categories),
        firstSeen: Date.parse(row.firstSeen),
        dedupKey: row.dedupKey,
        canonical: true,
      };
      if (this.#completions) {
        if (previous) this.#countCompletions(previous, -1);
        this.#countCompletions(indexed, 1);
      }
      this.#byRowid[row.rowid] = indexed;
      if (indexed.dedupKey) {
        const group = this.#byDedupKey.get(indexed.dedupKey) ?? new Set<number>();
        group.add(row.rowid);
        this.#byDedupKey.set(indexed.dedupKey, group);
        touchedKeys.add(indexed.dedupKey);
      }
    }
    this.#columns = patchDateColumns(this.#columns, this.#byRowid, written, (rowid) => dates.get(this.#byRowid[rowid]!.id) ?? []);
  }

  #shared(value: string): string {
    const known = this.#values.get(value);
    if (known !== undefined) return known;
    this.#values.set(value, value);
    return value;
  }

  #sharedOrNull(value: string | null): string | null {
    return value === null ? null : this.#shared(value);
  }

  #sharedList(values: readonly string[]): readonly string[] {
    const key = values.join('\u0000');
    const known = this.#lists.get(key);
    if (known) return known;
    const list = Object.freeze(values.map((value) => this.#shared(value)));
    this.#lists.set(key, list);
    return list;
  }

  /**
   * Brings the facet columns and the lexicon up to the changed rows in time proportional to them: an
   * ingest of a thousand offerings among 100,000 no longer rebuilds them whole on the search
   * thread, which held up every search queued behind it for a few hundred milliseconds.
   */
  async #catchUp(since: number, changed: ReadonlySet<number>): Promise<void> {
    if (this.#facetColumns) patchFacetColumns(this.#facetColumns, this.#byRowid, changed);
    if (this.#lexicon && since >= 0) {
      const texts = (await this.store.textsChangedSince(since)).flatMap((row) => [row.title, row.summary ?? '', row.descriptionText ?? '', ...row.categories]);
      this.#lexicon.add(wordsOf([...texts, ...this.#providerNames.values()]));
    }
  }

  /** Of records that are one offering, the first harvested that still stands is the one shown; returns the group's rowids. */
  #chooseCanonical(key: string): number[] {
    const group = [...(this.#byDedupKey.get(key) ?? [])].map((rowid) => this.#byRowid[rowid]).filter((o): o is IndexedOffering => o !== undefined);
    const order = (o: IndexedOffering): [number, number, string] => [o.status === 'WITHDRAWN' ? 1 : 0, o.firstSeen, o.id];
    group.sort((a, b) => {
      const [x, y] = [order(a), order(b)];
      return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : 1);
    });
    group.forEach((offering, index) => (offering.canonical = index === 0));
    return group.map((offering) => offering.rowid);
  }

  /** Every indexed offering by rowid, with holes where a rowid is not in use. */
  all(): readonly (IndexedOffering | undefined)[] {
    return this.#byRowid;
  }

  /** Status and dates of every offering as typed arrays, patched by each refresh. */
  columns(): DateColumns {
    return this.#columns;
  }

  /** Facet values of every offering as typed arrays: built on first use, then patched by each refresh. */
  facetColumns(): FacetColumns {
    this.#facetColumns ??= facetColumns(this.#byRowid);
    return this.#facetColumns;
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
      for (const offering of this.#byRowid) if (offering) this.#countCompletions(offering, 1);
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
  #countCompletions(offering: IndexedOffering, delta: number): void {
    if (offering.status === 'WITHDRAWN') return;
    this.#completions!.count('TITLE', offering.title, delta);
    for (const keyword of offering.keywords) this.#completions!.count('KEYWORD', keyword, delta);
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

/** The dates the columns hold for a rowid. */
function datesIn(columns: DateColumns, rowid: number): ColumnDate[] {
  if (rowid >= columns.status.length) return [];
  const dates: ColumnDate[] = [];
  for (let i = columns.first[rowid]!; i < columns.first[rowid + 1]!; i += 1) {
    const minute = columns.minute[i]!;
    dates.push({ start: columns.start[i]!, end: columns.end[i]!, weekday: columns.weekday[i]!, minute: minute < 0 ? null : minute, cancelled: columns.cancelled[i] === 1 });
  }
  return dates;
}
