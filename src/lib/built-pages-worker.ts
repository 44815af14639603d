/**
 * The thread of `readBuiltPagesForManifest` (built-pages.ts): scans the pages it is given, in order,
 * and posts back what the anchor manifest needs of each, links left out.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { scanPage } from './anchor-manifest.ts';

const { files } = workerData as { files: string[] };
parentPort!.postMessage(
	// Each page's scan is copied as soon as it is made: the ids and labels it finds are slices of
	// the page's text, and a slice keeps its whole page in memory (V8 shares the characters), so
	// the scans together would hold every page until the last was read.
	files.map((file) => structuredClone({ ...scanPage(readFileSync(file, 'utf8')), links: [] })),
);
