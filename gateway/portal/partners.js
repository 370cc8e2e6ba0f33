const TEXTS = {
  de: { title: 'Partnerportal des Digital Campus Hub', language: 'Sprache', signIn: 'Anmelden', keyLabel: 'API-Schlüssel', keyHelp: 'Ihr Schlüssel bleibt nur in diesem Fenster und wird nirgends gespeichert.', signInButton: 'Anmelden', signOut: 'Abmelden', validateHeading: 'Feed prüfen und anmelden', urlLabel: 'Adresse des Feeds (http oder https)', providerLabel: 'Anbieter', validateButton: 'Prüfen', registerButton: 'Feed anmelden', attentionHeading: 'Braucht Aufmerksamkeit (wartend, fehlerhaft oder angehalten)', feedsHeading: 'Feeds',
    signedInAs: (r, p) => `Angemeldet als ${r === 'ADMIN' ? 'Administration' : `Partner für ${p}`}.`, badKey: 'Dieser Schlüssel gilt nicht (unbekannt oder widerrufen).', format: 'Format', offerings: 'Angebote', warnings: 'Hinweise', errors: 'Fehler', none: 'keine', registered: 'Der Feed ist angemeldet und wartet auf Freigabe.', registeredActive: 'Der Feed ist angemeldet und wird geerntet.', approve: 'Freigeben', reject: 'Ablehnen', reason: 'Grund der Ablehnung', harvest: 'Jetzt ernten', confirmWithdrawals: 'Rückzug der fehlenden Angebote bestätigen', pause: 'Pausieren', resume: 'Fortsetzen', lastRuns: 'Letzte Ernten', inCatalogue: 'Angebote des Anbieters im Katalog', done: 'Erledigt.', noFeeds: 'Noch keine Feeds.', nextRun: 'nächste Ernte' },
  en: { title: 'Digital Campus Hub partner portal', language: 'Language', signIn: 'Sign in', keyLabel: 'API key', keyHelp: 'Your key stays in this window only and is stored nowhere.', signInButton: 'Sign in', signOut: 'Sign out', validateHeading: 'Check and register a feed', urlLabel: 'Feed address (http or https)', providerLabel: 'Provider', validateButton: 'Check', registerButton: 'Register feed', attentionHeading: 'Needs attention (pending, failing or held)', feedsHeading: 'Feeds',
    signedInAs: (r, p) => `Signed in as ${r === 'ADMIN' ? 'administrator' : `partner for ${p}`}.`, badKey: 'This key is not valid (unknown or revoked).', format: 'Format', offerings: 'Offerings', warnings: 'Warnings', errors: 'Errors', none: 'none', registered: 'The feed is registered and waits for approval.', registeredActive: 'The feed is registered and harvested.', approve: 'Approve', reject: 'Reject', reason: 'Reason for rejecting', harvest: 'Harvest now', confirmWithdrawals: 'Confirm withdrawing the missing offerings', pause: 'Pause', resume: 'Resume', lastRuns: 'Last harvests', inCatalogue: 'Offerings of this provider in the catalogue', done: 'Done.', noFeeds: 'No feeds yet.', nextRun: 'next harvest' },
};
let lang = 'de';
let key = null;
let me = null;
let lastMessage = null;
const $ = (id) => document.getElementById(id);
const t = (name) => TEXTS[lang][name];
const escape = (text) => String(text ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
/** Shows a message; one given by its text name is shown again in the other language after a switch. */
const say = (text, isError = false, name = null) => {
  lastMessage = name ? { name, isError } : null;
  $('message').textContent = text;
  $('message').className = isError ? 'error' : '';
};

function translate() {
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll('[data-t]')) element.textContent = t(element.dataset.t);
  document.title = t('title');
  if (lastMessage) say(t(lastMessage.name), lastMessage.isError, lastMessage.name);
  if (me) {
    $('who').textContent = t('signedInAs')(me.role, me.provider?.name);
    render();
  }
}

// The portal's operations (gateway/operations/portal.graphql), registered at build time: the hub
// fills in their hashes and texts here when it serves this script.
const OPERATIONS = /* registered operations */ {};

/** Runs a registered operation by its hash; a hub that does not know the hash (an older one) gets the text too. */
async function api(name, variables = {}) {
  const { hash, query } = OPERATIONS[name];
  const send = async (withText) => {
    const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ ...(withText ? { query } : {}), operationName: name, variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }) });
    if (response.status === 401) throw new Error(t('badKey'));
    return response.json();
  };
  let body = await send(false);
  if (body.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') body = await send(true);
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

/** The buttons' mutations, by the name each button carries. */
const ACTIONS = { approveFeed: 'PortalApproveFeed', rejectFeed: 'PortalRejectFeed', pauseFeed: 'PortalPauseFeed', resumeFeed: 'PortalResumeFeed', harvestFeedNow: 'PortalHarvestFeedNow', confirmFeedWithdrawals: 'PortalConfirmFeedWithdrawals' };

async function act(mutation, variables) {
  try {
    const data = await api(ACTIONS[mutation], variables);
    const result = data[mutation];
    if (result.__typename !== 'FeedChanged') say(result.message, true);
    else say(t('done'), false, 'done');
    await render();
  } catch (error) { say(error.message, true); }
}

function feedCard(feed, counts) {
  const h = feed.health;
  const runs = feed.runs.map((r) => `<tr><td>${escape(new Date(r.finishedAt).toLocaleString(lang))}</td><td>${escape(r.outcome)}</td><td>${r.itemCount}</td><td>${escape(r.error ?? '')}</td></tr>`).join('');
  const buttons = [];
  if (me.role === 'ADMIN' && feed.status === 'PENDING') buttons.push(`<button data-act="approveFeed" data-id="${feed.id}">${t('approve')}</button><button class="secondary" data-act="rejectFeed" data-id="${feed.id}">${t('reject')}</button>`);
  if (feed.status === 'ACTIVE' || feed.status === 'PAUSED') buttons.push(`<button data-act="harvestFeedNow" data-id="${feed.id}">${t('harvest')}</button>`);
  if (h.status === 'HELD') buttons.push(`<button data-act="confirmFeedWithdrawals" data-id="${feed.id}">${t('confirmWithdrawals')}</button>`);
  if (feed.status === 'ACTIVE') buttons.push(`<button class="secondary" data-act="pauseFeed" data-id="${feed.id}">${t('pause')}</button>`);
  if (feed.status === 'PAUSED') buttons.push(`<button class="secondary" data-act="resumeFeed" data-id="${feed.id}">${t('resume')}</button>`);
  return `<article class="feed" data-feed="${feed.id}" aria-label="${escape(feed.url)}">
    <p><span class="status ${h.status}">${escape(h.status)}</span> · ${escape(feed.provider?.name ?? '')} · <code>${escape(feed.url)}</code></p>
    <p>${t('inCatalogue')}: <strong class="count">${counts[feed.provider?.id] ?? 0}</strong>${h.nextRun ? ` · ${t('nextRun')}: ${escape(new Date(h.nextRun).toLocaleString(lang))}` : ''}${h.lastFailureReason ? ` · <span class="error">${escape(h.lastFailureReason)}</span>` : ''}${h.rejectionReason ? ` · <span class="error">${escape(h.rejectionReason)}</span>` : ''}</p>
    ${runs ? `<table><caption>${t('lastRuns')}</caption>${runs}</table>` : ''}
    <p>${buttons.join('')}</p></article>`;
}

/** Every feed of a paged list, twenty at a time. */
async function allFeeds(operation, list) {
  const feeds = [];
  let after = null;
  do {
    const page = (await api(operation, { after }))[list];
    feeds.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return feeds;
}

async function render() {
  const feeds = await allFeeds('PortalFeeds', 'feedsConnection');
  const mine = me.role === 'ADMIN' ? feeds : feeds.filter((f) => f.provider?.id === me.provider?.id);
  const providerIds = [...new Set(mine.map((f) => f.provider?.id).filter(Boolean))];
  const counts = {};
  for (const id of providerIds) counts[id] = (await api('PortalOfferingCount', { providerId: id })).offerings.totalCount;
  $('feed-list').innerHTML = mine.length ? mine.map((f) => feedCard(f, counts)).join('') : `<p>${t('noFeeds')}</p>`;
  $('attention').hidden = me.role !== 'ADMIN';
  if (me.role === 'ADMIN') {
    const attention = await allFeeds('PortalFeedsNeedingAttention', 'feedsNeedingAttentionConnection');
    $('attention-list').innerHTML = attention.length ? attention.map((f) => feedCard(f, counts)).join('') : `<p>${t('none')}</p>`;
  }
}

document.addEventListener('click', async (event) => {
  const button = event.target.closest('button[data-act]');
  if (!button) return;
  const variables = { id: button.dataset.id };
  if (button.dataset.act === 'rejectFeed') {
    const reason = window.prompt(t('reason'));
    if (!reason) return;
    variables.reason = reason;
  }
  await act(button.dataset.act, variables);
});

$('signin-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  key = $('key').value.trim();
  try {
    me = (await api('PortalMe')).me;
    if (me.role === 'PUBLIC') throw new Error(t('badKey'));
    $('who').textContent = t('signedInAs')(me.role, me.provider?.name);
    $('feed-provider').value = me.provider?.id ?? '';
    $('feed-provider').readOnly = me.role !== 'ADMIN';
    $('signin').hidden = true;
    $('workspace').hidden = false;
    $('key').value = '';
    say('');
    await render();
    $('feed-url').focus();
  } catch (error) { key = null; me = null; say(error.message, true); }
});

$('signout').addEventListener('click', () => {
  key = null; me = null;
  $('workspace').hidden = true; $('signin').hidden = false; $('report').hidden = true; $('register').hidden = true;
  say(''); $('key').focus();
});

$('validate-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('register').hidden = true;
  try {
    const result = (await api('PortalValidateFeed', { url: $('feed-url').value, lang: lang.toUpperCase() })).validateFeed;
    const report = $('report');
    report.hidden = false;
    if (result.__typename !== 'FeedValidation') {
      report.innerHTML = `<p class="error">${escape(result.message)}</p>`;
    } else {
      const list = (items) => (items.length ? `<ul>${items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>` : ` ${t('none')}`);
      report.innerHTML = `<p>${t('format')}: <strong>${escape(result.format ?? '–')}</strong> · ${t('offerings')}: <strong id="offering-count">${result.offeringCount}</strong></p>
        <ul>${result.offerings.map((o) => `<li>${escape(o.title)}${o.firstStart ? ` – ${escape(new Date(o.firstStart).toLocaleString(lang))}` : ''}${o.place ? ` – ${escape(o.place)}` : ''}</li>`).join('')}</ul>
        <p>${t('warnings')}:${list(result.warnings)}</p><p>${t('errors')}:${list(result.errors)}</p>`;
      $('register').hidden = result.errors.length > 0;
    }
    report.focus();
  } catch (error) { say(error.message, true); }
});

$('register').addEventListener('click', async () => {
  try {
    const result = (await api('PortalRegisterFeed', { input: { url: $('feed-url').value, providerId: $('feed-provider').value } })).registerFeed;
    if (result.__typename !== 'FeedChanged') return say(result.message, true);
    const name = result.feed.status === 'PENDING' ? 'registered' : 'registeredActive';
    say(t(name), false, name);
    $('register').hidden = true;
    await render();
  } catch (error) { say(error.message, true); }
});

$('lang').addEventListener('change', (event) => { lang = event.target.value; translate(); });
