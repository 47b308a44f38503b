import { PROMOS_GONE } from './allowed-removals';
import { corpusSuite } from './recall-suite';

// jsdom is 2-3x slower: every 4th page plus the promo pages, unless CORPUS_JSDOM=all.
corpusSuite('jsdom', (ids) =>
  process.env.CORPUS_JSDOM === 'all' ? ids : ids.filter((id, i) => i % 4 === 0 || id in PROMOS_GONE),
);
