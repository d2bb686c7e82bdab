import type { EventView, StoryView } from '../views.js';
import { formatDate, whatsNewLine } from '../terminal.js';

/** Each story as a Markdown timeline: key actors and places, then its events in order. */
export function storiesToMarkdown(stories: StoryView[]): string {
  return stories.map(storyMarkdown).join('\n\n---\n\n') + '\n';
}

function storyMarkdown(s: StoryView): string {
  const out = [`# ${inline(s.title)}`, ''];
  out.push(`*${s.first ? `${formatDate(s.first)} – ${formatDate(s.last)}` : 'undated'} · ${s.events.length} event${s.events.length === 1 ? '' : 's'} · story ${s.id}*`);
  for (const [label, type] of [['People', 'PER'], ['Organisations', 'ORG'], ['Places', 'LOC']] as const) {
    const names = s.entities.filter((e) => e.type === type).slice(0, 12).map((e) => inline(e.name));
    if (names.length) out.push('', `**${label}:** ${names.join(', ')}`);
  }
  for (const e of s.events) out.push('', ...eventMarkdown(e));
  if (s.undated.length) {
    out.push('', '## Undated articles', '');
    for (const a of s.undated) out.push(`- ${inline(a.title)} (\`${a.id}\`)`);
  }
  return out.join('\n');
}

function eventMarkdown(e: EventView): string[] {
  const out = [`## ${formatDate(e.date)} — ${inline(e.title)}`];
  if (e.summary) out.push('', inline(e.summary));
  const news = whatsNewLine(e);
  if (news) out.push('', `*New:* ${inline(news)}`);
  for (const q of e.quotes.slice(0, 3)) out.push('', `> “${inline(q.text)}”`, `> — ${inline(q.speaker ?? 'unattributed')}`);
  out.push('');
  for (const a of e.articles) out.push(`- ${inline(a.title)} (\`${a.id}\`, ${formatDate(a.date)}${a.lang ? `, ${a.lang}` : ''}${a.source ? `, ${inline(a.source)}` : ''})`);
  return out;
}

/** Text on one line with Markdown's active characters escaped, so article text cannot inject markup. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_{}[\]<>#|!])/g, '\\$1');
}
