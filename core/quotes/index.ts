export { extractQuotes } from './extract';
