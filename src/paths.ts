import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/** The folder holding Chronik's package.json (works from src/ under tsx and from dist/). */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'models'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('Chronik package root not found');
    dir = up;
  }
  return (root = dir);
}

/** A file shipped in the package's models/ folder. */
export function modelPath(name: string): string {
  return join(packageRoot(), 'models', name);
}

/**
 * The shared gold data and seeds (`../shared` beside the repository, or CHRONIK_SHARED).
 * Returns null when absent, so tests and evals can skip with a reason.
 */
export function sharedDir(): string | null {
  const dir = process.env.CHRONIK_SHARED ?? resolve(packageRoot(), '..', 'shared');
  return existsSync(dir) ? dir : null;
}

export function sharedPath(...parts: string[]): string | null {
  const dir = sharedDir();
  if (!dir) return null;
  const p = join(dir, ...parts);
  return existsSync(p) ? p : null;
}
