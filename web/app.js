// Chronik's web UI: stories on the left, the selected view on the right. Hash routes:
// #/ · #/story/ID · #/article/ID · #/entity/ID · #/entities · #/map · #/search?q=…
// All data comes from the JSON API; text is always inserted as text, never as HTML.

const $ = (sel) => document.querySelector(sel);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null) continue;
    if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) node.append(c instanceof Node ? c : String(c));
  return node;
}

async function api(path) {
  const res = await fetch(path);
  if (!res.ok) throw new Error((await res.json().catch(() => ({}))).error || res.statusText);
  return res.json();
}

const SVG = 'http://www.w3.org/2000/svg';

function svgEl(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) node.setAttribute(k, String(v));
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) node.append(c instanceof Node ? c : String(c));
  return node;
}

/** Shows a view; parts that are null (nothing to show) are left out. */
function render(...parts) {
  $('#view').replaceChildren(...parts.flat().filter((p) => p !== null && p !== undefined && p !== false));
}

const fmtDate = (d) => (d ? (d.estimated ? `~${d.value}` : d.value) : 'undated');

async function renderStoryList(activeId) {
  const { stories } = await api('/api/stories');
  const aside = $('#stories');
  aside.replaceChildren(
    ...(stories.length
      ? stories.map((s) =>
          el('a', { class: `story${s.id === activeId ? ' active' : ''}`, href: `#/story/${encodeURIComponent(s.id)}` },
            el('h3', {}, s.title),
            el('div', { class: 'meta' }, `${s.first ? `${fmtDate(s.first)} – ${fmtDate(s.last)}` : 'undated'} · ${s.events} events · ${s.articles} articles`),
            el('div', { class: 'meta' }, s.entities.slice(0, 5).join(', '))))
      : [el('p', { class: 'empty' }, 'No stories yet. Ingest articles with `chronik ingest`.')]),
  );
  return stories;
}

function quoteBlock(q) {
  return el('blockquote', {}, `“${q.text}”`, el('footer', {}, `— ${q.speaker ?? 'unattributed'}`, ' · ', el('a', { href: `#/article/${encodeURIComponent(q.article)}` }, q.article)));
}

function entityChips(entities) {
  return el('div', { class: 'chips' }, entities.map((e) => el('a', { class: `chip ${e.type}`, href: `#/entity/${encodeURIComponent(e.id)}`, title: e.type }, e.name)));
}

async function showStory(id) {
  const s = await api(`/api/stories/${encodeURIComponent(id)}`);
  render(
    el('h2', {}, s.title),
    el('div', { class: 'meta' }, `${s.first ? `${fmtDate(s.first)} – ${fmtDate(s.last)}` : 'undated'} · ${s.events.length} events · story ${s.id}`),
    entityChips(s.entities.slice(0, 20)),
    await placeMap(s.entities),
    await barChart(s.events.flatMap((e) => e.articles).filter((a) => a.date && a.date.precision !== 'year').map((a) => ({ period: a.date.value, count: 1 })), 'articles'),
    el('ol', { class: 'timeline' },
      s.events.map((e) =>
        el('li', {},
          el('div', { class: 'date' }, fmtDate(e.date)),
          el('h3', {}, e.title),
          e.summary ? el('p', {}, e.summary) : null,
          whatsNew(e.whatsNew),
          e.quotes.slice(0, 3).map(quoteBlock),
          el('ul', { class: 'articles' }, e.articles.map((a) => el('li', {}, el('a', { href: `#/article/${encodeURIComponent(a.id)}` }, a.title), ` (${fmtDate(a.date)}${a.lang ? `, ${a.lang}` : ''})`))),
          el('div', { class: 'why' }, whyLine(e.why))))),
    s.undated.length ? el('div', {}, el('h3', {}, 'Undated articles'), el('ul', {}, s.undated.map((a) => el('li', {}, el('a', { href: `#/article/${encodeURIComponent(a.id)}` }, a.title))))) : null,
  );
}

// Charts (Chart.js, served by Chronik itself from its installed package), loaded on first use.
let chartLibrary = null;
function loadChartLibrary() {
  return (chartLibrary ??= new Promise((resolve, reject) => {
    const script = el('script', { src: '/static/vendor/chart.js' });
    script.onload = () => resolve(window.Chart);
    script.onerror = () => reject(new Error('chart library did not load'));
    document.head.append(script);
  }));
}

/** A bar chart of counts per period (`YYYY-MM` or `YYYY-MM-DD` labels), months without any filled in. */
async function barChart(series, label) {
  if (!series.length) return null;
  const Chart = await loadChartLibrary();
  const canvas = el('canvas', { role: 'img', 'aria-label': `${label} over time` });
  const box = el('figure', { class: 'chart' }, el('figcaption', { class: 'meta' }, `${label[0].toUpperCase()}${label.slice(1)} per month`), el('div', { class: 'chart-area' }, canvas));
  const filled = fillMonths(series);
  new Chart(canvas, {
    type: 'bar',
    data: { labels: filled.map((p) => p.period), datasets: [{ label, data: filled.map((p) => p.count), backgroundColor: '#1a5fb4' }] },
    options: { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
  return box;
}

function fillMonths(series) {
  const months = new Map();
  for (const { period, count } of series) months.set(period.slice(0, 7), (months.get(period.slice(0, 7)) ?? 0) + count);
  const keys = [...months.keys()].sort();
  if (keys.length < 2 || keys.length > 240) return keys.map((k) => ({ period: k, count: months.get(k) }));
  const out = [];
  let [y, m] = keys[0].split('-').map(Number);
  const [y1, m1] = keys[keys.length - 1].split('-').map(Number);
  while (y < y1 || (y === y1 && m <= m1)) {
    const k = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ period: k, count: months.get(k) ?? 0 });
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

// Maps: country outlines from /api/basemap (x = lon + 180, y = 90 − lat), one dot per place.
let basemapRequest = null;
const getBasemap = () => (basemapRequest ??= api('/api/basemap'));
const isPlaced = (e) => e.place && e.place.status === 'resolved' && Number.isFinite(e.place.lat) && Number.isFinite(e.place.lon);

/** The frame around the points: padded, at least 14° × 7° so a lone city keeps its context, 2:1 like the map. */
function frame(points) {
  const xs = points.map((p) => p.x), ys = points.map((p) => p.y);
  let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const pad = Math.max(2, 0.15 * Math.max(x1 - x0, y1 - y0));
  let w = Math.max(x1 - x0 + 2 * pad, 14), h = Math.max(y1 - y0 + 2 * pad, 7);
  if (w < 2 * h) w = 2 * h; else h = w / 2;
  if (w > 340) { w = 340; h = 170; }
  const cx = Math.min(Math.max((x0 + x1) / 2, w / 2), 360 - w / 2);
  const cy = Math.min(Math.max((y0 + y1) / 2, h / 2), 180 - h / 2);
  return { x: cx - w / 2, y: cy - h / 2, w, h };
}

/**
 * A map of the entities that have a resolved place; null when none has. Entities at the same
 * spot (a country drawn at its capital, and the capital) share one dot. `labels`: how many of
 * the biggest dots get a name; a name that would cover another is left to the tooltip.
 */
async function placeMap(entities, { labels = 12 } = {}) {
  const spots = new Map();
  for (const e of entities.filter(isPlaced)) {
    const key = `${e.place.lat.toFixed(2)},${e.place.lon.toFixed(2)}`;
    const spot = spots.get(key) ?? { x: e.place.lon + 180, y: 90 - e.place.lat, members: [], mentions: 0 };
    spot.members.push(e);
    spot.mentions += e.mentions;
    spots.set(key, spot);
  }
  const placed = [...spots.values()].map((s) => ({ ...s, lead: s.members.reduce((a, b) => (b.mentions > a.mentions ? b : a)) }));
  const unplaced = entities.filter((e) => e.type === 'LOC' && e.place && !isPlaced(e));
  if (!placed.length) return null;
  const base = await getBasemap();
  const f = frame(placed);
  const unit = f.w / 100;
  const biggest = Math.max(...placed.map((p) => p.mentions));
  const byMentions = [...placed].sort((a, b) => b.mentions - a.mentions);
  const fontSize = unit * 2.4;
  const taken = byMentions.map((p) => ({ x0: p.x - unit, x1: p.x + unit, y0: p.y - unit, y1: p.y + unit }));
  const labelled = new Map(); // spot → text-anchor of its name
  const free = (b) => b.x0 >= f.x && b.x1 <= f.x + f.w && !taken.some((t) => b.x0 < t.x1 && t.x0 < b.x1 && b.y0 < t.y1 && t.y0 < b.y1);
  for (const p of byMentions.slice(0, labels)) {
    const width = p.lead.name.length * fontSize * 0.56;
    const y = { y0: p.y - fontSize * 0.5, y1: p.y + fontSize * 0.5 };
    const right = { x0: p.x + unit * 1.4, x1: p.x + unit * 1.6 + width, ...y };
    const left = { x0: p.x - unit * 1.6 - width, x1: p.x - unit * 1.4, ...y };
    const box = free(right) ? right : free(left) ? left : null;
    if (!box) continue;
    taken.push(box);
    labelled.set(p, box === right ? 'start' : 'end');
  }
  const svg = svgEl('svg', { class: 'map', viewBox: `${f.x} ${f.y} ${f.w} ${f.h}`, role: 'img', 'aria-label': `Map of ${placed.length} places` },
    svgEl('rect', { class: 'sea', x: 0, y: 0, width: 360, height: 180 }),
    base.countries.map((c) => svgEl('path', { class: 'land', d: c.d }, svgEl('title', {}, c.name))),
    [...byMentions].reverse().map((p) =>
      svgEl('a', { href: `#/entity/${encodeURIComponent(p.lead.id)}` },
        svgEl('circle', { class: 'place', cx: p.x, cy: p.y, r: unit * (0.6 + 1.2 * Math.sqrt(p.mentions / biggest)) },
          svgEl('title', {}, p.members.map((e) => `${e.name} · ${e.mentions} mention${e.mentions === 1 ? '' : 's'}`).join('\n'))),
        labelled.has(p)
          ? svgEl('text', { class: 'place-label', x: p.x + (labelled.get(p) === 'start' ? 1.6 : -1.6) * unit, y: p.y + fontSize * 0.35, 'font-size': fontSize, 'text-anchor': labelled.get(p) }, p.lead.name)
          : null)));
  return el('figure', { class: 'map-figure' }, svg,
    unplaced.length ? el('figcaption', { class: 'meta' }, `Not on the map: ${unplaced.map((e) => `${e.name} (${e.place.feature === 'region' ? `region, ${e.place.country}` : e.place.status})`).join(', ')}`) : null);
}

async function showMap() {
  const { entities } = await api('/api/entities?type=LOC&limit=1000');
  const map = await placeMap(entities, { labels: 25 });
  render(
    el('h2', {}, 'Places'),
    el('div', { class: 'meta' }, `${entities.filter(isPlaced).length} places on the map, sized by mentions; click one for its stories.`),
    map ?? el('p', { class: 'empty' }, 'No places yet.'),
  );
}

function whatsNew(n) {
  if (!n) return null;
  const parts = [];
  if (n.actors.length) parts.push(`actors ${n.actors.join(', ')}`);
  if (n.places.length) parts.push(`places ${n.places.join(', ')}`);
  if (n.figures.length) parts.push(`figures ${n.figures.join(', ')}`);
  if (n.quotes.length) parts.push(`${n.quotes.length} new quote${n.quotes.length === 1 ? '' : 's'}`);
  return parts.length ? el('p', { class: 'new' }, `New: ${parts.join('; ')}`) : null;
}

function whyLine(why) {
  const joined = why.filter((w) => w.level === 'event' && w.decision === 'joined');
  if (!joined.length) return '';
  const w = joined[0];
  const shared = [...w.sharedEntities.slice(0, 4), ...w.sharedTerms.slice(0, 3)].join(', ');
  return `Grouped: score ${w.score.toFixed(2)} > ${w.threshold.toFixed(2)}${shared ? ` · shared: ${shared}` : ''}`;
}

function highlight(text, mentions) {
  // paragraphs with entity mentions linked to their entity
  const frag = [];
  let pos = 0;
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const pieces = [];
  for (const m of sorted) {
    if (m.start < pos) continue;
    pieces.push(text.slice(pos, m.start));
    pieces.push(m.entity ? el('a', { class: `chip ${m.type}`, href: `#/entity/${encodeURIComponent(m.entity)}` }, text.slice(m.start, m.end)) : text.slice(m.start, m.end));
    pos = m.end;
  }
  pieces.push(text.slice(pos));
  let para = el('p');
  for (const p of pieces) {
    if (typeof p === 'string') {
      const parts = p.split(/\n\s*\n/);
      parts.forEach((part, i) => {
        if (i > 0) { frag.push(para); para = el('p'); }
        para.append(part);
      });
    } else para.append(p);
  }
  frag.push(para);
  return frag;
}

async function showArticle(id) {
  const a = await api(`/api/articles/${encodeURIComponent(id)}`);
  render(
    el('h2', {}, a.title),
    el('div', { class: 'meta' }, `${a.id} · ${a.lang} · ${a.date ? `${fmtDate(a.date)} (${a.date.source})` : 'undated'}${a.source ? ` · ${a.source}` : ''}`),
    a.story ? el('p', {}, el('a', { href: `#/story/${encodeURIComponent(a.story)}` }, 'Open its story')) : null,
    el('div', { class: 'article-text' }, highlight(a.text, a.entities)),
    a.quotes.length ? el('div', {}, el('h3', {}, 'Quotes'), a.quotes.map(quoteBlock)) : null,
    a.timexes.length ? el('div', {}, el('h3', {}, 'Time expressions'), el('table', {}, a.timexes.map((t) => el('tr', {}, el('td', {}, t.text), el('td', {}, t.value), el('td', {}, t.type))))) : null,
    a.credits.length ? el('p', { class: 'meta' }, `Credits removed: ${a.credits.join(' | ')}`) : null,
  );
}

async function showEntity(id) {
  const e = await api(`/api/entities/${encodeURIComponent(id)}`);
  render(
    el('h2', {}, e.name),
    el('div', { class: 'meta' }, `${e.type} · ${e.mentions} mentions${e.aliases.length ? ` · also ${e.aliases.join(', ')}` : ''}`),
    e.data?.place ? el('p', { class: 'meta' }, `Place: ${[e.data.place.country, e.data.place.lat, e.data.place.lon, e.data.place.status].filter((x) => x !== undefined).join(' · ')}`) : null,
    e.data?.place ? await placeMap([{ ...e, place: e.data.place }], { labels: 1 }) : null,
    e.timeline.length ? el('div', {}, await barChart(e.timeline.filter((t) => /^\d{4}-\d{2}/.test(t.date)).map((t) => ({ period: t.date, count: t.mentions })), 'mentions')) : null,
    e.stories.length ? el('div', {}, el('h3', {}, 'Stories'), el('ul', {}, e.stories.map((s) => el('li', {}, el('a', { href: `#/story/${encodeURIComponent(s.id)}` }, s.title), ` (${s.articles})`)))) : null,
    e.cooccurring.length ? el('div', {}, el('h3', {}, 'Appears with'), entityChips(e.cooccurring)) : null,
    e.quotes.length ? el('div', {}, el('h3', {}, 'Quotes'), e.quotes.map(quoteBlock)) : null,
  );
}

async function showEntities() {
  const { entities } = await api('/api/entities?limit=300');
  render(
    el('h2', {}, 'Entities'),
    el('table', {}, el('tr', {}, el('th', {}, 'Name'), el('th', {}, 'Type'), el('th', {}, 'Mentions')),
      entities.map((e) => el('tr', {}, el('td', {}, el('a', { href: `#/entity/${encodeURIComponent(e.id)}` }, e.name)), el('td', {}, e.type), el('td', {}, e.mentions)))),
  );
}

const FILTERS = ['lang', 'from', 'to', 'entity', 'story'];

/** Search with facets: every facet value narrows the search; active filters can be removed again. */
async function showSearch(params) {
  const q = params.get('q') || '';
  const query = new URLSearchParams({ q, limit: '50' });
  for (const k of FILTERS) if (params.get(k)) query.set(k, params.get(k));
  const { hits, facets } = await api(`/api/search?${query}`);
  const link = (changes) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) (v === null ? next.delete(k) : next.set(k, v));
    return `#/search?${next}`;
  };
  const facet = (title, items) => (items.length ? el('div', { class: 'facet' }, el('h4', {}, title), el('ul', {}, items.map(([label, count, changes]) => el('li', {}, el('a', { href: link(changes) }, label), el('span', { class: 'count' }, ` ${count}`))))) : null);
  const active = FILTERS.filter((k) => params.get(k)).map((k) => el('a', { class: 'chip active-filter', href: link({ [k]: null }), title: 'remove this filter' }, `${k}: ${params.get(k)} ✕`));
  render(
    el('h2', {}, q ? `Search: ${q}` : 'Search'),
    active.length ? el('div', { class: 'chips' }, active) : null,
    el('div', { class: 'meta' }, hits.length ? `${facets.capped ? 'more than ' : ''}${facets.total} matching article${facets.total === 1 ? '' : 's'}${facets.total > hits.length ? `, best ${hits.length} shown` : ''}` : ''),
    el('div', { class: 'search-layout' },
      hits.length
        ? el('ol', { class: 'hits' }, hits.map((h) => el('li', {}, el('a', { href: `#/article/${encodeURIComponent(h.id)}` }, h.title), el('span', { class: 'meta' }, ` ${fmtDate(h.date)} · ${h.lang}`), el('p', {}, h.snippet))))
        : el('p', { class: 'empty' }, 'No matches.'),
      hits.length
        ? el('aside', { class: 'facets', 'aria-label': 'Narrow the search' },
            facet('Language', facets.lang.map((f) => [f.value, f.count, { lang: f.value }])),
            facet('Month', facets.month.map((f) => [f.value, f.count, { from: f.value, to: f.value }])),
            facet('Story', facets.stories.map((f) => [f.title, f.count, { story: f.id }])),
            facet('Entity', facets.entities.map((f) => [`${f.name} (${f.type})`, f.count, { entity: f.id }])))
        : null),
  );
}

async function route() {
  // The query string is parsed as such: its values may hold '&', '=' or '/'.
  const [path, queryString = ''] = (location.hash.slice(1) || '/').split('?');
  const [, kind, ...rest] = decodeURIComponent(path).split('/');
  const id = rest.join('/');
  try {
    const stories = await renderStoryList(kind === 'story' ? id : null);
    if (kind === 'story') await showStory(id);
    else if (kind === 'article') await showArticle(id);
    else if (kind === 'entity') await showEntity(id);
    else if (kind === 'entities') await showEntities();
    else if (kind === 'map') await showMap();
    else if (kind === 'search') await showSearch(new URLSearchParams(queryString));
    else if (stories[0]) await showStory(stories[0].id);
    else render(el('p', { class: 'empty' }, 'Nothing here yet.'));
  } catch (err) {
    render(el('p', { class: 'empty' }, `Error: ${err.message}`));
  }
}

$('#search-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const q = $('#search-input').value.trim();
  if (q) location.hash = `#/search?q=${encodeURIComponent(q)}`;
});
window.addEventListener('hashchange', route);
route();
