/** Exact-span micro and per-type precision/recall/F1 for NER. */
import { prf } from '../../eval/types.js';

export interface TypedSpan {
  start: number;
  end: number;
  type: string;
}

export class SpanScorer {
  private readonly counts = new Map<string, { tp: number; gold: number; predicted: number }>();

  private bucket(type: string) {
    let b = this.counts.get(type);
    if (!b) this.counts.set(type, (b = { tp: 0, gold: 0, predicted: 0 }));
    return b;
  }

  /** Adds one unit (sentence or document) of gold and predicted spans. */
  add(gold: TypedSpan[], predicted: TypedSpan[]): void {
    const key = (s: TypedSpan) => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(gold.map(key));
    for (const g of gold) this.bucket(g.type).gold++;
    for (const p of predicted) {
      const b = this.bucket(p.type);
      b.predicted++;
      if (goldKeys.has(key(p))) {
        b.tp++;
        goldKeys.delete(key(p));
      }
    }
  }

  totals(): { tp: number; gold: number; predicted: number } {
    let tp = 0, gold = 0, predicted = 0;
    for (const b of this.counts.values()) {
      tp += b.tp;
      gold += b.gold;
      predicted += b.predicted;
    }
    return { tp, gold, predicted };
  }

  micro(): { precision: number; recall: number; f1: number } {
    const t = this.totals();
    return prf(t.tp, t.predicted, t.gold);
  }

  perType(): Record<string, { precision: number; recall: number; f1: number; gold: number; predicted: number }> {
    const out: Record<string, { precision: number; recall: number; f1: number; gold: number; predicted: number }> = {};
    for (const type of [...this.counts.keys()].sort()) {
      const b = this.counts.get(type)!;
      out[type] = { ...prf(b.tp, b.predicted, b.gold), gold: b.gold, predicted: b.predicted };
    }
    return out;
  }
}
