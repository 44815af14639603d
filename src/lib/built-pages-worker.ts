/**
 * A worker thread of `readBuiltPagesInParallel` (built-pages.ts): scans its share of the built
 * pages and posts them back in the order it was given them.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { scanPage } from './anchor-manifest.ts';

const { files } = workerData as { files: string[] };
parentPort!.postMessage(files.map((file) => scanPage(readFileSync(file, 'utf8'))));
