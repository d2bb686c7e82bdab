import type { EventView, StoryView } from '../views.js';
import { formatDate, whatsNewLine } from '../terminal.js';

/** A self-contained HTML page (no scripts, no external files) with each story as a timeline. */
export function storiesToHtml(stories: StoryView[], title = 'Chronik stories'): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
body { font: 16px/1.55 system-ui, sans-serif; color: #1d232a; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1 { margin-bottom: .2rem; } .meta { color: #5f6b76; font-size: .9rem; }
ol.timeline { list-style: none; padding: 0 0 0 1.2rem; border-left: 3px solid #dde3e8; }
ol.timeline > li { margin-bottom: 1.4rem; } .date { font-weight: 600; color: #1a5fb4; }
blockquote { margin: .4rem 0; padding: .1rem .8rem; border-left: 3px solid #dde3e8; }
.new { color: #2d6a2d; } article + article { border-top: 1px solid #dde3e8; margin-top: 2.5rem; padding-top: 1rem; }
</style>
</head>
<body>
${stories.map(storyHtml).join('\n')}
</body>
</html>
`;
}

function storyHtml(s: StoryView): string {
  const span = s.first ? `${formatDate(s.first)} – ${formatDate(s.last)}` : 'undated';
  const groups = ([['People', 'PER'], ['Organisations', 'ORG'], ['Places', 'LOC']] as const)
    .map(([label, type]) => [label, s.entities.filter((e) => e.type === type).slice(0, 12).map((e) => e.name)] as const)
    .filter(([, names]) => names.length)
    .map(([label, names]) => `<p><strong>${label}:</strong> ${esc(names.join(', '))}</p>`);
  return `<article id="${esc(s.id)}">
<h1>${esc(s.title)}</h1>
<p class="meta">${esc(span)} · ${s.events.length} event${s.events.length === 1 ? '' : 's'} · story ${esc(s.id)}</p>
${groups.join('\n')}
<ol class="timeline">
${s.events.map(eventHtml).join('\n')}
</ol>
${s.undated.length ? `<h2>Undated articles</h2>\n<ul>${s.undated.map((a) => `<li>${esc(a.title)} <span class="meta">${esc(a.id)}</span></li>`).join('')}</ul>` : ''}
</article>`;
}

function eventHtml(e: EventView): string {
  const news = whatsNewLine(e);
  return `<li id="${esc(e.id)}">
<div class="date">${esc(formatDate(e.date))}</div>
<h2>${esc(e.title)}</h2>
${e.summary ? `<p>${esc(e.summary)}</p>` : ''}
${news ? `<p class="new">New: ${esc(news)}</p>` : ''}
${e.quotes.slice(0, 3).map((q) => `<blockquote>“${esc(q.text)}”<br><span class="meta">— ${esc(q.speaker ?? 'unattributed')}</span></blockquote>`).join('\n')}
<ul>${e.articles.map((a) => `<li>${esc(a.title)} <span class="meta">${esc(a.id)} · ${esc(formatDate(a.date))}${a.lang ? ` · ${esc(a.lang)}` : ''}</span></li>`).join('')}</ul>
</li>`;
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
