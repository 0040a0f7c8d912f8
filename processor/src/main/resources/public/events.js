'use strict';
// The events view (#/events) and an event's page (#/events/{id}), fed by /api/events. It uses app.js's
// helpers (el, api, withRetry, badge, timeEl...), which that script, loaded before this one, defines.
// Labels and titles come from untrusted articles: they reach the DOM through textContent only.

const EVENTS_PAGE_SIZE = 50;
const EVENTS_MAX_LIMIT = 500; // the API's largest page
// A story update can arrive before the event assignment of its article (they run in separate parts of the
// topology): the view asks again, up to this many times a second apart, until the story shows in an event.
const ASSIGNMENT_TRIES = 8;

const events = { cursor: null, shown: 0, generation: 0, openId: null };
const liveEvents = { waiting: new Map(), changed: new Set(), marked: new Set(), timer: null };

function eventFilters() {
  return {
    status: $('event-filter-status').value, actor: $('event-filter-actor').value.trim(),
    outlet: $('event-filter-outlet').value.trim(), language: $('event-filter-language').value, q: $('event-filter-q').value.trim(),
  };
}

/** An event's time as precisely as its article gave it; "no date" when none of its articles gave one. */
function eventTime(iso, precision) {
  if (!iso || Number.isNaN(Date.parse(iso))) return el('span', { className: 'muted no-date', textContent: 'no date' });
  return timeEl(iso, precision);
}

function eventLabel(event) {
  if (event.label && event.label.trim()) return event.label;
  return event.outlets && event.outlets.length ? `Event reported by ${event.outlets.join(', ')}` : 'Untitled event';
}

function countText(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

/** The stories of an event, each with its status; a story no longer known (its articles retracted) is said so. */
function eventStoryItems(stories, total, eventId) {
  const items = stories.map((s) => el('li', { className: 'event-story', dataset: { storyId: s.id, status: s.status || '' } },
    s.status
      ? [badge(s.status), el('a', { className: 'story-title', href: `#/story/${encodeURIComponent(s.id)}`, textContent: storyTitle(s) })]
      : el('span', { className: 'muted', textContent: 'a story no longer known (its articles were withdrawn)' })));
  if (total > stories.length) {
    items.push(el('li', { className: 'more-stories' },
      el('a', { href: `#/events/${encodeURIComponent(eventId)}`, textContent: `and ${countText(total - stories.length, 'more story', 'more stories')}` })));
  }
  if (total === 0) items.push(el('li', { className: 'muted', textContent: 'No story yet: its articles hold no statement.' }));
  return items;
}

function eventRow(event) {
  return el('li', { className: 'event-row', dataset: { eventId: event.id, lastSeen: event.lastSeen || '' } },
    el('a', { className: 'event-title', href: `#/events/${encodeURIComponent(event.id)}`, textContent: eventLabel(event) }),
    el('div', { className: 'event-meta' },
      el('span', { className: 'first-seen' }, 'first seen ', eventTime(event.firstSeen, event.firstSeenPrecision)),
      el('span', { className: 'last-seen' }, 'last seen ', eventTime(event.lastSeen, event.lastSeenPrecision)),
      el('span', { textContent: countText(event.articleCount, 'article', 'articles') }),
      event.outlets.length ? el('span', { className: 'event-outlets', textContent: event.outlets.join(', ') }) : null,
      event.languages.length ? el('span', { className: 'event-languages', textContent: event.languages.join(', ') }) : null),
    el('ul', { className: 'event-stories' }, eventStoryItems(event.stories, event.storyCount, event.id)));
}

/** Loads the first page, or the next one ({@code append}); a live reload asks for as many events as are shown. */
async function loadEvents(append, live = false) {
  const generation = ++events.generation;
  const limit = live ? Math.min(EVENTS_MAX_LIMIT, Math.max(EVENTS_PAGE_SIZE, events.shown)) : EVENTS_PAGE_SIZE;
  const params = pageQuery(limit, eventFilters(), append && events.cursor);
  let page;
  try {
    page = await withRetry(() => api(`/api/events?${params}`));
  } catch (e) {
    showProblem(`Could not load the events: ${e.message}`);
    return;
  }
  if (generation !== events.generation) return; // a newer filter or update won
  if (!append) {
    $('event-list').replaceChildren();
    events.shown = 0;
  }
  $('event-list').append(...page.items.map(eventRow));
  events.shown += page.items.length;
  events.cursor = page.nextCursor;
  $('more-events').hidden = !page.nextCursor;
  const filtered = Object.values(eventFilters()).some(Boolean);
  $('event-summary').textContent = events.shown === 0
    ? (filtered ? 'No event matches these filters.' : 'No events yet. They appear here as articles arrive.')
    : `${events.shown}${events.cursor ? '+' : ''} ${events.shown === 1 ? 'event' : 'events'}${filtered ? ' matching' : ''}`;
}

function showEvents() {
  events.openId = null;
  document.title = 'Events – storywire';
  showOnly('events-view');
  loadEvents(false);
}

async function showEvent(id, live = false) {
  events.openId = id;
  let event;
  try {
    event = await withRetry(() => api(`/api/events/${encodeURIComponent(id)}`));
  } catch (e) {
    if (live) return; // the next update or a reload brings it
    showProblem(e instanceof HttpError && e.status === 404
      ? 'There is no such event: it may have been merged into another one or aged out.' : `Could not load the event: ${e.message}`);
    $('event-view').hidden = true;
    return;
  }
  if (events.openId !== id) return;
  showOnly('event-view');
  document.title = `${eventLabel(event)} – storywire`;
  $('event-title').textContent = eventLabel(event);
  const facts = [
    ['First seen', eventTime(event.firstSeen, event.firstSeenPrecision)],
    ['Last seen', eventTime(event.lastSeen, event.lastSeenPrecision)],
    ['Articles', String(event.articleCount)],
    [`Outlets (${event.outlets.length})`, event.outlets.join(', ') || '–'],
    ['Languages', event.languages.join(', ') || '–'],
    ['Names', event.entities.join(', ') || '–'],
  ];
  $('event-facts').replaceChildren(...facts.map(([term, value]) => el('div', {}, el('dt', { textContent: term }), el('dd', {}, value))));
  $('event-stories').replaceChildren(...eventStoryItems(event.stories, event.stories.length, event.id));
  if (!live) {
    window.scrollTo(0, 0);
    $('event-title').focus({ preventScroll: true });
  }
}

// ---- live ----

/** Called for every story update (app.js's feed): the open events view or event page shows it. */
function eventsSawUpdate(storyId) {
  if ($('events-view').hidden && $('event-view').hidden) return;
  liveEvents.waiting.set(storyId, ASSIGNMENT_TRIES);
  scheduleEventsReload(250); // a burst of updates is one reload
}

/**
 * Called for every event change (app.js's feed): an article joined an event, one event took in another, one aged
 * out. Not every change comes with a story update (an article without statements), nor soon after one (assignment waits
 * for the other partitions of articles.raw): without this feed the view would stay behind until the next update.
 */
function eventsSawChange(change) {
  if (!$('event-view').hidden && events.openId) {
    if (change.mergedInto && change.eventId === events.openId) location.hash = `#/events/${encodeURIComponent(change.mergedInto)}`;
    else if (change.eventId === events.openId) scheduleEventsReload(250);
    return;
  }
  if ($('events-view').hidden) return;
  liveEvents.changed.add(change.eventId);
  scheduleEventsReload(250);
}

function scheduleEventsReload(ms) {
  clearTimeout(liveEvents.timer);
  liveEvents.timer = setTimeout(reloadEventsLive, ms);
}

async function reloadEventsLive() {
  if (!$('event-view').hidden && events.openId) await showEvent(events.openId, true);
  else if (!$('events-view').hidden) await loadEvents(false, true);
  else {
    liveEvents.waiting.clear();
    liveEvents.changed.clear();
    return;
  }
  // a reload renders new rows: the events marked while watching keep their mark
  for (const eventId of liveEvents.marked) {
    const row = document.querySelector(`.event-row[data-event-id="${CSS.escape(eventId)}"]`);
    if (row) row.classList.add('live');
  }
  for (const eventId of liveEvents.changed) {
    const row = document.querySelector(`.event-row[data-event-id="${CSS.escape(eventId)}"]`);
    if (row) markFresh(row);
  }
  liveEvents.changed.clear();
  for (const [storyId, tries] of liveEvents.waiting) {
    const shownIn = [...document.querySelectorAll(`.event-story[data-story-id="${CSS.escape(storyId)}"]`)]
      .filter((node) => !node.closest('section').hidden);
    if (shownIn.length) {
      for (const node of shownIn) markFresh(node.closest('.event-row') || node);
      liveEvents.waiting.delete(storyId);
    } else if (tries <= 1) {
      liveEvents.waiting.delete(storyId); // not in this view (a filter leaves it out, or its event is on a later page)
    } else {
      liveEvents.waiting.set(storyId, tries - 1);
    }
  }
  if (liveEvents.waiting.size) scheduleEventsReload(1000);
}

function markFresh(node) {
  if (node.dataset.eventId) liveEvents.marked.add(node.dataset.eventId);
  node.classList.add('live', 'fresh');
  setTimeout(() => node.classList.remove('fresh'), FRESH_MS);
}

document.addEventListener('DOMContentLoaded', () => wireFilters('event-filters', 'more-events', loadEvents));
