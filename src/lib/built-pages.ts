/** Reads a built site: every HTML page by its URL path, scanned for ids, anchors and links. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
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
 * What the build's anchor manifest needs of each page, read one file at a time without holding up
 * this thread: the build runs it while Pagefind indexes, and Pagefind's messages are answered
 * between files. Links are left out: the build does not check them (the site tests do), and at
 * 1,000 cards they are most of what a scan finds.
 */
export async function readBuiltPagesForManifest(dist: string): Promise<Map<string, ScannedPage>> {
	const pages = new Map<string, ScannedPage>();
	for (const file of htmlFiles(dist).sort())
		pages.set(pagePath(dist, file), {
			...scanPage(await readFile(file, 'utf8')),
			links: [],
		});
	return pages;
}

/** Whether a URL path names a file in the build (for links to non-page files such as /favicon.svg). */
export function builtFileExists(dist: string, urlPath: string): boolean {
	try {
		return statSync(join(dist, ...urlPath.split('/').filter(Boolean))).isFile();
	} catch {
		return false;
	}
}
