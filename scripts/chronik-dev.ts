// Runs the `chronik` command straight from the TypeScript sources (no build step), for
// development: `npx tsx scripts/chronik-dev.ts eval ner --gold …`.
import { main } from '../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
