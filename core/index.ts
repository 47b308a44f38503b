export { analyze, type AnalyzeOptions } from './analyze';
export { sanitizeToFragment, sanitizeToHtml } from './sanitize';
export type * from './types';
