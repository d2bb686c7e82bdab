import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { allowedTransitions, viterbi } from '../src/extract/entities/model.js';
import { CharClassifier, CharCounts } from '../src/extract/entities/char-classes.js';
import { modelPath } from '../src/paths.js';

/** Viterbi over every tag pair (no skipping), ties to the lowest previous tag: the reference. */
function denseViterbi(em: Float32Array, n: number, T: number, trans: Float32Array, allowed: Uint8Array): number[] {
  const tr = Array.from(trans, (v, i) => (allowed[i] ? v : -Infinity));
  const score: number[][] = [];
  const back: number[][] = [];
  score.push(Array.from({ length: T }, (_, c) => em[c]! + tr[T * T + c]!));
  for (let i = 1; i < n; i++) {
    const row: number[] = [];
    const bp: number[] = [];
    for (let c = 0; c < T; c++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        const v = score[i - 1]![p]! + tr[p * T + c]!;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      row.push(best + em[i * T + c]!);
      bp.push(arg);
    }
    score.push(row);
    back.push(bp);
  }
  const last = score[n - 1]!;
  let arg = 0;
  for (let c = 1; c < T; c++) if (last[c]! > last[arg]!) arg = c;
  const path = [arg];
  for (let i = n - 1; i > 0; i--) path.unshift(back[i - 1]![path[0]!]!);
  return path;
}

test('Viterbi that skips forbidden tag pairs finds the same path as the dense one, ties included', () => {
  const tags = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'];
  const T = tags.length;
  const allowed = allowedTransitions(tags);
  let seed = 7;
  // small integers: many exact ties, which must break the same way
  const rand = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 7) - 3;
  for (let run = 0; run < 300; run++) {
    const n = 1 + (run % 12);
    const em = Float32Array.from({ length: n * T }, rand);
    const trans = Float32Array.from({ length: (T + 1) * T }, rand);
    assert.deepEqual(Array.from(viterbi(em, n, T, trans, allowed)), denseViterbi(em, n, T, trans, allowed), `run ${run}`);
  }
});

/** The n-grams of saved classifier text (one `n-gram<TAB>counts` line each). */
function savedGrams(clf: CharClassifier): Set<string> {
  return new Set(clf.save().text.split('\n').filter(Boolean).map((line) => line.slice(0, line.indexOf('\t'))));
}

function missingPrefixes(grams: Set<string>): string[] {
  return [...grams].filter((g) => g.length > 2 && !grams.has(g.slice(0, -1)));
}

test('kept character n-grams are prefix-closed, so unseen prefixes end the lookups from a letter', () => {
  // `classify` stops looking up longer n-grams once one is unseen; exact only if this holds
  const counts = new CharCounts();
  for (const w of ['kowalski', 'nowakowski', 'kowal', 'reutlingen', 'tübingen', 'göttingen', 'bank']) counts.add(w, 1, 1);
  counts.add('kowalski', 2, 1);
  for (const min of [1, 2, 3]) {
    const grams = savedGrams(CharClassifier.fromCounts(counts, min));
    assert.ok(grams.size > 0);
    assert.deepEqual(missingPrefixes(grams), [], `min count ${min}`);
  }
});

test('the shipped German model\'s n-gram table is prefix-closed', async (t) => {
  const path = modelPath('ner-de.json.gz');
  if (!existsSync(path)) return t.skip('models/ner-de.json.gz not present');
  const { taggerModel } = await import('../src/extract/entities/tagger.js');
  const model = taggerModel('de');
  assert.ok(model);
  const grams = savedGrams(model.resources.charClasses);
  assert.ok(grams.size > 1000);
  assert.deepEqual(missingPrefixes(grams).slice(0, 5), []);
});
