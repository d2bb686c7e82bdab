/** Readable terminal output for each view. Plain text; bold/dim only when writing to a terminal. */
import type {
  ArticleView, DateView, EntityDetail, EntityView, EventView, IngestResult, PairView, QuoteView, SearchHit, StorySummary, StoryView,
} from './views.js';
import type { Reason } from '../types.js';
import type { SearchFacets } from '../store/store.js';

const tty = process.stdout.isTTY === true;
const bold = (s: string) => (tty ? `\x1b[1m${s}\x1b[22m` : s);
const dim = (s: string) => (tty ? `\x1b[2m${s}\x1b[22m` : s);

export function formatDate(d: DateView | null): string {
  if (!d) return 'undated';
  return d.estimated ? `~${d.value}` : d.value;
}

function wrap(text: string, width = 88, indent = ''): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && (indent + line + ' ' + w).length > width) {
      lines.push(indent + line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

export function renderIngest(r: IngestResult): string {
  const out = [`${r.ingested} ingested, ${r.duplicates} duplicate${r.duplicates === 1 ? '' : 's'}, ${r.failed.length} failed`];
  for (const f of r.failed) out.push(`  failed: ${f.input}: ${f.error}`);
  return out.join('\n');
}

export function renderStories(stories: StorySummary[]): string {
  if (!stories.length) return 'No stories yet. Ingest articles with `chronik ingest PATH`.';
  return stories
    .map((s) => {
      const span = s.first ? `${formatDate(s.first)} – ${formatDate(s.last)}` : 'undated';
      return `${bold(s.id.padEnd(6))} ${bold(s.title)}\n       ${span} · ${s.events} event${s.events === 1 ? '' : 's'}, ${s.articles} article${s.articles === 1 ? '' : 's'}` +
        (s.entities.length ? `\n       ${dim(s.entities.join(', '))}` : '');
    })
    .join('\n\n');
}

export function renderStory(s: StoryView): string {
  const out = [bold(`${s.title}  [${s.id}]`)];
  out.push(`${s.first ? `${formatDate(s.first)} – ${formatDate(s.last)}` : 'undated'} · ${s.events.length} events`);
  if (s.entities.length) {
    const by = (t: string) => s.entities.filter((e) => e.type === t).map((e) => e.name);
    for (const [label, type] of [['People', 'PER'], ['Organisations', 'ORG'], ['Places', 'LOC']] as const) {
      const names = by(type);
      if (names.length) out.push(wrap(`${label}: ${names.slice(0, 12).join(', ')}`, 88));
    }
  }
  for (const e of s.events) out.push('', renderEventBlock(e));
  if (s.undated.length) {
    out.push('', bold('Undated articles'));
    for (const a of s.undated) out.push(`  ${a.id}  ${a.title}`);
  }
  return out.join('\n');
}

export function whatsNewLine(e: EventView): string {
  const n = e.whatsNew;
  const parts: string[] = [];
  if (n.actors.length) parts.push(`actors ${n.actors.join(', ')}`);
  if (n.places.length) parts.push(`places ${n.places.join(', ')}`);
  if (n.figures.length) parts.push(`figures ${n.figures.join(', ')}`);
  if (n.quotes.length) parts.push(`${n.quotes.length} new quote${n.quotes.length === 1 ? '' : 's'}`);
  return parts.join('; ');
}

function renderEventBlock(e: EventView): string {
  const out = [`${bold(formatDate(e.date).padEnd(11))} ${bold(e.title)}  ${dim(`[${e.id}]`)}`];
  if (e.summary) out.push(wrap(e.summary, 88, '            '));
  const news = whatsNewLine(e);
  if (news) out.push(wrap(`New: ${news}`, 88, '            '));
  for (const q of e.quotes.slice(0, 3)) out.push(wrap(`“${clip(q.text, 160)}” — ${q.speaker ?? 'unattributed'}`, 88, '            '));
  for (const a of e.articles) out.push(dim(`            · ${a.id} (${formatDate(a.date)}${a.lang ? `, ${a.lang}` : ''}) ${a.title}`));
  return out.join('\n');
}

export function renderEvent(e: EventView): string {
  const out = [renderEventBlock(e), '', 'Why:'];
  for (const w of e.why) out.push(`  ${w.article} (${w.level}): ${renderReason(w)}`);
  return out.join('\n');
}

export function renderReason(r: Reason): string {
  const parts = [`${r.decision}`, `score ${r.score.toFixed(3)} vs threshold ${r.threshold.toFixed(3)}`];
  if (r.target) parts.push(`with ${r.target}`);
  if (r.gapDays !== null) parts.push(`${r.gapDays} day${r.gapDays === 1 ? '' : 's'} apart`);
  if (r.sharedEntities.length) parts.push(`entities: ${r.sharedEntities.slice(0, 6).join(', ')}`);
  if (r.sharedTerms.length) parts.push(`terms: ${r.sharedTerms.slice(0, 6).join(', ')}`);
  if (r.note) parts.push(r.note);
  return parts.join('; ');
}

/**
 * Each entity an article names, once, in order of first mention: under the form the article uses
 * most, where forms tie the one that is not a possessive of another (`Brackley Freight`, not
 * `Brackley Freight's`).
 */
export function articleEntityNames(mentions: ArticleView['entities']): string[] {
  const byEntity = new Map<string, { type: string; forms: Map<string, number> }>();
  for (const m of mentions) {
    const key = m.entity ?? `${m.type}:${m.text}`;
    const e = byEntity.get(key) ?? { type: m.type, forms: new Map<string, number>() };
    e.forms.set(m.text, (e.forms.get(m.text) ?? 0) + 1);
    byEntity.set(key, e);
  }
  return [...byEntity.values()].map(({ type, forms }) => {
    const possessive = (f: string) => [...forms.keys()].some((g) => g !== f && (f === `${g}'s` || f === `${g}’s` || f === `${g}'` || f === `${g}’`));
    let best = '';
    for (const [f, n] of forms) {
      const b = forms.get(best) ?? 0;
      if (!best || n > b || (n === b && possessive(best) && !possessive(f))) best = f;
    }
    return `${best} (${type})`;
  });
}

export function renderArticle(a: ArticleView): string {
  const out = [bold(a.title), `${a.id} · ${a.lang} · ${a.date ? `${formatDate(a.date)} (${a.date.source})` : 'undated'}${a.source ? ` · ${a.source}` : ''}`];
  if (a.story) out.push(`story ${a.story} · event ${a.event}`);
  out.push('', a.text.split('\n').map((p) => (p.trim() ? wrap(p, 88) : '')).join('\n'));
  const names = articleEntityNames(a.entities);
  if (names.length) out.push('', bold('Entities'), wrap(names.join(', '), 88, '  '));
  if (a.timexes.length) out.push('', bold('Time expressions'), ...a.timexes.map((t) => `  ${t.text} → ${t.value} (${t.type})`));
  if (a.quotes.length) out.push('', bold('Quotes'), ...a.quotes.map((q) => wrap(`“${clip(q.text, 200)}” — ${q.speaker ?? 'unattributed'}${q.cue ? ` (${q.cue})` : ''}`, 88, '  ')));
  if (a.credits.length) out.push('', dim(`Credits removed: ${a.credits.join(' | ')}`));
  if (a.why.length) out.push('', bold('Why here'), ...a.why.map((w) => `  ${w.level}: ${renderReason(w)}`));
  return out.join('\n');
}

export function renderSearch(hits: SearchHit[], facets?: SearchFacets): string {
  if (!hits.length) return 'No matches.';
  const out = hits.map((h) => `${bold(h.title)}  ${dim(`[${h.id}, ${formatDate(h.date)}, ${h.lang}, score ${h.score}]`)}\n${wrap(h.snippet, 88, '  ')}`);
  if (facets && facets.total > hits.length) {
    const counts = (list: { count: number }[], label: (x: never) => string) => list.map((x) => `${label(x as never)} ${x.count}`).join(', ');
    const lines = [`${facets.capped ? 'More than ' : ''}${facets.total} matching articles`];
    if (facets.lang.length) lines.push(`  languages: ${counts(facets.lang, (x: { value: string }) => x.value)}`);
    if (facets.stories.length) lines.push(wrap(`stories: ${counts(facets.stories.slice(0, 5), (x: { id: string }) => x.id)}`, 88, '  '));
    if (facets.entities.length) lines.push(wrap(`entities: ${counts(facets.entities.slice(0, 8), (x: { name: string }) => x.name)}`, 88, '  '));
    out.push(dim(lines.join('\n')));
  }
  return out.join('\n\n');
}

export function renderEntities(list: EntityView[]): string {
  if (!list.length) return 'No entities.';
  return list.map((e) => `${e.id.padEnd(7)} ${e.type.padEnd(4)} ${String(e.mentions).padStart(4)}  ${e.name}${e.aliases.length ? dim(`  (${e.aliases.filter((a) => a !== e.name).slice(0, 5).join(', ')})`) : ''}`).join('\n');
}

export function renderEntity(e: EntityDetail): string {
  const out = [bold(`${e.name}  [${e.id}, ${e.type}]`), `${e.mentions} mentions${e.aliases.length ? ` · also: ${e.aliases.join(', ')}` : ''}`];
  const place = e.data.place as { lat?: number; lon?: number; country?: string; status?: string } | undefined;
  if (place) out.push(`place: ${place.status ?? ''}${place.country ? ` · ${place.country}` : ''}${place.lat !== undefined ? ` · ${place.lat}, ${place.lon}` : ''}`);
  if (e.timeline.length) out.push('', bold('Mentions over time'), ...e.timeline.map((t) => `  ${t.date}  ${'■'.repeat(Math.min(40, t.mentions))} ${t.mentions}`));
  if (e.stories.length) out.push('', bold('Stories'), ...e.stories.map((s) => `  ${s.id}  ${s.title} (${s.articles})`));
  if (e.cooccurring.length) out.push('', bold('Appears with'), wrap(e.cooccurring.map((c) => `${c.name} (${c.articles})`).join(', '), 88, '  '));
  if (e.quotes.length) out.push('', bold('Quotes'), ...e.quotes.map((q) => wrap(`“${clip(q.text, 200)}” [${q.article}]`, 88, '  ')));
  return out.join('\n');
}

export function renderQuotes(list: QuoteView[]): string {
  if (!list.length) return 'No quotes.';
  return list.map((q) => wrap(`“${clip(q.text, 240)}” — ${q.speaker ?? 'unattributed'} ${dim(`[${q.article}, ${q.form}]`)}`, 88)).join('\n');
}

export function renderWhy(p: PairView): string {
  const rel = p.sameEvent ? 'the same event' : p.sameStory ? 'the same story, different events' : 'different stories';
  return [
    `${bold(p.a.id)} ${p.a.title} (${formatDate(p.a.date)}) → event ${p.a.event}, story ${p.a.story}`,
    `${bold(p.b.id)} ${p.b.title} (${formatDate(p.b.date)}) → event ${p.b.event}, story ${p.b.story}`,
    `Stored as: ${rel}.`,
    `Pair: ${renderReason(p.reason)}`,
  ].join('\n');
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}
