import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the built `chronik` command (bin/chronik.js) as a user would. */
export function chronik(args: string[], options: { input?: string; env?: Record<string, string> } = {}): CliResult {
  const res = spawnSync(process.execPath, [join(packageRoot(), 'bin', 'chronik.js'), ...args], {
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: res.status ?? -1, stdout: res.stdout, stderr: res.stderr };
}

/** Runs `chronik … --json` and parses stdout. */
export function chronikJson<T = any>(args: string[], options: { input?: string; env?: Record<string, string> } = {}): { status: number; json: T; stderr: string } {
  const r = chronik([...args, '--json'], options);
  let json: T;
  try {
    json = JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(`not JSON (status ${r.status}): ${r.stdout.slice(0, 500)}\n${r.stderr.slice(0, 2000)}`);
  }
  return { status: r.status, json, stderr: r.stderr };
}
