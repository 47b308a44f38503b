import { corpusSuite } from './recall-suite';

// Every page on happy-dom, the DOM the CLI and bench use by default.
corpusSuite('happy-dom');
