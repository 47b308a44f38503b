export { summarize } from './summarize';
export { summarizeWithBuiltIn, type SummarizerApiLike } from './built-in';
