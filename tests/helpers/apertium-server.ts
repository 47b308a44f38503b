/**
 * A real Apertium APy (Debian's apertium-apy with the eng-spa and ind-zlm
 * pairs) for the translation tests and the benchmark, on 127.0.0.1. APy has
 * no bind-address option and listens on every interface, so a small Python
 * wrapper makes Tornado bind to 127.0.0.1 and reports the port it got (port
 * 0: the OS picks a free one). Missing packages are an error with the fix in
 * its message: these tests fail, never skip.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

const PYTHON = '/usr/bin/python3';
const LANG_NAMES = '/usr/share/apertium-apy/langNames.db';
const MODES = '/usr/share/apertium/modes';
const REQUIRED_MODES = ['eng-spa', 'ind-zlm'];
export const APERTIUM_INSTALL = 'apt-get install -y --no-install-recommends apertium-apy apertium-eng-spa apertium-ind-zlm';

// Tornado's bind() forced to loopback; the port actually bound is printed for the test to read.
const WRAPPER = `
import sys, runpy, tornado.tcpserver as t
_bind = t.TCPServer.bind
def bind(self, port, address=None, *a, **k):
    _bind(self, port, '127.0.0.1', *a, **k)
    for s in list(getattr(self, '_pending_sockets', [])) + list(getattr(self, '_sockets', {}).values()):
        print('JERNIH_APY_PORT', s.getsockname()[1], flush=True)
        break
t.TCPServer.bind = bind
sys.argv = ['apertium-apy'] + sys.argv[1:]
runpy.run_module('apertium_apy.apy', run_name='__main__')
`;

export interface ApertiumServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

function missing(): string[] {
  const paths = [PYTHON, LANG_NAMES, ...REQUIRED_MODES.map((m) => `${MODES}/${m}.mode`)];
  return paths.filter((p) => !existsSync(p));
}

async function waitReady(url: string, child: ChildProcess, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Apertium APy exited with code ${child.exitCode} before it was ready.`);
    try {
      const res = await fetch(`${url}/listPairs`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Apertium APy did not answer ${url}/listPairs in time.`);
}

/** Starts APy; `port` 0 (the default) takes a free one. Resolves once /listPairs answers. */
export async function startApertium(port = 0): Promise<ApertiumServer> {
  const absent = missing();
  if (absent.length > 0) {
    throw new Error(`Apertium APy is not installed (missing ${absent.join(', ')}). Install it: ${APERTIUM_INSTALL}`);
  }
  const child = spawn(PYTHON, ['-c', WRAPPER, '-p', String(port), '-l', LANG_NAMES, MODES], {
    env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  });
  const started = new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Apertium APy did not start within 20 s.\n${log}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /JERNIH_APY_PORT (\d+)/u.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Apertium APy exited with code ${code}.\n${log}`));
    });
  });
  let bound: number;
  let url: string;
  try {
    bound = await started;
    url = `http://127.0.0.1:${bound}`;
    await waitReady(url, child, Date.now() + 20_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    port: bound,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    }),
  };
}

/** What APy itself answers for a text, asked directly (trimmed, as the page shows it): the expected value of a translation shown in the browser. */
export async function apertiumTranslate(url: string, text: string, langpair: string, format: 'txt' | 'html' = 'txt'): Promise<string> {
  const body = new URLSearchParams({ langpair, q: text, markUnknown: 'no', format });
  const res = await fetch(`${url}/translate`, { method: 'POST', body });
  const json = (await res.json()) as { responseData?: { translatedText?: string } };
  const translated = json.responseData?.translatedText;
  if (typeof translated !== 'string') throw new Error(`APy gave no translation: ${JSON.stringify(json)}`);
  return translated.trim();
}

/**
 * Asks once per installed pair, so APy starts its pipelines: the first request for a pair spawns them, which on a
 * loaded machine takes seconds; a reader's long-running server has them up already.
 */
export async function warmUp(url: string): Promise<void> {
  await apertiumTranslate(url, 'The road.', 'eng|spa');
  await apertiumTranslate(url, 'Jalan itu.', 'ind|zlm');
}
