/**
 * Every `chronik eval TASK` lives in src/eval/TASK.ts and exports
 *   evaluate(options, progress) → the JSON document of ../shared/spec/eval.md
 *   format(result) → the same, readable in a terminal.
 */
export interface EvalOptions {
  /** Path given with --gold: a file or folder in the task's gold format. */
  gold: string;
  /** Optional cap on documents/sentences, for quick runs. */
  limit?: number;
  /** Optional language hint where the gold format does not say. */
  lang?: string;
}

export type Progress = (message: string) => void;

export interface EvalModule {
  evaluate(options: EvalOptions, progress: Progress): Promise<Record<string, unknown>>;
  format(result: Record<string, unknown>): string;
}

/** Precision/recall/F1 from counts; 0 where undefined. */
export function prf(tp: number, predicted: number, gold: number): { precision: number; recall: number; f1: number } {
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
