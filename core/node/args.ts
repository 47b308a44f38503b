/** Command-line parsing for the CLI; throws UsageError with a message a person can act on. */
import type { DomName } from './dom';

export type Format = 'json' | 'md' | 'text';

export interface CliOptions {
  command: 'analyze' | 'help';
  inputs: string[];
  url?: string;
  format: Format;
  dom: DomName;
  batch: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage:
  jernih analyze <file.html | file.html.gz | URL>... [--url PAGE_URL] [--format json|md|text] [--dom happy-dom|jsdom]
  jernih analyze --batch [--dom happy-dom|jsdom]   < JSON lines
  jernih --help

  (from the repository: npm run cli -- analyze ...)

analyze       Extract the article from each input and print it.
  --format    json (default): the Analysis object; one input prints it pretty,
              several inputs print one compact JSON object per line, in order.
              md: Markdown for reading (title, source line, text, what was removed).
              text: plain text.
  --url       The page's address, used to resolve links and for attribution.
              Default: the URL itself (after redirects) for http(s) inputs,
              file:// + the absolute path for files.
  --dom       The DOM implementation to parse with (default happy-dom).
  --batch     Read one JSON object per line from stdin:
                {"path": "page.html[.gz]", "url": "https://..."}  or
                {"html": "<html>...", "url": "https://..."}
              ("id" is echoed back; "url" is optional) and write exactly one
              compact JSON result per line, in order, as soon as it is ready.
              A bad line gives {"ok":false,"error":{"code":"bad-input",...}}.

Exit codes: 0 success; 2 no article found; 1 bad input or usage
(with several inputs: 1 if any input was bad, else 2 if any had no article).`;

const FORMATS: readonly Format[] = ['json', 'md', 'text'];
const DOMS: readonly DomName[] = ['happy-dom', 'jsdom'];

export function parseArgs(argv: readonly string[]): CliOptions {
  const opts: CliOptions = { command: 'analyze', inputs: [], format: 'json', dom: 'happy-dom', batch: false };
  let sawCommand = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '-h':
      case '--help':
        return { ...opts, command: 'help' };
      case '--url': {
        const v = value();
        try {
          new URL(v);
        } catch {
          throw new UsageError(`--url ${v} is not an absolute URL (e.g. https://example.com/news/1)`);
        }
        opts.url = v;
        break;
      }
      case '--format': {
        const v = value();
        if (!FORMATS.includes(v as Format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got ${v})`);
        opts.format = v as Format;
        break;
      }
      case '--dom': {
        const v = value();
        if (!DOMS.includes(v as DomName)) throw new UsageError(`--dom must be one of ${DOMS.join(', ')} (got ${v})`);
        opts.dom = v as DomName;
        break;
      }
      case '--batch':
        opts.batch = true;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        if (!sawCommand) {
          if (arg !== 'analyze') throw new UsageError(`unknown command ${arg} (the only command is "analyze")`);
          sawCommand = true;
        } else {
          opts.inputs.push(arg);
        }
    }
  }
  if (!sawCommand) throw new UsageError('missing command: analyze');
  if (opts.batch && opts.inputs.length) throw new UsageError('--batch reads its inputs from stdin: give no files or URLs with it');
  if (opts.batch && opts.format !== 'json') throw new UsageError('--batch writes JSON lines only: drop --format');
  if (opts.batch && opts.url) throw new UsageError('--batch takes each page URL from its input line: drop --url');
  if (!opts.batch && opts.inputs.length === 0) throw new UsageError('analyze needs at least one file or URL (or --batch)');
  return opts;
}
