'use strict';
// The live page. Titles, names and sentences come from untrusted articles: everything reaches the
// DOM through textContent and attributes, never through innerHTML.

const PAGE_SIZE = 100;
const FRESH_MS = 8000;
const SNAP_FRACTION = 0.015;
const STATUSES = new Set(['CLAIMED', 'DENIED', 'UNCONFIRMED']);
// Stances are what someone says, statuses what the story is: different words, so that "claims" beside
// an UNCONFIRMED badge reads as one speaker's statement, not as a contradiction of the badge.
const STANCE_WORDS = { CLAIM: 'claims', DENIAL: 'denies', NO_COMMENT: 'declines to comment', CONFIRMATION: 'confirms' };
const STANCE_PAST = { CLAIM: 'claimed', DENIAL: 'denied', NO_COMMENT: 'declined to comment', CONFIRMATION: 'confirmed' };
const HOUR_MS = 3600 * 1000;
const MAX_REPORTS_NAMED = 3; // the why-line stays one readable sentence

const $ = (id) => document.getElementById(id);

/** An element with properties (className, textContent, href, dataset...) and children. */
function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null) continue;
    if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key in node) node[key] = value;
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) node.append(child);
  }
  return node;
}

class HttpError extends Error {
  constructor(status, problem) {
    super(problem.message);
    this.status = status;
    this.problem = problem; // the API's error body: status, error (a code such as not_yet), message
  }
}

async function api(path, method = 'GET', body = undefined) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) {
    let problem = { message: response.statusText };
    try { problem = await response.json(); } catch (notJson) { /* keep the status text */ }
    throw new HttpError(response.status, problem);
  }
  return response.status === 204 ? null : response.json();
}

/** Runs a load, retrying while the processor restores its stores (503). */
async function withRetry(load) {
  for (;;) {
    try {
      const result = await load();
      showProblem(null);
      return result;
    } catch (e) {
      if (!(e instanceof HttpError && e.status === 503)) throw e;
      showProblem('The processor is restoring its stores; retrying…');
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

function showProblem(message) {
  $('problem').hidden = !message;
  $('problem').textContent = message || '';
}

// ---- time ----

function ago(iso) {
  if (!iso) return 'time unknown';
  const seconds = Math.round((Date.now() - Date.parse(iso)) / 1000);
  if (Number.isNaN(seconds)) return 'time unknown';
  if (seconds < 0) return 'in the future';
  if (seconds < 45) return 'just now';
  const units = [[60, 'min'], [3600, 'h'], [86400, 'day'], [30 * 86400, 'month'], [365 * 86400, 'year']];
  let [size, name] = units[0];
  for (const unit of units) if (seconds >= unit[0]) [size, name] = unit;
  const n = Math.round(seconds / size);
  const plural = n === 1 || name === 'min' || name === 'h' ? '' : 's';
  return `${n} ${name}${plural} ago`;
}

// Exact times in the reader's zone, with the zone named; coarse ones (a day, a month) without a clock time.
const EXACT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
});
const COARSE = {
  DAY: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  MONTH: new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  YEAR: new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' }),
};
const DATE_ONLY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/**
 * A time as precisely as the source gave it: "4 Mar 2026, 10:30 CET", "4 Mar 2026", "Nov 2024". A coarse
 * time is the start of its day or month in the source's zone (within 12 h of UTC), so noon after it in UTC
 * falls on the very day or month the source meant, whatever the reader's zone.
 */
function formatTime(iso, precision) {
  const t = Date.parse(iso);
  if (!iso || Number.isNaN(t)) return 'time unknown';
  const coarse = COARSE[precision];
  return coarse ? coarse.format(new Date(t + 12 * HOUR_MS)) : EXACT.format(new Date(t));
}

/** The day (or coarser) of a time, for sentences: "4 Mar 2026", "Nov 2024". */
function formatDay(iso, precision) {
  const t = Date.parse(iso);
  if (!iso || Number.isNaN(t)) return 'an unknown date';
  return COARSE[precision] ? formatTime(iso, precision) : DATE_ONLY.format(new Date(t));
}

function timeEl(iso, precision) {
  if (!iso) return el('span', { className: 'muted', textContent: 'time unknown' });
  return el('time', { dateTime: iso, title: formatTime(iso, precision), textContent: formatTime(iso, precision) });
}

function agoEl(iso) {
  if (!iso) return el('span', { className: 'muted', textContent: 'time unknown' });
  return el('time', { className: 'ago', dateTime: iso, title: formatTime(iso, null), textContent: ago(iso) });
}

function refreshAgo() {
  for (const node of document.querySelectorAll('time.ago')) node.textContent = ago(node.dateTime);
}

// ---- pieces shared by both views ----

function badgeClass(status) {
  return STATUSES.has(status) ? `badge ${status}` : 'badge';
}

function badge(status) {
  return el('span', { className: badgeClass(status), textContent: status });
}

function stanceChip(stance) {
  return el('span', { className: `stance ${stance}`, textContent: STANCE_WORDS[stance] || stance.toLowerCase() });
}

/** The title the API gives, in full; a story without one is named by its event or its actors, never by its id. */
function storyTitle(story) {
  if (story.title && story.title.trim() && story.title !== story.id) return story.title;
  if (story.event) return `Story about ${story.event}`;
  if (story.actors && story.actors.length) return `Story about ${story.actors.join(', ')}`;
  return 'Untitled story';
}

function sourcesText(n) {
  return `${n} independent ${n === 1 ? 'report' : 'reports'}`;
}

/** The evidence sentence with the statement's content span marked; offsets are in the article text. */
function evidenceQuote(evidence) {
  const sentence = evidence.sentence || '';
  const clamp = (n) => Math.max(0, Math.min(sentence.length, n));
  const start = clamp(evidence.contentBegin - evidence.sentenceBegin);
  const end = Math.max(start, clamp(evidence.contentEnd - evidence.sentenceBegin));
  return el('blockquote', { className: 'evidence' },
    sentence.slice(0, start), start < end ? el('mark', { textContent: sentence.slice(start, end) }) : null,
    sentence.slice(end));
}

// ---- the list ----

const list = { items: new Map(), cursor: null, generation: 0 };

function currentFilters() {
  return { status: $('filter-status').value, actor: $('filter-actor').value.trim(), q: $('filter-q').value.trim() };
}

/** The query for a page of a list: its size, the filters that are set, and the cursor when paging on. */
function pageQuery(limit, filters, cursor) {
  const params = new URLSearchParams({ limit });
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  if (cursor) params.set('cursor', cursor);
  return params;
}

async function loadList(append) {
  const generation = ++list.generation;
  const params = pageQuery(PAGE_SIZE, currentFilters(), append && list.cursor);
  let page;
  try {
    page = await withRetry(() => api(`/api/stories?${params}`));
  } catch (e) {
    showProblem(`Could not load stories: ${e.message}`);
    return;
  }
  if (generation !== list.generation) return; // a newer filter won
  if (!append) {
    list.items.clear();
    $('story-list').replaceChildren();
  }
  for (const summary of page.items) {
    list.items.set(summary.id, summary);
    $('story-list').append(storyRow(summary));
  }
  list.cursor = page.nextCursor;
  $('more').hidden = !page.nextCursor;
  summarizeList();
}

function summarizeList() {
  const n = list.items.size;
  const filtered = Object.values(currentFilters()).some(Boolean);
  $('list-summary').textContent = n === 0
    ? (filtered ? 'No story matches these filters.' : 'No stories yet. They appear here as articles arrive.')
    : `${n}${list.cursor ? '+' : ''} ${n === 1 ? 'story' : 'stories'}${filtered ? ' matching' : ''}`;
}

function storyRow(summary) {
  const change = summary.lastChange;
  return el('li', { className: 'story-row', dataset: { storyId: summary.id, status: summary.status, lastUpdated: summary.lastUpdated || '' } },
    badge(summary.status),
    el('div', { className: 'story-main' },
      el('a', { className: 'story-title', href: `#/story/${encodeURIComponent(summary.id)}`, textContent: storyTitle(summary) }),
      el('div', { className: 'story-meta' },
        summary.actors && summary.actors.length ? el('span', { className: 'actors', textContent: summary.actors.join(', ') }) : null,
        el('span', { className: 'outlets', title: 'copies of one wire text count once', textContent: sourcesText(summary.independentSources) })),
      change ? el('div', { className: 'last-change' },
        el('span', { className: 'speaker', textContent: change.speaker || change.party || 'an unnamed source' }), ' ',
        stanceChip(change.stance), ' · ', agoEl(change.at),
        change.outlet ? el('span', { className: 'muted', textContent: ` · ${change.outlet}` }) : null) : null));
}

/** Whether a story passes the list's filters, the same way the API decides it. */
function matchesFilters(story, filters) {
  const has = (text, needle) => (text || '').toLowerCase().includes(needle.toLowerCase());
  if (filters.status && story.status !== filters.status) return false;
  if (filters.actor && !story.actors.some((a) => has(a, filters.actor))
      && !story.positions.some((p) => has(p.party, filters.actor))) return false;
  if (filters.q && !has(story.title, filters.q) && !has(story.id, filters.q)
      && !story.timeline.some((e) => has(e.evidence.sentence, filters.q))) return false;
  return true;
}

function removeRow(storyId) {
  const row = $('story-list').querySelector(`[data-story-id="${CSS.escape(storyId)}"]`);
  if (row) row.remove();
  list.items.delete(storyId);
  summarizeList();
}

function showLiveChange(story, update) {
  const summary = {
    id: story.id, title: story.title, event: story.event, status: story.status, actors: story.actors,
    independentSources: story.independentSources, lastUpdated: story.lastUpdated,
    lastChange: update.cause || story.timeline[story.timeline.length - 1] || null,
  };
  removeRow(story.id);
  if (!matchesFilters(story, currentFilters())) return;
  list.items.set(story.id, summary);
  const row = storyRow(summary);
  row.classList.add('live', 'fresh');
  row.querySelector('.story-meta').append(el('span', { className: 'live-note', textContent: 'updated while you watched' }));
  if (!insertInOrder(row, summary)) list.items.delete(story.id);
  setTimeout(() => row.classList.remove('fresh'), FRESH_MS);
  summarizeList();
}

/** Where the API would list it: most recent statement first, then by id; a story without a date last. */
function insertInOrder(row, summary) {
  const key = (time) => (time ? Date.parse(time) : -Infinity);
  const mine = key(summary.lastUpdated);
  const before = [...$('story-list').children].find((other) => {
    const theirs = key(other.dataset.lastUpdated);
    return theirs < mine || (theirs === mine && other.dataset.storyId > summary.id);
  });
  if (before) before.before(row);
  else if (!list.cursor) $('story-list').append(row);
  else return false; // it belongs on a page not loaded yet, where "Load more" brings it
  return true;
}

// ---- live updates ----

function connectUpdates() {
  // One connection for story updates and event changes: a browser holds few connections to a host.
  const updates = new EventSource('/api/updates?events=true');
  const connection = $('connection');
  updates.onopen = () => { connection.textContent = 'live'; connection.className = 'connection live'; };
  updates.onerror = () => { connection.textContent = 'reconnecting…'; connection.className = 'connection down'; };
  // EventSource resends the last event id on reconnect, so no update is missed while it was down.
  updates.addEventListener('event', (message) => eventsSawChange(JSON.parse(message.data))); // events.js
  updates.addEventListener('update', async (event) => {
    const update = JSON.parse(event.data);
    eventsSawUpdate(update.storyId); // events.js
    let story;
    try {
      story = await api(`/api/stories/${encodeURIComponent(update.storyId)}`);
    } catch (e) {
      if (e instanceof HttpError && e.status === 404) removeRow(update.storyId); // its last article was retracted
      return; // otherwise not reachable now: the next update or a reload brings it
    }
    showLiveChange(story, update);
    announce(update);
    if (view.storyId === story.id) refreshOpenStory(story);
  });
}

function announce(update) {
  const change = update.previousStatus && update.previousStatus !== update.status
    ? `now ${update.status}, was ${update.previousStatus}` : update.status;
  $('announcer').textContent = `Update: ${storyTitle({ id: update.storyId, title: update.title })}: ${change}`;
}

// ---- the story view ----

const view = { storyId: null, latest: null, moments: [], asOf: null, generation: 0 };

async function showStory(id, asOf) {
  view.storyId = id;
  view.asOf = null;
  let story;
  try {
    story = await withRetry(() => api(`/api/stories/${encodeURIComponent(id)}`));
  } catch (e) {
    showProblem(e instanceof HttpError && e.status === 404 ? 'There is no such story.' : `Could not load the story: ${e.message}`);
    $('story-view').hidden = true;
    return;
  }
  if (view.storyId !== id) return;
  refreshOpenStory(story);
  window.scrollTo(0, 0);
  $('story-title').focus({ preventScroll: true });
  if (asOf && !Number.isNaN(Date.parse(asOf))) setSlider(Date.parse(asOf), false);
}

/** Takes a newer latest state: rebuilds the slider, and redraws unless the reader is looking back in time. */
function refreshOpenStory(story) {
  view.latest = story;
  document.title = `${storyTitle(story)} – storywire`;
  buildSlider(story);
  if (view.asOf === null) renderStory(story, null);
}

function buildSlider(story) {
  const slider = $('asof-slider');
  const first = Date.parse(story.firstSeen);
  const last = Date.parse(story.lastUpdated);
  // Without dates (articles that gave none) there is no "earlier" to travel to.
  const dated = !Number.isNaN(first) && !Number.isNaN(last);
  $('asof-slider').closest('.time-travel').hidden = !dated;
  if (!dated) return;
  const margin = Math.max(HOUR_MS, (last - first) * 0.05);
  view.moments = [...new Set(story.timeline.map((e) => Date.parse(e.at)))]
    .filter((t) => t >= first && t <= last).sort((a, b) => a - b);
  slider.min = String(first);
  slider.max = String(last + margin);
  slider.step = 'any';
  slider.value = String(view.asOf === null ? last + margin : view.asOf);
  $('asof-ticks').replaceChildren(...view.moments.map((t) => el('option', { value: String(t) })));
  describeSlider();
}

function isNow(time) {
  return time >= Date.parse(view.latest.lastUpdated);
}

/** Labels the slider with {@code time}, which may lie before its range (a time the address gave). */
function describeSlider(time = Number($('asof-slider').value)) {
  const text = isNow(time) ? 'now (latest)' : formatTime(new Date(time).toISOString(), null);
  $('asof-label').textContent = text;
  $('asof-slider').setAttribute('aria-valuetext', text);
}

/**
 * Moves to a time: "now" at or after the last update; a dragged time ({@code snap}) snaps to a statement
 * close to it, a time given in the address is taken as it is (also one before the first statement).
 */
function setSlider(time, snap = true) {
  const slider = $('asof-slider');
  const span = Number(slider.max) - Number(slider.min);
  const nearest = view.moments.reduce((best, t) => (Math.abs(t - time) < Math.abs(best - time) ? t : best), Infinity);
  const snapped = snap && Math.abs(nearest - time) <= span * SNAP_FRACTION ? nearest : time;
  slider.value = String(snapped);
  describeSlider(snapped);
  showAsOf(isNow(snapped) ? null : snapped);
}

function stepMoment(direction) {
  const current = view.asOf === null ? Infinity : view.asOf;
  const candidates = direction < 0 ? view.moments.filter((t) => t < current) : view.moments.filter((t) => t > current);
  if (candidates.length === 0) {
    if (direction > 0) setSlider(Number($('asof-slider').max));
    return;
  }
  setSlider(direction < 0 ? candidates[candidates.length - 1] : candidates[0]);
}

async function showAsOf(time) {
  view.asOf = time;
  const generation = ++view.generation;
  const id = view.storyId;
  history.replaceState(null, '', `#/story/${encodeURIComponent(id)}${time === null ? '' : `?asOf=${new Date(time).toISOString()}`}`);
  if (time === null) {
    renderStory(view.latest, null);
    return;
  }
  let story = null;
  let firstSeen = null;
  try {
    story = await api(`/api/stories/${encodeURIComponent(id)}?asOf=${new Date(time).toISOString()}`);
  } catch (e) {
    if (!(e instanceof HttpError && e.status === 404 && e.problem.error === 'not_yet')) {
      showProblem(`Could not load the story as of that time: ${e.message}`);
      return;
    }
    firstSeen = e.problem.firstSeen;
  }
  if (generation !== view.generation) return; // the slider moved on meanwhile
  renderStory(story, time, firstSeen);
}

/** Draws a state of the story; null when it did not exist yet at {@code asOf} (first seen at {@code firstSeen}). */
function renderStory(story, asOf, firstSeen) {
  showOnly('story-view');
  const latest = view.latest;
  const when = asOf === null ? '' : formatTime(new Date(asOf).toISOString(), null);
  $('asof-note').textContent = asOf === null ? ''
    : story ? `Showing the story as it stood on ${when}. Now it is ${latest.status}.`
      : `This story did not exist yet on ${when}: its first statement is of ${formatTime(firstSeen || latest.firstSeen, latest.firstSeenPrecision)}.`;
  $('asof-note').className = asOf === null ? 'asof-note' : 'asof-note past';
  const shown = story || { ...latest, status: 'NOT YET REPORTED', positions: [], timeline: [], timelineDropped: 0, outlets: {},
    statementCount: 0, independentSources: 0 };
  $('story-title').textContent = storyTitle(shown);
  $('story-status').className = badgeClass(shown.status);
  $('story-status').textContent = shown.status;
  $('story-why').textContent = story ? whyLine(shown) : '';
  $('story-event').textContent = shown.event ? `Event: ${shown.event}` : '';
  $('story-actors').textContent = shown.actors.length ? `Actors: ${shown.actors.join(', ')}` : '';
  renderFacts(shown);
  renderPositions(shown.positions);
  renderTimeline(shown);
}

/** "Kerbach AG (party) denied on 4 Mar 2026" */
function positionPhrase(p) {
  const who = `${p.party} (${p.standing === 'PARTY' ? 'party' : 'third party'})`;
  return `${who} ${STANCE_PAST[p.stance] || p.stance.toLowerCase()} on ${formatDay(p.at, p.atPrecision)}`;
}

function listPhrases(positions) {
  const phrases = positions.map(positionPhrase);
  return phrases.length < 3 ? phrases.join(' and ') : `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`;
}

/** "the report of Capital Ledger (9 Mar 2026)", "the reports of A (…), B (…), C (…) and 4 more": earliest first. */
function reportsPhrase(claims) {
  const shown = claims.slice().sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).slice(0, MAX_REPORTS_NAMED)
    .map((p) => `${p.party} (${formatDay(p.at, p.atPrecision)})`);
  const more = claims.length - shown.length;
  return `the ${claims.length === 1 ? 'report' : 'reports'} of ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/**
 * Why the story has its status, in one sentence, from the same rule the fold applies: DENIED when a
 * party's latest word is a denial, CLAIMED when a party claims or confirms it, else UNCONFIRMED.
 */
function whyLine(story) {
  const parties = story.positions.filter((p) => p.standing === 'PARTY');
  const thirdClaims = story.positions.filter((p) => p.standing !== 'PARTY' && (p.stance === 'CLAIM' || p.stance === 'CONFIRMATION'));
  const partyClaims = parties.filter((p) => p.stance === 'CLAIM' || p.stance === 'CONFIRMATION');
  const silent = parties.filter((p) => p.stance === 'NO_COMMENT');
  const reports = thirdClaims.length ? reportsPhrase(thirdClaims) : null;
  if (story.status === 'DENIED') {
    const deniers = parties.filter((p) => p.stance === 'DENIAL');
    const rest = partyClaims.length ? `; ${listPhrases(partyClaims)}`
      : reports ? `; ${reports} ${thirdClaims.length === 1 ? 'stands' : 'stand'} alone` : '';
    return `DENIED: ${listPhrases(deniers)}${rest}.`;
  }
  if (story.status === 'CLAIMED') {
    return `CLAIMED: ${listPhrases(partyClaims)}; no party denies it.`;
  }
  if (story.status === 'UNCONFIRMED') {
    const base = reports ? `UNCONFIRMED: only third parties assert it, ${reports}` : 'UNCONFIRMED: no party has confirmed it';
    return `${base}${silent.length ? `; ${listPhrases(silent)}` : ''}.`;
  }
  return '';
}

function renderFacts(story) {
  const outlets = Object.keys(story.outlets || {});
  const facts = [
    ['Independent reports', el('span', { title: 'copies of one wire text count once', textContent: String(story.independentSources) })],
    [`Outlets (${outlets.length + (story.outletsNotListed || 0)})`,
      (outlets.join(', ') || '–') + (story.outletsNotListed ? ` and ${story.outletsNotListed} more` : '')],
    ['Statements', String(story.statementCount)],
    ['First statement', timeEl(story.firstSeen, story.firstSeenPrecision)],
    ['Latest statement', timeEl(story.lastUpdated, story.lastUpdatedPrecision)],
  ];
  $('story-facts').replaceChildren(...facts.map(([term, value]) =>
    el('div', {}, el('dt', { textContent: term }), el('dd', {}, value))));
}

function renderPositions(positions) {
  if (positions.length === 0) {
    $('positions').replaceChildren(el('p', { className: 'muted', textContent: 'No one has taken a position yet.' }));
    return;
  }
  const groups = [['PARTY', 'Parties'], ['THIRD_PARTY', 'Third parties']].map(([standing, heading]) => {
    const members = positions.filter((p) => (p.standing === 'PARTY') === (standing === 'PARTY'));
    if (members.length === 0) return null;
    return el('div', { className: `position-group ${standing}` },
      el('h3', { textContent: heading }),
      el('ul', {}, members.map((p) => el('li', { className: `position ${p.stance}`, dataset: { party: p.party, stance: p.stance } },
        el('strong', { textContent: p.party }), ' ', stanceChip(p.stance),
        p.speaker && p.speaker !== p.party ? el('span', { className: 'muted', textContent: ` (via ${p.speaker})` }) : null,
        el('span', { className: 'muted' }, ' · ', timeEl(p.at, p.atPrecision))))));
  });
  $('positions').replaceChildren(...groups.filter(Boolean));
}

function renderTimeline(story) {
  $('timeline-dropped').hidden = !story.timelineDropped;
  $('timeline-dropped').textContent = `${story.timelineDropped} earlier statements are not shown.`;
  const entries = story.timeline.slice().reverse(); // newest first, like the list
  $('timeline').replaceChildren(...entries.map((e) => el('li', { className: `entry ${e.stance}`, dataset: { articleId: e.evidence.articleId } },
    el('div', { className: 'entry-head' },
      el('strong', { textContent: e.speaker || 'an unnamed source' }),
      e.party && e.party !== e.speaker ? el('span', { className: 'muted', textContent: ` for ${e.party}` }) : null,
      ' ', stanceChip(e.stance),
      e.standing === 'THIRD_PARTY' ? el('span', { className: 'tag', textContent: 'third party' }) : null,
      el('span', { className: 'entry-when' }, timeEl(e.at, e.atPrecision))),
    evidenceQuote(e.evidence),
    el('div', { className: 'entry-source' },
      safeUrl(e.url)
        ? el('a', { href: safeUrl(e.url), rel: 'noopener noreferrer', textContent: `${e.outlet || 'the article'} ↗` })
        : el('span', { textContent: e.outlet || 'an unnamed outlet' })))));
}

/** Only http(s) links: an article's url is untrusted and must not become a javascript: link. */
function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch (notAUrl) {
    return null;
  }
}

// ---- alert rules ----

function alertCriteria(rule) {
  const parts = [];
  if (rule.status) parts.push(`status changes to ${rule.status}`);
  if (rule.actor) parts.push(`actor “${rule.actor}”`);
  if (rule.text) parts.push(`text “${rule.text}”`);
  if (rule.language) parts.push(`language ${rule.language}`);
  return parts.join(', ');
}

async function loadAlerts() {
  let rules;
  try {
    rules = (await withRetry(() => api('/api/alerts'))).items;
  } catch (e) {
    showProblem(`Could not load the alert rules: ${e.message}`);
    return;
  }
  $('alert-rules').replaceChildren(...(rules.length === 0
    ? [el('li', { className: 'muted', textContent: 'No alert rules yet.' })]
    : rules.map((rule) => el('li', { className: 'alert-rule', dataset: { ruleId: rule.id } },
      el('strong', { textContent: rule.name }), ' ',
      el('span', { textContent: alertCriteria(rule) }),
      el('span', { className: 'muted', textContent: rule.webhookUrl ? ` → ${rule.webhookUrl} and the alerts topic` : ' → the alerts topic' }),
      ' ', el('button', { type: 'button', className: 'secondary delete-rule', textContent: 'Delete',
        onclick: () => deleteAlert(rule) })))));
}

async function createAlert(event) {
  event.preventDefault();
  const rule = {};
  for (const [key, value] of new FormData($('alert-form')).entries()) if (value.trim()) rule[key] = value.trim();
  $('alert-problem').hidden = true;
  $('alert-created').hidden = true;
  let created;
  try {
    created = await api('/api/alerts', 'POST', rule);
  } catch (e) {
    $('alert-problem').textContent = `The rule was not created: ${e.message}`;
    $('alert-problem').hidden = false;
    return;
  }
  $('alert-form').reset();
  $('alert-created').replaceChildren(`Rule “${created.name}” created. Its webhook secret, shown only now: `,
    el('code', { className: 'secret', textContent: created.secret }));
  $('alert-created').hidden = false;
  loadAlerts();
}

async function deleteAlert(rule) {
  try {
    await api(`/api/alerts/${encodeURIComponent(rule.id)}`, 'DELETE');
  } catch (e) {
    if (!(e instanceof HttpError && e.status === 404)) { // already gone is what was asked for
      showProblem(`Could not delete the rule: ${e.message}`);
      return;
    }
  }
  loadAlerts();
}

// ---- routing ----

function showOnly(section) {
  for (const id of ['list-view', 'story-view', 'events-view', 'event-view', 'alerts-view']) $(id).hidden = id !== section;
}

function route() {
  showProblem(null);
  events.openId = null; // events.js: a late answer for an event left behind is not shown
  const match = location.hash.match(/^#\/story\/([^?]+)(?:\?asOf=(.+))?$/);
  if (match) {
    showStory(decodeURIComponent(match[1]), match[2] ? decodeURIComponent(match[2]) : null);
    return;
  }
  view.storyId = null;
  const event = location.hash.match(/^#\/events\/(.+)$/);
  if (event) {
    showEvent(decodeURIComponent(event[1])); // events.js
    return;
  }
  if (location.hash === '#/events') {
    showEvents(); // events.js
    return;
  }
  if (location.hash === '#/alerts') {
    document.title = 'Alert rules – storywire';
    showOnly('alerts-view');
    loadAlerts();
    return;
  }
  document.title = 'storywire';
  showOnly('list-view');
}

function debounce(fn, ms) {
  let timer;
  return () => { clearTimeout(timer); timer = setTimeout(fn, ms); };
}

/** A list's filter form reloads it as the user types or picks; its "more" button loads the next page. */
function wireFilters(formId, moreId, load) {
  const reload = debounce(() => load(false), 250);
  // Both events: scripted and assistive changes of the select may fire only one of them.
  $(formId).addEventListener('input', reload);
  $(formId).addEventListener('change', reload);
  $(formId).addEventListener('submit', (e) => { e.preventDefault(); load(false); });
  $(moreId).addEventListener('click', () => load(true));
}

document.addEventListener('DOMContentLoaded', () => {
  wireFilters('filters', 'more', loadList);
  $('asof-slider').addEventListener('input', () => setSlider(Number($('asof-slider').value)));
  $('asof-earlier').addEventListener('click', () => stepMoment(-1));
  $('asof-later').addEventListener('click', () => stepMoment(1));
  $('asof-now').addEventListener('click', () => setSlider(Number($('asof-slider').max)));
  $('alert-form').addEventListener('submit', createAlert);
  window.addEventListener('hashchange', route);
  setInterval(refreshAgo, 30000);
  route();
  loadList(false);
  connectUpdates();
});
