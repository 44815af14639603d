/** Reads a built site: every HTML page by its URL path, scanned for ids, anchors and links. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { availableParallelism } from 'node:os';
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
 * The same as `readBuiltPages`, with the scanning (most of the time: about 6 s for 250 MB of HTML
 * at 1,000 cards) shared among worker threads, which also leaves this thread free, for Pagefind's
 * messages during the build.
 */
export async function readBuiltPagesInParallel(
	dist: string,
	threads = availableParallelism(),
): Promise<Map<string, ScannedPage>> {
	const files = htmlFiles(dist).sort();
	const workers = Math.max(1, Math.min(threads, files.length));
	const shares = Array.from({ length: workers }, (_, share) =>
		files.filter((_, index) => index % workers === share),
	);
	const scanned = await Promise.all(
		shares.map(
			(share) =>
				new Promise<ScannedPage[]>((resolve, reject) => {
					const worker = new Worker(new URL('./built-pages-worker.ts', import.meta.url), {
						workerData: { files: share },
					});
					worker.once('message', resolve);
					worker.once('error', reject);
					worker.once('exit', (code) =>
						code === 0
							? undefined
							: reject(new Error(`A page-scanning worker exited with ${code}.`)),
					);
				}),
		),
	);
	const byFile = new Map(
		shares.flatMap((share, index) =>
			share.map((file, position) => [file, scanned[index]![position]!] as const),
		),
	);
	return new Map(files.map((file) => [pagePath(dist, file), byFile.get(file)!]));
}

/** Whether a URL path names a file in the build (for links to non-page files such as /favicon.svg). */
export function builtFileExists(dist: string, urlPath: string): boolean {
	try {
		return statSync(join(dist, ...urlPath.split('/').filter(Boolean))).isFile();
	} catch {
		return false;
	}
}
