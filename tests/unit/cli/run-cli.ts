/** Helpers to drive the CLI: in-process through main() with captured streams, or as a real child process. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../../core/node/cli';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CLI = fileURLToPath(new URL('../../../core/node/cli.ts', import.meta.url));
export const TSX = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], stdin = ''): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdin: Readable.from(stdin ? [stdin] : []),
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

export function spawnCli(argv: string[]): ChildProcessWithoutNullStreams {
  return spawn(TSX, [CLI, ...argv], { cwd: ROOT, stdio: 'pipe' });
}

export function spawnCliToEnd(argv: string[], stdin = ''): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(argv);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/** Reads a child's stdout line by line; next() resolves with the next full line. */
export function lineReader(child: ChildProcessWithoutNullStreams): { next(timeoutMs?: number): Promise<string> } {
  let buf = '';
  const lines: string[] = [];
  const waiters: ((l: string) => void)[] = [];
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    buf += d;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      const w = waiters.shift();
      if (w) w(line);
      else lines.push(line);
    }
  });
  return {
    next(timeoutMs = 60_000) {
      const ready = lines.shift();
      if (ready !== undefined) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`no line from the CLI within ${timeoutMs} ms`)), timeoutMs);
        waiters.push((l) => {
          clearTimeout(t);
          resolve(l);
        });
      });
    },
  };
}
