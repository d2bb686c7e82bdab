import type { EvalModule, EvalOptions } from '../eval/types.js';


/** Loads src/eval/TASK and runs it, with progress on stderr. */
export async function runEval(task: string, opts: { gold: string; limit?: number; lang?: string }): Promise<{ result: Record<string, unknown>; text: string }> {
  const mod = (await import(`../eval/${task}.js`)) as EvalModule;
  const options: EvalOptions = { gold: opts.gold };
  if (opts.limit !== undefined) options.limit = opts.limit;
  if (opts.lang) options.lang = opts.lang;
  const result = await mod.evaluate(options, (m) => process.stderr.write(`${m}\n`));
  return { result, text: mod.format(result) };
}
