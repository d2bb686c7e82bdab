/** The tasks of `chronik eval`, each a module in src/eval/. */
export const EVAL_TASKS = ['ner', 'timex', 'quotes', 'cluster', 'similarity'];
