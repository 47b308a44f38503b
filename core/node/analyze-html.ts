/** Run the core on an HTML string under Node: parse (scripts never run), analyze, free the DOM. */
import { analyze } from '../analyze';
import type { Analysis } from '../types';
import { parseHtml, type DomName } from './dom';

export async function analyzeHtml(html: string, url: string, dom: DomName = 'happy-dom'): Promise<Analysis> {
  const page = await parseHtml(html, url, dom);
  try {
    return analyze(page.document, url, { window: page.window as unknown as Window });
  } finally {
    await page.close();
  }
}
