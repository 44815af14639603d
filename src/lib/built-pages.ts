/** Reads a built site: every HTML page by its URL path, scanned for ids, anchors and links. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { scanPage, type ScannedPage } from './anchor-manifest.ts';

/** `dist/cards/o3-mini/index.html` → `/cards/o3-mini/`; `dist/404.html` → `/404.html`. */
function pagePath(dist: string, file: string): string {
	const path = `/${relative(dist, file).split(sep).join('/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/** Every page of a built site (its HTML files outside the search index), as URL paths, sorted. */
export function builtPagePaths(dist: string): string[] {
	return htmlFiles(dist)
		.filter((file) => !relative(dist, file).startsWith(`pagefind${sep}`))
		.map((file) => pagePath(dist, file))
		.sort();
}

export function readBuiltPages(dist: string): Map<string, ScannedPage> {
	return new Map(
		htmlFiles(dist)
			.sort()
			.map((file) => [pagePath(dist, file), scanPage(readFileSync(file, 'utf8'))]),
	);
}

/**
 * What the build's anchor manifest needs of each page, scanned on a thread of its own. Links are
 * left out: the build does not check them (the site tests do), and at 1,000 cards they are most of
 * what a scan finds.
 *
 * Why a thread: reading the pages allocates about as much as the site weighs (250 MB at 1,000
 * cards), and on the build's own thread that garbage grew a heap that already held the whole
 * catalogue, by about 450 MB of the build's peak memory. A thread's heap holds only what it is
 * scanning, so it stays small. The build runs this while Pagefind indexes, and its messages are
 * answered meanwhile.
 */
export async function readBuiltPagesForManifest(dist: string): Promise<Map<string, ScannedPage>> {
	const files = htmlFiles(dist).sort();
	const scanned: ScannedPage[] = [];
	await new Promise<void>((resolve, reject) => {
		const worker = new Worker(new URL('./built-pages-worker.ts', import.meta.url), {
			workerData: { files },
			// The thread holds one page at a time, and the largest page is far under 1 MB: a small
			// heap is collected often instead of growing with what it has read.
			resourceLimits: { maxOldGenerationSizeMb: 128 },
		});
		// Each scan arrives as a copy: its strings are not slices of the page's text, which would
		// keep every page in memory.
		worker.on('message', (page: ScannedPage) => scanned.push(page));
		worker.once('error', reject);
		worker.once('exit', (code) =>
			code === 0 && scanned.length === files.length
				? resolve()
				: reject(
						new Error(
							`The page-scanning thread exited with ${code} after ${scanned.length} of ${files.length} pages.`,
						),
					),
		);
	});
	return new Map(files.map((file, index) => [pagePath(dist, file), scanned[index]!]));
}

/** Whether a URL path names a file in the build (for links to non-page files such as /favicon.svg). */
export function builtFileExists(dist: string, urlPath: string): boolean {
	try {
		return statSync(join(dist, ...urlPath.split('/').filter(Boolean))).isFile();
	} catch {
		return false;
	}
}
