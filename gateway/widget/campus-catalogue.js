// <campus-catalogue>: the Digital Campus catalogue for any web page. One script, no dependencies,
// shadow DOM, no cookies, no storage, no requests to any host but the hub it was loaded from.
// A block, not the page's global scope: nothing here can collide with the host page's names.
{
const TEXT = {
  de: {
    search: 'Suche', searchHint: 'z. B. Datenschutz, Excel, KI', topic: 'Thema', group: 'Zielgruppe', format: 'Format', from: 'Ab Datum', free: 'Nur kostenlose',
    district: 'Stadtteil', all: 'Alle', found: (n) => `${n} ${n === 1 ? 'Angebot' : 'Angebote'} gefunden`, more: 'Mehr laden', details: 'Details', hide: 'Weniger',
    calendar: 'Zum Kalender hinzufügen', subscribe: 'Diese Suche abonnieren (iCal)', free_: 'kostenlos', costUnknown: 'Kosten unbekannt', online: 'Online', noDate: 'Termin nach Vereinbarung',
    empty: 'Keine Angebote gefunden. Versuchen Sie einen anderen Suchbegriff oder weniger Filter.', error: 'Der Katalog ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.',
    longSearch: 'Bitte suchen Sie mit weniger Wörtern (höchstens 12).',
    dates: 'Alle Termine', cancelled: 'abgesagt', loading: 'Lädt …', catalogue: 'Katalog digitaler Bildungsangebote in Leipzig', page: 'Zur Seite des Anbieters', filters: 'Filter',
    formats: { IN_PERSON: 'vor Ort', ONLINE: 'online', HYBRID: 'hybrid' },
    suggestionList: 'Vorschläge', suggestions: (n) => `${n} ${n === 1 ? 'Vorschlag' : 'Vorschläge'}`, didYouMean: 'Meinten Sie',
    kinds: { TOPIC: 'Thema', PROVIDER: 'Anbieter', KEYWORD: 'Stichwort' },
    matchedBy: { TRANSLATION: 'gefunden über die Übersetzung', TYPO: 'gefunden über eine ähnliche Schreibweise' },
  },
  en: {
    search: 'Search', searchHint: 'e.g. data protection, Excel, AI', topic: 'Topic', group: 'Target group', format: 'Format', from: 'From date', free: 'Free only',
    district: 'District', all: 'All', found: (n) => `${n} ${n === 1 ? 'offering' : 'offerings'} found`, more: 'Load more', details: 'Details', hide: 'Less',
    calendar: 'Add to calendar', subscribe: 'Subscribe to this search (iCal)', free_: 'free', costUnknown: 'cost unknown', online: 'Online', noDate: 'Date on request',
    empty: 'No offerings found. Try another word or fewer filters.', error: 'The catalogue cannot be reached right now. Please try again in a moment.',
    longSearch: 'Please search with fewer words (at most 12).',
    dates: 'All dates', cancelled: 'cancelled', loading: 'Loading …', catalogue: 'Catalogue of digital learning in Leipzig', page: "Provider's page", filters: 'Filters',
    formats: { IN_PERSON: 'in person', ONLINE: 'online', HYBRID: 'hybrid' },
    suggestionList: 'Suggestions', suggestions: (n) => `${n} ${n === 1 ? 'suggestion' : 'suggestions'}`, didYouMean: 'Did you mean',
    kinds: { TOPIC: 'Topic', PROVIDER: 'Provider', KEYWORD: 'Keyword' },
    matchedBy: { TRANSLATION: 'found by translation', TYPO: 'found by a similar spelling' },
  },
};

/** How long the visitor pauses typing before the widget searches and completes: no request per keystroke. */
const TYPING_PAUSE_MS = 150;

/** Completions of fewer letters would be too many to help. */
const SUGGEST_FROM = 2;

// The widget's operations (gateway/operations/widget.graphql), registered at build time: the hub
// fills in their hashes and texts here when it serves this script.
const OPERATIONS = /* registered operations */ {};

/**
 * Runs a registered query by its hash as a GET, which needs no CORS preflight and which caches
 * may keep; a hub that does not know the hash (an older one) gets the text as well.
 */
async function runRegistered(hub, name, variables) {
  const { hash, query } = OPERATIONS[name];
  const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
  const params = new URLSearchParams({ operationName: name, variables: JSON.stringify(variables), extensions: JSON.stringify(extensions) });
  let response = await fetch(`${hub}/graphql?${params}`, { credentials: 'omit' });
  let body = await response.json();
  if (body.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') {
    response = await fetch(`${hub}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, credentials: 'omit', body: JSON.stringify({ query, operationName: name, variables, extensions }) });
    body = await response.json();
  }
  return { response, body };
}

const STYLE = `
:host { display: block; }
/* Set on the inner section, not :host, because the host page's own rules for the element would win there. */
section { font: var(--campus-font-size, 16px)/1.4 var(--campus-font, system-ui, sans-serif); color: var(--campus-text, #1a1a1a); background: var(--campus-bg, #fff); text-align: start; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
form { display: grid; grid-template-columns: repeat(auto-fit, minmax(11em, 1fr)); gap: .5em 1em; align-items: end; }
label { display: block; font-size: .9em; font-weight: 600; }
input, select { width: 100%; font: inherit; padding: .35em; border: 1px solid #595959; border-radius: 4px; background: #fff; color: #1a1a1a; }
.check { display: flex; gap: .4em; align-items: center; }
.check input { width: auto; }
button, a.button { font: inherit; padding: .35em .8em; border-radius: 4px; border: 1px solid var(--campus-accent, #0b5394); background: var(--campus-accent, #0b5394); color: #fff; cursor: pointer; text-decoration: none; display: inline-block; }
button.plain { background: #fff; color: var(--campus-accent, #0b5394); }
:focus-visible { outline: 3px solid #f5b400; outline-offset: 2px; }
ul.results { list-style: none; padding: 0; margin: 1em 0; }
li.result { border: 1px solid #c8c8c8; border-radius: 6px; padding: .7em .9em; margin: .6em 0; }
li.result h2 { margin: 0 0 .3em; font-size: 1.1em; }
li.result h2 a { color: var(--campus-accent, #0b5394); }
.meta { font-size: .95em; color: #3d3d3d; margin: .2em 0; }
.status { margin: .8em 0; font-weight: 600; }
.error { color: #a11a1a; }
.combo { position: relative; }
/* Over what follows the field, as wide as its longest completion allows. */
ul.suggestions { position: absolute; z-index: 1; top: 100%; inset-inline-start: 0; min-width: 100%; width: max-content; max-width: min(32em, 90vw); margin: 2px 0 0; padding: .2em 0; list-style: none; background: #fff; border: 1px solid #595959; border-radius: 4px; box-shadow: 0 2px 8px rgb(0 0 0 / 20%); }
ul.suggestions li { display: flex; justify-content: space-between; gap: 1em; padding: .3em .6em; cursor: pointer; }
ul.suggestions li:hover { background: #e8eef5; }
ul.suggestions li[aria-selected="true"] { background: var(--campus-accent, #0b5394); color: #fff; }
.kind { font-size: .85em; color: #3d3d3d; white-space: nowrap; }
[aria-selected="true"] .kind { color: #fff; }
button.link { padding: 0; border: 0; background: none; color: var(--campus-accent, #0b5394); font-weight: 600; text-decoration: underline; }
.hint { font-size: .9em; font-style: italic; color: #3d3d3d; margin: .2em 0; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

const escapeHtml = (text) => String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** Midnight in Leipzig on a day, whatever the visitor's own time zone. */
const leipzigMidnight = (day) => {
  // 00:00 at +01:00 is before any change of clocks (they change at 02:00 or 03:00), so its offset is midnight's.
  const offset = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${day}T00:00:00+01:00`))
    .find((part) => part.type === 'timeZoneName').value.replace('GMT', '');
  return new Date(`${day}T00:00:00${offset || 'Z'}`).toISOString();
};

class CampusCatalogue extends HTMLElement {
  static observedAttributes = ['lang', 'target-group', 'topic', 'provider', 'page-size'];

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    this.items = [];
    this.cursor = null;
    this.request = 0;
    this.timer = null;
    // The combobox: the completions shown and what they complete, the one highlighted (-1: none), the latest request for them.
    this.suggestions = [];
    this.suggestedFor = null;
    this.active = -1;
    this.suggestRequest = 0;
    this.suggestTimer = null;
  }

  get t() { return TEXT[this.getAttribute('lang') === 'en' ? 'en' : 'de']; }
  get language() { return this.getAttribute('lang') === 'en' ? 'en' : 'de'; }
  get hub() { return this.getAttribute('api') ?? new URL(CampusCatalogue.scriptUrl ?? location.href).origin; }

  connectedCallback() { this.renderShell(); this.load(false); }
  attributeChangedCallback() {
    if (!this.isConnected || !this.root.firstChild) return;
    // A new language or fixed filter redraws the form; what the visitor typed and chose stays.
    const kept = [...this.root.querySelector('form').elements].map((e) => [e.name, e.type === 'checkbox' ? e.checked : e.value]);
    this.renderShell();
    const form = this.root.querySelector('form');
    for (const [name, value] of kept) {
      const element = form.elements[name];
      if (!element) continue;
      if (element.type === 'checkbox') element.checked = value;
      else if (element.tagName !== 'SELECT') element.value = value;
      else element.dataset.keep = value;
    }
    this.load(false);
  }

  /** The filter: what the page fixed through attributes, then what the visitor chose. */
  filter() {
    const form = this.root.querySelector('form');
    // A select waiting for its options after a redraw holds the visitor's choice in data-keep.
    const value = (name) => form?.elements[name]?.dataset?.keep || form?.elements[name]?.value || null;
    const fixed = (name) => this.getAttribute(name);
    const filter = {};
    const topic = fixed('topic') ?? value('topic');
    const group = fixed('target-group') ?? value('group');
    if (topic) filter.topics = [topic.toUpperCase()];
    if (group) filter.targetGroups = [group.toUpperCase()];
    if (fixed('provider')) filter.providerIds = [fixed('provider')];
    if (value('format')) filter.formats = [value('format')];
    if (value('district')) filter.districts = [value('district')];
    if (value('from')) filter.from = leipzigMidnight(value('from'));
    if (form?.elements.free?.checked) filter.free = true;
    return filter;
  }

  renderShell() {
    const t = this.t;
    // A redrawn field starts with no list, whatever the last one held.
    this.suggestions = [];
    const fixed = (name) => this.hasAttribute(name);
    this.root.innerHTML = `<style>${STYLE}</style>
      <section part="container" aria-label="${escapeHtml(t.catalogue)}" lang="${this.language}">
        <form part="filters" role="search" aria-label="${escapeHtml(t.filters)}">
          <div class="combo"><label for="q">${escapeHtml(t.search)}</label><input id="q" name="q" type="search" part="search" placeholder="${escapeHtml(t.searchHint)}" autocomplete="off"
            role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="q-suggestions">
            <ul id="q-suggestions" class="suggestions" part="suggestions" role="listbox" aria-label="${escapeHtml(t.suggestionList)}" hidden></ul></div>
          ${fixed('topic') ? '' : `<div><label for="topic">${escapeHtml(t.topic)}</label><select id="topic" name="topic"></select></div>`}
          ${fixed('target-group') ? '' : `<div><label for="group">${escapeHtml(t.group)}</label><select id="group" name="group"></select></div>`}
          <div><label for="format">${escapeHtml(t.format)}</label><select id="format" name="format"></select></div>
          <div><label for="district">${escapeHtml(t.district)}</label><select id="district" name="district"></select></div>
          <div><label for="from">${escapeHtml(t.from)}</label><input id="from" name="from" type="date"></div>
          <div class="check"><input id="free" name="free" type="checkbox"><label for="free">${escapeHtml(t.free)}</label></div>
        </form>
        <p class="status" part="status" role="status" aria-live="polite"></p>
        <p class="sr-only suggestion-count" aria-live="polite" aria-atomic="true"></p>
        <p class="did-you-mean" part="did-you-mean" hidden></p>
        <ul class="results" part="results"></ul>
        <p><button type="button" class="more" part="more" hidden>${escapeHtml(t.more)}</button></p>
        <p><a class="subscribe" part="subscribe" href="#">${escapeHtml(t.subscribe)}</a></p>
      </section>`;
    const form = this.root.querySelector('form');
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('input', (event) => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.load(false), event.target.name === 'q' ? TYPING_PAUSE_MS : 0);
    });
    this.wireCombobox();
    this.root.querySelector('.did-you-mean').addEventListener('click', (event) => {
      const button = event.target.closest('button[data-search]');
      // The button goes with the line it is in: focus waits in the field, which now holds the correction.
      if (button) this.searchFor(button.dataset.search, { focus: true });
    });
    this.root.querySelector('.more').addEventListener('click', () => this.load(true));
    this.root.querySelector('.results').addEventListener('click', (event) => {
      const button = event.target.closest('button[data-details]');
      if (!button) return;
      const panel = this.root.getElementById(button.getAttribute('aria-controls'));
      const open = button.getAttribute('aria-expanded') === 'true';
      button.setAttribute('aria-expanded', String(!open));
      button.textContent = open ? this.t.details : this.t.hide;
      panel.hidden = open;
    });
  }

  /**
   * The search field as the WAI-ARIA APG's editable combobox with list autocomplete: focus stays in
   * the field and aria-activedescendant names the highlighted completion; nothing is filled in
   * until the visitor takes one (Enter or a click).
   */
  wireCombobox() {
    const input = this.root.querySelector('#q');
    const list = this.root.querySelector('#q-suggestions');
    input.addEventListener('input', () => this.queueSuggestions());
    input.addEventListener('keydown', (event) => this.onComboboxKey(event));
    // Tab or a click elsewhere closes the list; a click on the list itself keeps focus in the field, so it lands.
    input.addEventListener('blur', () => this.closeSuggestions());
    list.addEventListener('mousedown', (event) => event.preventDefault());
    list.addEventListener('click', (event) => {
      const option = event.target.closest('[role="option"]');
      if (option) this.takeSuggestion(Number(option.dataset.index));
    });
  }

  get suggestionsOpen() { return !this.root.querySelector('#q-suggestions').hidden; }

  queueSuggestions() {
    clearTimeout(this.suggestTimer);
    const prefix = this.root.querySelector('#q').value.trim();
    if (prefix.length < SUGGEST_FROM) {
      this.closeSuggestions();
      return;
    }
    this.suggestTimer = setTimeout(() => this.fetchSuggestions(prefix), TYPING_PAUSE_MS);
  }

  async fetchSuggestions(prefix) {
    const request = ++this.suggestRequest;
    let suggestions = [];
    try {
      const { response, body } = await runRegistered(this.hub, 'Suggest', { prefix, lang: this.language.toUpperCase() });
      if (response.ok && !body.errors) suggestions = body.data.suggest;
    } catch {
      // Completions only help: without them the field is a plain search field, and the results say if the hub is away.
    }
    // A later keystroke, a choice, Escape or leaving the field has made this answer stale.
    if (request !== this.suggestRequest || this.root.activeElement !== this.root.querySelector('#q')) return;
    this.showSuggestions(prefix, suggestions);
  }

  showSuggestions(prefix, suggestions) {
    const t = this.t;
    this.suggestions = suggestions;
    this.suggestedFor = prefix;
    const list = this.root.querySelector('#q-suggestions');
    // The kind is text in the option, so screen readers say it too; a comma between for a pause. Titles need no label.
    list.innerHTML = suggestions
      .map((s, index) => `<li role="option" id="q-option-${index}" data-index="${index}"><span>${escapeHtml(s.text)}</span>${t.kinds[s.kind] ? `<span class="sr-only">, </span><span class="kind">${escapeHtml(t.kinds[s.kind])}</span>` : ''}</li>`)
      .join('');
    this.setSuggestionsOpen(suggestions.length > 0);
    this.highlight(-1);
    // As APG's examples do: the count is said, since focus does not move into the list.
    this.root.querySelector('.suggestion-count').textContent = suggestions.length ? t.suggestions(suggestions.length) : '';
  }

  setSuggestionsOpen(open) {
    this.root.querySelector('#q-suggestions').hidden = !open;
    this.root.querySelector('#q').setAttribute('aria-expanded', String(open));
  }

  /** Closes the list and drops any answer still on its way, which would open it again. */
  closeSuggestions() {
    clearTimeout(this.suggestTimer);
    this.suggestRequest++;
    this.setSuggestionsOpen(false);
    this.highlight(-1);
    // Emptied, so that the same count is said again when a list opens next.
    this.root.querySelector('.suggestion-count').textContent = '';
  }

  highlight(index) {
    const input = this.root.querySelector('#q');
    const options = [...this.root.querySelectorAll('#q-suggestions [role="option"]')];
    this.active = index;
    for (const [i, option] of options.entries()) {
      if (i === index) option.setAttribute('aria-selected', 'true');
      else option.removeAttribute('aria-selected');
    }
    if (options[index]) input.setAttribute('aria-activedescendant', options[index].id);
    else input.removeAttribute('aria-activedescendant');
  }

  /** ArrowDown/ArrowUp: open the list at its first or last option, or move through it, wrapping past either end as APG's examples do. */
  moveHighlight(step) {
    const count = this.suggestions.length;
    if (!this.suggestionsOpen) {
      const prefix = this.root.querySelector('#q').value.trim();
      // The completions shown last, if they are still those of what is typed; else asked for now.
      if (count && this.suggestedFor === prefix) {
        this.setSuggestionsOpen(true);
        this.highlight(step > 0 ? 0 : count - 1);
      } else if (prefix.length >= SUGGEST_FROM) this.fetchSuggestions(prefix);
      return;
    }
    const next = this.active + step;
    this.highlight(next >= count ? 0 : next < 0 ? count - 1 : next);
  }

  onComboboxKey(event) {
    const open = this.suggestionsOpen;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      // The caret stays where it is: the arrows belong to the list here.
      event.preventDefault();
      this.moveHighlight(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' && open && this.active >= 0) {
      event.preventDefault();
      this.takeSuggestion(this.active);
    } else if (event.key === 'Enter' && open) {
      // Nothing highlighted: the visitor wants what they typed, whose search is on its way already.
      this.closeSuggestions();
    } else if (event.key === 'Escape') {
      // Handled here, not by the browser's own clearing of search fields: the first Escape only closes the list.
      event.preventDefault();
      if (open) {
        event.stopPropagation();
        this.closeSuggestions();
      } else if (event.target.value) this.searchFor('');
    } else if (['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) {
      // Moving the caret returns the visitor to the text, as in APG's examples.
      this.highlight(-1);
    }
  }

  takeSuggestion(index) {
    const suggestion = this.suggestions[index];
    if (!suggestion) return;
    const topic = suggestion.kind === 'TOPIC' && suggestion.value ? this.root.querySelector('select[name="topic"]') : null;
    if (!topic) {
      this.searchFor(suggestion.text);
      return;
    }
    // A topic is a filter the widget has: choosing it there finds all of the topic's offerings, not only those naming it.
    topic.dataset.keep = suggestion.value;
    topic.value = suggestion.value;
    this.searchFor('');
  }

  /** Puts a search into the field and runs it at once, with no list open over the results. */
  searchFor(text, { focus = false } = {}) {
    const input = this.root.querySelector('#q');
    input.value = text;
    this.closeSuggestions();
    if (focus) input.focus();
    clearTimeout(this.timer);
    this.load(false);
  }

  async load(more) {
    const t = this.t;
    const request = ++this.request;
    const status = this.root.querySelector('.status');
    status.classList.remove('error');
    if (!more) status.textContent = t.loading;
    const search = this.root.querySelector('#q')?.value.trim() || null;
    const filter = this.filter();
    const first = Math.min(Number(this.getAttribute('page-size')) || 10, 50);
    try {
      const { response, body } = await runRegistered(this.hub, 'Catalogue', { search, filter, first, after: more ? this.cursor : null, lang: this.language.toUpperCase(), facets: !more });
      if (request !== this.request) return;
      if (!response.ok || body.errors) throw Object.assign(new Error(body.errors?.[0]?.message ?? String(response.status)), { argument: body.errors?.[0]?.extensions?.argument });
      const connection = body.data.offerings;
      // How each offering matched belongs to this search's edge, not the offering; it travels with it here.
      const found = connection.edges.map((e) => ({ ...e.node, matchedBy: e.matchedBy }));
      this.items = more ? [...this.items, ...found] : found;
      this.cursor = connection.pageInfo.endCursor;
      // The counts belong to the search, not the page: "load more" does not ask for them again.
      if (!more) this.renderFacets(connection.facets);
      this.renderResults(more ? connection.edges.length : null);
      status.textContent = connection.totalCount === 0 ? t.empty : t.found(connection.totalCount);
      // Later pages carry no correction; the line of the first one stays.
      if (!more) this.renderDidYouMean(connection.didYouMean);
      this.root.querySelector('.more').hidden = !connection.pageInfo.hasNextPage;
      this.root.querySelector('.subscribe').href = this.exportUrl(search, filter);
    } catch (error) {
      if (request !== this.request) return;
      // The hub refuses a search of too many words by name; anything else is the hub not answering.
      status.textContent = error?.argument === 'search' ? t.longSearch : t.error;
      status.classList.add('error');
      if (!more) this.renderDidYouMean(null);
    }
  }

  /** "Did you mean …?" above the results, its button running the corrected search; said by the results' live region too. */
  renderDidYouMean(correction) {
    const line = this.root.querySelector('.did-you-mean');
    line.hidden = !correction;
    if (!correction) {
      line.replaceChildren();
      return;
    }
    line.innerHTML = `${escapeHtml(this.t.didYouMean)} <button type="button" class="link" data-search="${escapeHtml(correction)}">${escapeHtml(correction)}</button>?`;
    // Only for screen readers: the line itself is in view just below. A full stop first, so the two sentences are read as two.
    const status = this.root.querySelector('.status');
    const stop = /[.!?]$/.test(status.textContent) ? ' ' : '. ';
    status.insertAdjacentHTML('beforeend', `<span class="sr-only">${stop}${escapeHtml(this.t.didYouMean)} ${escapeHtml(correction)}?</span>`);
  }

  exportUrl(search, filter, ids) {
    const params = new URLSearchParams();
    if (search) params.set('search', search);
    for (const [key, value] of Object.entries(filter)) params.set(key, Array.isArray(value) ? value.join(',') : String(value));
    if (ids) params.set('ids', ids.join(','));
    return `${this.hub}/export/offerings.ics?${params}`;
  }

  renderFacets(facets) {
    const fill = (name, values) => {
      const select = this.root.querySelector(`select[name="${name}"]`);
      if (!select) return;
      const chosen = select.dataset.keep ?? select.value;
      delete select.dataset.keep;
      select.innerHTML = `<option value="">${escapeHtml(this.t.all)}</option>` + values.map((f) => `<option value="${escapeHtml(f.value)}">${escapeHtml(f.label)} (${f.count})</option>`).join('');
      if ([...select.options].some((o) => o.value === chosen)) select.value = chosen;
    };
    fill('topic', facets.topics);
    fill('group', facets.targetGroups);
    fill('format', facets.formats);
    fill('district', facets.districts);
  }

  when(occurrence) {
    const zone = { timeZone: 'Europe/Berlin' };
    if (occurrence.allDay) return new Date(`${occurrence.start}T12:00:00Z`).toLocaleDateString(this.language, { ...zone, weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' });
    const start = new Date(occurrence.start);
    const day = start.toLocaleDateString(this.language, { ...zone, weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' });
    const time = start.toLocaleTimeString(this.language, { ...zone, hour: '2-digit', minute: '2-digit' });
    const end = occurrence.end ? `–${new Date(occurrence.end).toLocaleTimeString(this.language, { ...zone, hour: '2-digit', minute: '2-digit' })}` : '';
    return `${day}, ${time}${end}${occurrence.status === 'CANCELLED' ? ` (${this.t.cancelled})` : ''}`;
  }

  cost(cost) {
    if (cost.kind === 'FREE') return this.t.free_;
    if (cost.kind === 'PAID') return new Intl.NumberFormat(this.language, { style: 'currency', currency: cost.currency ?? 'EUR' }).format(cost.amount);
    return this.t.costUnknown;
  }

  renderResults(added) {
    const t = this.t;
    const list = this.root.querySelector('.results');
    // More results are appended, so what the visitor opened above stays open.
    const from = added ? this.items.length - added : 0;
    const html = this.items
      .slice(from)
      .map((o, offset) => {
        const index = from + offset;
        const next = o.occurrences.find((d) => d.status !== 'CANCELLED' && (d.end ?? d.start) >= new Date().toISOString().slice(0, 10)) ?? o.occurrences[0];
        const place = o.location ? [o.location.name, o.location.district].filter(Boolean).join(', ') : o.format === 'ONLINE' ? t.online : '';
        const panel = `details-${index}`;
        return `<li class="result" part="result">
          <h2>${o.url ? `<a href="${escapeHtml(o.url)}" rel="noopener" target="_blank" title="${escapeHtml(t.page)}">${escapeHtml(o.title)}</a>` : escapeHtml(o.title)}</h2>
          <p class="meta">${escapeHtml(o.provider?.name ?? '')} · ${escapeHtml(next ? this.when(next) : t.noDate)}</p>
          <p class="meta">${escapeHtml([place, this.cost(o.cost), t.formats[o.format] ?? ''].filter(Boolean).join(' · '))}</p>
          ${t.matchedBy[o.matchedBy] ? `<p class="hint">${escapeHtml(t.matchedBy[o.matchedBy])}</p>` : ''}
          <p><button type="button" class="plain" data-details aria-expanded="false" aria-controls="${panel}">${escapeHtml(t.details)}</button>
             <a class="button" href="${escapeHtml(this.exportUrl(null, {}, [o.id]))}" download>${escapeHtml(t.calendar)}</a></p>
          <div id="${panel}" hidden part="details">
            <p>${escapeHtml(o.descriptionText ?? o.summary ?? '')}</p>
            ${o.occurrences.length ? `<p><strong>${escapeHtml(t.dates)}</strong></p><ul>${o.occurrences.map((d) => `<li>${escapeHtml(this.when(d))}</li>`).join('')}</ul>` : ''}
          </div>
        </li>`;
      })
      .join('');
    if (added) list.insertAdjacentHTML('beforeend', html);
    else list.innerHTML = html;
    if (added) list.children[this.items.length - added]?.querySelector('a, button')?.focus();
  }
}

CampusCatalogue.scriptUrl = document.currentScript?.src ?? null;
if (!customElements.get('campus-catalogue')) customElements.define('campus-catalogue', CampusCatalogue);
}
