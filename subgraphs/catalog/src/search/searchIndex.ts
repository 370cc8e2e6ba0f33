import { join } from 'node:path';
import { TOPICS, type ProviderKind } from '@campus/schema';
import { log } from '@campus/subgraph-runtime';
import type { CatalogStore, IndexOccurrenceRow, IndexRow } from '../db/catalogStore';
import { Completions } from './completions';
import { DateColumns, type ColumnDate, type DateArrays } from './dateColumns';
import { emptyFacetColumns, FACETS, patchFacetColumns, type FacetColumns } from './facetColumns';
import { IndexFileError, readIndexFile, removeLeftovers, writeIndexFile, type IndexFileContent, type SavedArray } from './indexFile';
import { OfferingRows, type SavedRows } from './offeringRows';
import { labelOf } from './facetLabels';
import { Lexicon } from './lexicon';
import type { PlanOptions } from './searchPlan';
import { Thesaurus } from './thesaurus';
import { wordsOf } from './vocabulary';

/** Rows read at a time while catching up (all of them, at start-up). */
const REFRESH_PAGE = 50_000;
/** Rows counted into the completions between two turns of the event loop: some 10 ms of work. */
const COMPLETION_SLICE = 2_000;
/** Beyond this many duplicate keys touched, all groups are read anew: one query, not a list of keys as long as the catalogue. */
const MOST_KEYS_ASKED = 50_000;
/** A saved index is brought up to date at most this often: saving a million offerings costs the search thread about a second. */
const SAVE_EVERY_MS = 10 * 60_000;

/** Where the index is saved and restored from; only one index in a process should `save`. */
export interface IndexSaving {
  path: string;
  save: boolean;
  /** How often at most it is saved again after changes (default SAVE_EVERY_MS). */
  everyMs?: number;
}

/** The index file of a catalogue's data folder. */
export const indexFileIn = (dataDir: string): string => join(dataDir, 'catalog-search-index.bin');

/**
 * The catalogue's search index: the store keeps the texts and the full-text index, this keeps the facet values
 * and dates of every offering in memory, so that filtering, counting facets and sorting a million
 * offerings is a pass over arrays. It catches up with what ingests changed (in this process or
 * another) by the change number each ingest leaves on the rows it wrote. Everything is held in
 * columns by rowid (`OfferingRows`, `FacetColumns`, `DateColumns`), no object per offering, and
 * of the duplicate keys only those two records share.
 */
export class SearchIndex {
  #rows = new OfferingRows();
  #facets = emptyFacetColumns();
  #columns = new DateColumns();
  /** The rowids of each duplicate key that several records share, and the key of each such rowid. */
  readonly #groups = new Map<string, number[]>();
  readonly #groupOf = new Map<number, string>();
  readonly #providerKinds = new Map<string, ProviderKind>();
  readonly #providerNames = new Map<string, string>();
  #seen = -1;
  #lexicon: Lexicon | null = null;
  #completions: Completions | null = null;
  #completionsBuilt: Promise<Completions> | null = null;
  #completedUpTo = 0;
  readonly #completedProviders = new Set<string>();
  #refreshing: Promise<void> | null = null;
  /** Whether a refresh has loaded the index. */
  #loaded = false;
  /** When the file was last saved or restored; a save being written. */
  #savedAt: number | null = null;
  #saving: Promise<void> | null = null;

  /**
   * `forgiving` off, searches find words as typed only (the benchmark's baseline); `page`: rows
   * read at a time; `saving`: where the index is restored from at start and saved to.
   */
  constructor(
    private readonly store: CatalogStore,
    private readonly forgiving = true,
    private readonly page = REFRESH_PAGE,
    private readonly saving: IndexSaving | null = null,
  ) {}

  /** Loads whatever changed since the last look; cheap when nothing did. Refreshes asked for meanwhile share the one running. */
  refresh(): Promise<void> {
    this.#refreshing ??= this.#refresh().finally(() => (this.#refreshing = null));
    return this.#refreshing;
  }

  async #refresh(): Promise<void> {
    const starting = !this.#loaded;
    if (starting && this.saving) await this.#restore(this.saving.path);
    const seq = await this.store.changeSeq();
    if (seq !== this.#seen) {
      const since = this.#seen;
      this.#seen = seq;
      await this.#readProviders();
      const first = await this.store.offeringsChangedSince(since, 0, this.page);
      if (since >= 0 && first.length < this.page) await this.#applyAtOnce(since, first);
      else await this.#applyPaged(since, first);
      await this.#catchUp(since);
    }
    this.#loaded = true;
    if (!this.saving?.save || this.#rows.length === 0 || this.#saving || (this.#savedAt !== null && Date.now() - this.#savedAt < (this.saving.everyMs ?? SAVE_EVERY_MS))) return;
    // At start the file is written before the index serves; later, searches do not wait for the disk.
    const saving = this.#save(this.saving.path);
    if (starting) await saving;
  }

  /**
   * The changes of a harvest (fewer rows than a page): their dates and the duplicates they touch
   * read first, then all of it applied at once, so that no reader of the index sees half a harvest.
   */
  async #applyAtOnce(since: number, rows: IndexRow[]): Promise<void> {
    if (rows.length === 0) return;
    const occurrences = await this.store.occurrencesChangedSince(since, 0, rows[rows.length - 1]!.rowid);
    const keys = new Set<string>();
    for (const row of rows) {
      const grouped = this.#groupOf.get(row.rowid);
      if (grouped !== undefined) keys.add(grouped);
      if (row.dedupKey) keys.add(row.dedupKey);
    }
    const shared = keys.size === 0 ? [] : await this.store.sharedDedupKeys([...keys]);
    this.#take(rows, occurrences, null);
    this.#restatus(this.#regrouped(keys, shared));
  }

  /**
   * Everything (`since` -1) or a large catch-up, 50,000 rows at a time: a whole catalogue read at
   * once is millions of short-lived rows, whose collection took half the start-up at a million
   * offerings and kept its peak in memory.
   */
  async #applyPaged(since: number, first: IndexRow[]): Promise<void> {
    const touchedKeys = since < 0 ? null : new Set<string>();
    for (let rows = first, after = 0; rows.length > 0; rows = await this.store.offeringsChangedSince(since, after, this.page)) {
      const last = rows[rows.length - 1]!.rowid;
      this.#take(rows, await this.store.occurrencesChangedSince(since, after, last), touchedKeys);
      if (rows.length < this.page) break;
      after = last;
    }
    const keys = touchedKeys && touchedKeys.size <= MOST_KEYS_ASKED ? touchedKeys : null;
    if (keys?.size === 0) return;
    this.#restatus(this.#regrouped(keys, await this.store.sharedDedupKeys(keys ? [...keys] : null)));
  }

  /** A record shown in another's stead (or no longer) keeps its dates; only its status changes. */
  #restatus(moved: Iterable<number>): void {
    this.#columns.restatus(moved, (rowid) => this.#shownStatus(rowid));
  }

  async #readProviders(): Promise<void> {
    const providers = await this.store.providers();
    this.#providerKinds.clear();
    this.#providerNames.clear();
    for (const provider of providers) {
      this.#providerKinds.set(provider.id, provider.kind);
      this.#providerNames.set(provider.id, provider.name);
    }
    if (this.#completions) this.#completeProviders();
  }

  /**
   * Saves the index as it is now; the next start loads it in time proportional to its bytes and
   * catches up from its change number. A failure to save is logged, never a search's failure.
   */
  #save(path: string): Promise<void> {
    this.#savedAt = Date.now();
    this.#saving = writeIndexFile(path, this.#savedContent())
      .catch((error: Error) => log.warn({ part: 'catalog', path, reason: error.message }, 'the search index could not be saved'))
      .finally(() => (this.#saving = null));
    return this.#saving;
  }

  #savedContent(): IndexFileContent {
    const rows = this.#rows.saved();
    const length = this.#rows.length;
    const facets = FACETS.map((facet) => this.#facets[facet].saved(length));
    const arrays: Record<string, SavedArray> = {};
    for (const [name, array] of Object.entries(this.#columns.saved(length))) arrays[`dates.${name}`] = array;
    for (const [name, array] of Object.entries(rows.arrays)) arrays[`rows.${name}`] = array;
    FACETS.forEach((facet, i) => {
      arrays[`${facet}.first`] = facets[i]!.first;
      arrays[`${facet}.last`] = facets[i]!.last;
      arrays[`${facet}.codes`] = facets[i]!.codes;
    });
    // Copies: a refresh may patch the arrays in place while the file is being written.
    for (const [name, array] of Object.entries(arrays)) arrays[name] = array.slice();
    return { change: this.#seen, data: { rows: rows.data, facets: facets.map((f) => f.values), groups: [...this.#groups] }, arrays };
  }

  /**
   * Takes the index from its saved file if that file belongs to this database and is not ahead of
   * it; otherwise says in one line why it is rebuilt from the database (by the caller's refresh).
   */
  async #restore(path: string): Promise<void> {
    const rebuilt = (reason: string): void => log.info({ part: 'catalog', path, reason }, 'building the search index from the database');
    let file: IndexFileContent;
    await removeLeftovers(path);
    try {
      file = await readIndexFile(path);
    } catch (error) {
      if (error instanceof IndexFileError) return rebuilt(`the saved index cannot be used: ${error.message}`);
      throw error;
    }
    const change = await this.store.changeSeq();
    if (file.change > change) return rebuilt(`the saved index is at change ${file.change}, the database only at ${change}`);
    try {
      const data = file.data as { rows: SavedRows; facets: string[][]; groups: [string, number[]][] };
      const a = file.arrays as Record<string, SavedArray | undefined>;
      const part = (prefix: string): Record<string, SavedArray | undefined> => Object.fromEntries(Object.entries(a).flatMap(([name, array]) => (name.startsWith(prefix) ? [[name.slice(prefix.length), array]] : [])));
      const rows = OfferingRows.restored(data.rows, part('rows.'));
      if (!(await this.#sameDatabase(rows))) return rebuilt('the saved index is of another database');
      const columns = new DateColumns(dateArrays(part('dates.')));
      if (columns.status.length !== rows.length) throw new Error('the date columns do not fit');
      FACETS.forEach((facet, i) => {
        const [first, last, codes] = [a[`${facet}.first`], a[`${facet}.last`], a[`${facet}.codes`]];
        if (!(first instanceof Uint32Array && last instanceof Uint32Array && codes instanceof Uint32Array) || first.length !== rows.length) throw new Error(`the facet ${facet} does not fit`);
        this.#facets[facet].restore(data.facets[i]!, first, last, codes);
      });
      this.#rows = rows;
      this.#columns = columns;
      for (const [key, group] of data.groups) {
        this.#groups.set(key, group);
        for (const rowid of group) this.#groupOf.set(rowid, key);
      }
    } catch (error) {
      this.#facets = emptyFacetColumns();
      return rebuilt(`the saved index does not fit together (${(error as Error).message})`);
    }
    this.#seen = file.change;
    this.#savedAt = Date.now();
    await this.#readProviders();
  }

  /** Whether rows of the saved index have the ids the database gives them: a rowid keeps its offering for good. */
  async #sameDatabase(rows: OfferingRows): Promise<boolean> {
    const samples: number[] = [];
    for (let i = 0; i < 16; i += 1) {
      let rowid = Math.floor(((i + 0.5) * rows.length) / 16);
      while (rowid < rows.length && rows.status[rowid] === 0) rowid += 1;
      if (rowid < rows.length) samples.push(rowid);
    }
    for (const rowid of new Set(samples)) {
      const [row] = await this.store.offeringsChangedSince(-1, rowid - 1, 1);
      if (row?.rowid !== rowid || row.id !== rows.ids[rowid]) return false;
    }
    return true;
  }

  /** Indexes changed rows and their dates, adding the duplicate keys they had or have to `touchedKeys` (where given). */
  #take(rows: readonly IndexRow[], occurrenceRows: readonly IndexOccurrenceRow[], touchedKeys: Set<string> | null): void {
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
      const grouped = this.#groupOf.get(row.rowid);
      if (grouped !== undefined) touchedKeys?.add(grouped);
      if (row.dedupKey) touchedKeys?.add(row.dedupKey);
      // Most changes keep the title and keywords (a date moved, a text edited): their completions stay.
      const known = offerings.status[row.rowid] !== 0;
      const recount = this.#completions !== null && row.rowid < this.#completedUpTo && !(known && offerings.completesAlike(row));
      if (recount && known) this.#countCompletions(row.rowid, -1);
      offerings.set(row);
      if (recount) this.#countCompletions(row.rowid, 1);
    }
    patchFacetColumns(this.#facets, offerings.length, written);
    this.#columns.grow(offerings.length);
    this.#columns.patch(written.keys(), (rowid) => this.#shownStatus(rowid), (rowid) => dates.get(offerings.ids[rowid]!) ?? []);
  }

  /** The status code the date columns hold: 0 for a record shown under another. */
  #shownStatus(rowid: number): number {
    return this.#rows.canonical[rowid] === 1 ? this.#rows.status[rowid]! : 0;
  }

  /**
   * Takes which records share the duplicate keys touched (every key, for null) and chooses the
   * record each group shows; returns the rowids whose place in a group may have moved.
   */
  #regrouped(touchedKeys: ReadonlySet<string> | null, shared: readonly { rowid: number; dedupKey: string }[]): Set<number> {
    const moved = new Set<number>();
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

  /**
   * Completions of titles, keywords, topics and providers: built on first use, a slice of rows at
   * a time so that searches on this thread go on meanwhile (a million offerings take seconds),
   * then kept up by each refresh.
   */
  completions(): Promise<Completions> {
    this.#completionsBuilt ??= this.#buildCompletions();
    return this.#completionsBuilt;
  }

  async #buildCompletions(): Promise<Completions> {
    const completions = new Completions();
    this.#completions = completions;
    for (const topic of TOPICS) for (const lang of ['DE', 'EN'] as const) completions.count('TOPIC', labelOf(topic, lang), 1, topic, lang);
    this.#completeProviders();
    // Rowids below `#completedUpTo` are counted; a refresh meanwhile counts its changes among them, the loop the rest.
    while (this.#completedUpTo < this.#rows.length) {
      const end = Math.min(this.#rows.length, this.#completedUpTo + COMPLETION_SLICE);
      for (let rowid = this.#completedUpTo; rowid < end; rowid += 1) if (this.#rows.status[rowid] !== 0) this.#countCompletions(rowid, 1);
      this.#completedUpTo = end;
      await new Promise((resolve) => setImmediate(resolve));
    }
    // Every row so far is counted: from now on, each refresh counts what it writes.
    this.#completedUpTo = Number.POSITIVE_INFINITY;
    return completions;
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

/** The date columns' arrays of a saved index; throws where one is missing or of another kind. */
function dateArrays(saved: Record<string, SavedArray | undefined>): DateArrays {
  const { status, first, last, start, end, weekday, minute, cancelled } = saved;
  if (status instanceof Uint8Array && first instanceof Uint32Array && last instanceof Uint32Array && start instanceof Float64Array && end instanceof Float64Array && weekday instanceof Uint8Array && minute instanceof Int16Array && cancelled instanceof Uint8Array) {
    return { status, first, last, start, end, weekday, minute, cancelled };
  }
  throw new Error('the date columns are missing or of another kind');
}
