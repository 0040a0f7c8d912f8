'use strict';
// The live page. Titles, names and sentences come from untrusted articles: everything reaches the
// DOM through textContent and attributes, never through innerHTML.

const PAGE_SIZE = 100;
const FRESH_MS = 8000;
const SNAP_FRACTION = 0.015;
const STATUSES = new Set(['CLAIMED', 'DENIED', 'UNCONFIRMED']);
const STANCE_WORDS = { CLAIM: 'CLAIMED', DENIAL: 'DENIED', NO_COMMENT: 'NO COMMENT', CONFIRMATION: 'CONFIRMED' };
const STANCE_GROUPS = [
  ['DENIAL', 'Who denies'], ['CLAIM', 'Who claims'], ['CONFIRMATION', 'Who confirms'], ['NO_COMMENT', 'Who declined to comment'],
];

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
  constructor(status, message) { super(message); this.status = status; }
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let message = response.statusText;
    try { message = (await response.json()).message || message; } catch (notJson) { /* keep the status text */ }
    throw new HttpError(response.status, message);
  }
  return response.json();
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
  const seconds = Math.round((Date.now() - Date.parse(iso)) / 1000);
  if (seconds < 0) return 'in the future';
  if (seconds < 45) return 'just now';
  const units = [[60, 'min'], [3600, 'h'], [86400, 'day'], [30 * 86400, 'month'], [365 * 86400, 'year']];
  let [size, name] = units[0];
  for (const unit of units) if (seconds >= unit[0]) [size, name] = unit;
  const n = Math.round(seconds / size);
  const plural = n === 1 || name === 'min' || name === 'h' ? '' : 's';
  return `${n} ${name}${plural} ago`;
}

const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function timeEl(iso, text) {
  return el('time', { dateTime: iso, title: DATE_TIME.format(new Date(iso)), textContent: text });
}

function agoEl(iso) {
  const node = timeEl(iso, ago(iso));
  node.classList.add('ago');
  return node;
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
  return el('span', { className: `stance ${stance}`, textContent: STANCE_WORDS[stance] || stance });
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

async function loadList(append) {
  const generation = ++list.generation;
  const params = new URLSearchParams({ limit: PAGE_SIZE });
  for (const [key, value] of Object.entries(currentFilters())) if (value) params.set(key, value);
  if (append && list.cursor) params.set('cursor', list.cursor);
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
  const outlets = summary.independentSources;
  return el('li', { className: 'story-row', dataset: { storyId: summary.id, status: summary.status } },
    badge(summary.status),
    el('div', { className: 'story-main' },
      el('a', { className: 'story-title', href: `#/story/${encodeURIComponent(summary.id)}`, textContent: summary.title }),
      el('div', { className: 'story-meta' },
        summary.actors && summary.actors.length ? el('span', { className: 'actors', textContent: summary.actors.join(', ') }) : null,
        el('span', { className: 'outlets', textContent: `${outlets} independent ${outlets === 1 ? 'outlet' : 'outlets'}` })),
      change ? el('div', { className: 'last-change' },
        stanceChip(change.stance), ' ', agoEl(change.at), ': ',
        el('span', { className: 'speaker', textContent: change.speaker || change.party || 'unnamed source' }),
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
    id: story.id, title: story.title, status: story.status, actors: story.actors,
    independentSources: story.independentSources, lastUpdated: story.lastUpdated,
    lastChange: update.cause || story.timeline[story.timeline.length - 1] || null,
  };
  removeRow(story.id);
  if (!matchesFilters(story, currentFilters())) return;
  list.items.set(story.id, summary);
  const row = storyRow(summary);
  row.classList.add('live', 'fresh');
  row.querySelector('.story-meta').append(el('span', { className: 'live-note', textContent: 'updated while you watched' }));
  $('story-list').prepend(row);
  setTimeout(() => row.classList.remove('fresh'), FRESH_MS);
  summarizeList();
}

// ---- live updates ----

function connectUpdates() {
  const updates = new EventSource('/api/updates');
  const connection = $('connection');
  updates.onopen = () => { connection.textContent = 'live'; connection.className = 'connection live'; };
  updates.onerror = () => { connection.textContent = 'reconnecting…'; connection.className = 'connection down'; };
  // EventSource resends the last event id on reconnect, so no update is missed while it was down.
  updates.addEventListener('update', async (event) => {
    const update = JSON.parse(event.data);
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
  $('announcer').textContent = `Update: ${update.title}: ${change}`;
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
  if (asOf && !Number.isNaN(Date.parse(asOf))) setSlider(Date.parse(asOf));
}

/** Takes a newer latest state: rebuilds the slider, and redraws unless the reader is looking back in time. */
function refreshOpenStory(story) {
  view.latest = story;
  document.title = `${story.title} – storywire`;
  buildSlider(story);
  if (view.asOf === null) renderStory(story, null);
}

function buildSlider(story) {
  const slider = $('asof-slider');
  const first = Date.parse(story.firstSeen);
  const last = Date.parse(story.lastUpdated);
  const margin = Math.max(3600 * 1000, (last - first) * 0.05);
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

function describeSlider() {
  const time = Number($('asof-slider').value);
  const text = isNow(time) ? 'now (latest)' : DATE_TIME.format(new Date(time));
  $('asof-label').textContent = text;
  $('asof-slider').setAttribute('aria-valuetext', text);
}

/** Moves to a time: snapped to a statement when close to one, "now" at or after the last update. */
function setSlider(time) {
  const slider = $('asof-slider');
  const span = Number(slider.max) - Number(slider.min);
  const nearest = view.moments.reduce((best, t) => (Math.abs(t - time) < Math.abs(best - time) ? t : best), Infinity);
  const snapped = Math.abs(nearest - time) <= span * SNAP_FRACTION ? nearest : time;
  slider.value = String(snapped);
  describeSlider();
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
  try {
    story = await api(`/api/stories/${encodeURIComponent(id)}?asOf=${new Date(time).toISOString()}`);
  } catch (e) {
    if (!(e instanceof HttpError && e.status === 404)) {
      showProblem(`Could not load the story as of that time: ${e.message}`);
      return;
    }
  }
  if (generation !== view.generation) return; // the slider moved on meanwhile
  renderStory(story, time);
}

/** Draws a state of the story; null when nothing of it was known yet at {@code asOf}. */
function renderStory(story, asOf) {
  $('list-view').hidden = true;
  $('story-view').hidden = false;
  const latest = view.latest;
  $('asof-note').textContent = asOf === null ? ''
    : story ? `Showing the story as it stood on ${DATE_TIME.format(new Date(asOf))}. Now it is ${latest.status}.`
      : `Nothing of this story was published yet on ${DATE_TIME.format(new Date(asOf))}.`;
  $('asof-note').className = asOf === null ? 'asof-note' : 'asof-note past';
  const shown = story || { ...latest, status: 'NOT YET REPORTED', positions: [], timeline: [], timelineDropped: 0, outlets: {},
    statementCount: 0, independentSources: 0 };
  $('story-title').textContent = shown.title;
  $('story-status').className = badgeClass(shown.status);
  $('story-status').textContent = shown.status;
  $('story-event').textContent = shown.event ? `Event: ${shown.event}` : '';
  $('story-actors').textContent = shown.actors.length ? `Actors: ${shown.actors.join(', ')}` : '';
  renderFacts(shown);
  renderPositions(shown.positions);
  renderTimeline(shown);
}

function renderFacts(story) {
  const outlets = Object.entries(story.outlets || {}).map(([name, n]) => (n > 1 ? `${name} (${n})` : name)).join(', ');
  const facts = [
    ['Independent outlets', String(story.independentSources)],
    ['Statements', String(story.statementCount)],
    ['Reported by', outlets || '–'],
    ['First seen', story.firstSeen ? timeEl(story.firstSeen, DATE_TIME.format(new Date(story.firstSeen))) : '–'],
    ['Last updated', story.lastUpdated ? timeEl(story.lastUpdated, DATE_TIME.format(new Date(story.lastUpdated))) : '–'],
  ];
  $('story-facts').replaceChildren(...facts.flatMap(([term, value]) =>
    [el('div', {}, el('dt', { textContent: term }), el('dd', {}, value))]));
}

function renderPositions(positions) {
  if (positions.length === 0) {
    $('positions').replaceChildren(el('p', { className: 'muted', textContent: 'No party has taken a position.' }));
    return;
  }
  const groups = STANCE_GROUPS.map(([stance, heading]) => {
    const members = positions.filter((p) => p.stance === stance);
    if (members.length === 0) return null;
    return el('div', { className: `position-group ${stance}` },
      el('h3', { textContent: heading }),
      el('ul', {}, members.map((p) => el('li', { dataset: { party: p.party } },
        el('strong', { textContent: p.party }),
        p.standing === 'THIRD_PARTY' ? el('span', { className: 'tag', textContent: 'third party' }) : null,
        p.speaker && p.speaker !== p.party ? el('span', { className: 'muted', textContent: ` via ${p.speaker}` }) : null,
        el('span', { className: 'muted' }, ' · ', timeEl(p.at, DATE_TIME.format(new Date(p.at))))))));
  });
  $('positions').replaceChildren(...groups.filter(Boolean));
}

function renderTimeline(story) {
  $('timeline-dropped').hidden = !story.timelineDropped;
  $('timeline-dropped').textContent = `${story.timelineDropped} earlier statements are not shown.`;
  const entries = story.timeline.slice().reverse(); // newest first, like the list
  $('timeline').replaceChildren(...entries.map((e) => el('li', { className: `entry ${e.stance}` },
    el('div', { className: 'entry-head' },
      stanceChip(e.stance), ' ',
      el('strong', { textContent: e.speaker || 'unnamed source' }),
      e.party && e.party !== e.speaker ? el('span', { className: 'muted', textContent: ` for ${e.party}` }) : null,
      e.standing === 'THIRD_PARTY' ? el('span', { className: 'tag', textContent: 'third party' }) : null,
      el('span', { className: 'entry-when' }, timeEl(e.at, DATE_TIME.format(new Date(e.at))))),
    evidenceQuote(e.evidence),
    el('div', { className: 'entry-source' },
      safeUrl(e.url)
        ? el('a', { href: safeUrl(e.url), rel: 'noopener noreferrer', textContent: `${e.outlet || 'article'} ↗` })
        : el('span', { textContent: e.outlet || '' }),
      el('span', { className: 'muted', textContent: ` · article ${e.evidence.articleId}` })))));
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

// ---- routing ----

function route() {
  showProblem(null);
  const match = location.hash.match(/^#\/story\/([^?]+)(?:\?asOf=(.+))?$/);
  if (match) {
    showStory(decodeURIComponent(match[1]), match[2] ? decodeURIComponent(match[2]) : null);
    return;
  }
  view.storyId = null;
  document.title = 'storywire';
  $('story-view').hidden = true;
  $('list-view').hidden = false;
}

function debounce(fn, ms) {
  let timer;
  return () => { clearTimeout(timer); timer = setTimeout(fn, ms); };
}

document.addEventListener('DOMContentLoaded', () => {
  const reload = debounce(() => loadList(false), 250);
  // Both events: scripted and assistive changes of the select may fire only one of them.
  $('filters').addEventListener('input', reload);
  $('filters').addEventListener('change', reload);
  $('filters').addEventListener('submit', (e) => { e.preventDefault(); loadList(false); });
  $('more').addEventListener('click', () => loadList(true));
  $('asof-slider').addEventListener('input', () => setSlider(Number($('asof-slider').value)));
  $('asof-earlier').addEventListener('click', () => stepMoment(-1));
  $('asof-later').addEventListener('click', () => stepMoment(1));
  $('asof-now').addEventListener('click', () => setSlider(Number($('asof-slider').max)));
  window.addEventListener('hashchange', route);
  setInterval(refreshAgo, 30000);
  route();
  loadList(false);
  connectUpdates();
});
