/**
 * The thread of `readBuiltPagesForManifest` (built-pages.ts): scans the pages it is given, in order,
 * and posts back what the anchor manifest needs of each as soon as it has it, links left out. Kept
 * nowhere here, the scans leave this thread's heap holding one page at a time.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { scanPage } from './anchor-manifest.ts';

const { files } = workerData as { files: string[] };
for (const file of files)
	parentPort!.postMessage({ ...scanPage(readFileSync(file, 'utf8')), links: [] });
