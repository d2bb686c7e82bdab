import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { analyze } from '../src/pipeline.js';
import { prepareArticle } from '../src/ingest/prepare.js';
import { readInputs } from '../src/ingest/read.js';
import { InputError } from '../src/ingest/errors.js';
import { packageRoot } from '../src/paths.js';
import { inArrivalOrder } from '../src/eval/cluster.js';
import type { Doc } from '../src/types.js';

test("each event's new actors and places are entities its story's earlier events did not name, each listed once; key entities lead with people, organisations and places", async () => {
  const docs: { doc: Doc }[] = [];
  for await (const raw of readInputs([join(packageRoot(), 'examples', 'articles')])) {
    if (raw instanceof InputError) continue;
    const p = prepareArticle(raw);
    if (!(p instanceof InputError)) docs.push({ doc: analyze(p.article) });
  }
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'chronik-new-')), 'n.db'));
  for (const { doc } of inArrivalOrder(docs)) await store.addDoc(doc);

  let checked = 0;
  for (const summary of await store.listStories()) {
    const story = (await store.getStory(summary.id))!;
    // the key entities: people, organisations and places before other names (`Euro`)
    const types = story.entities.map((e) => e.type);
    assert.ok(types.every((t, k) => t !== 'MISC' || types.slice(k).every((u) => u === 'MISC')), `${story.id}: ${types.join(' ')}`);
    assert.deepEqual(summary.entities, story.entities.slice(0, summary.entities.length).map((e) => e.name));
    const earlier = new Set<string>();
    for (const [i, event] of story.events.entries()) {
      // the canonical entities of this event's articles, by mention text and by canonical name
      const mentions = (await Promise.all(event.articles.map((a) => store.getArticle(a.id)))).flatMap((a) => a!.entities);
      const ids = new Set(mentions.map((m) => m.entity).filter((x): x is string => x !== null));
      const byName = new Map<string, Set<string>>();
      const note = (name: string, id: string) => byName.set(name, (byName.get(name) ?? new Set()).add(id));
      for (const m of mentions) if (m.entity) note(m.text, m.entity);
      for (const id of ids) note((await store.getEntity(id))!.name, id);
      if (i > 0) {
        const listed = [...event.whatsNew.actors, ...event.whatsNew.places];
        assert.ok(listed.every((n) => byName.has(n)), `${event.id}: ${listed.join(', ')}`);
        for (const n of listed) assert.ok([...byName.get(n)!].every((id) => !earlier.has(id)), `${event.id}: ${n} (${[...byName.get(n)!].join(', ')}) named before`);
        // two names for one entity (`Brüssel`, `BRUSSELS`) are one new place, not two
        const names = [...new Set(listed)];
        for (const [k, a] of names.entries()) for (const b of names.slice(k + 1)) {
          assert.ok([...byName.get(a)!].every((id) => !byName.get(b)!.has(id)), `${event.id}: ${a} and ${b} are one entity`);
        }
        checked += listed.length;
      }
      for (const id of ids) earlier.add(id);
    }
  }
  assert.ok(checked >= 10, `only ${checked} new actors and places in the example corpus`);
  await store.close();
});
