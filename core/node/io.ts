/** The CLI's standard streams, injectable so tests can drive main() in-process. */
import type { Readable } from 'node:stream';

export interface CliIo {
  stdin: Readable;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

export function processIo(): CliIo {
  // A reader that closed the pipe early (e.g. `| head`) is not an error of ours.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}
