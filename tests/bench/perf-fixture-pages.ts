/** The repository's own fixture pages (articles and non-articles) as server routes, for the Chromium parts of bench:perf. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/browser';

export function fixtureRoutes(): Record<string, string> {
  const routes: Record<string, string> = {};
  const cases = join(ROOT, 'tests/fixtures/cases');
  for (const name of readdirSync(cases).sort()) routes[`/a/${name}.html`] = readFileSync(join(cases, name, 'page.html'), 'utf8');
  const other = join(ROOT, 'tests/fixtures/non-articles');
  for (const file of readdirSync(other).filter((f) => f.endsWith('.html')).sort()) routes[`/n/${file}`] = readFileSync(join(other, file), 'utf8');
  return routes;
}
