import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../src/text/tokenize.js';
import { figures } from '../src/connect/numbers.js';

const figuresOf = (text: string) => figures(tokenize(text), text);

test('figures: amounts in German and English notation, scores and clock times as written, no single digits', () => {
  assert.deepEqual(
    figuresOf('Die Handballer gewannen 31:29 vor 12.500 Zuschauern, Anpfiff 15:30 Uhr; im Hinspiel 1:0, 3 Tore, 400 000 Menschen, 2,5 Millionen Euro.'),
    ['31:29', '12500', '15:30', '400000', '2500000'],
  );
  assert.deepEqual(figuresOf('About 12,500 people, 3.5 percent.'), ['12500', '3.5']);
});
