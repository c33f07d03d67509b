// Worker entry when the CLI runs through tsx instead of its bundle: a worker thread does not inherit
// the parent's TypeScript loader, so this plain-JavaScript module compiles the real entry itself.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.module, import.meta.url);
