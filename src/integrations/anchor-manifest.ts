/**
 * Writes /anchors.json after the build: every page with its anchors and their labels, and the old
 * URLs that forward to new ones. A duplicate id, or a "#" link whose target is missing, fails the
 * build: a page with either would break links people make from it.
 */
import type { AstroIntegrationLogger } from 'astro';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentRoot } from '../lib/content-root.ts';
import { anchorProblems, buildManifest } from '../lib/anchor-manifest.ts';
import { readBuiltPagesForManifest } from '../lib/built-pages.ts';
import { elapsed } from './elapsed.ts';

const MANIFEST_FILE = 'anchors.json';

/**
 * Checks the built pages' anchors and writes the manifest. It reads only the HTML pages, so it runs
 * while Pagefind indexes them (see astro.config.mjs).
 */
export async function writeAnchorManifest(
	dist: string,
	logger: AstroIntegrationLogger,
): Promise<void> {
	const started = performance.now();
	const pages = await readBuiltPagesForManifest(dist);
	const content = relative(process.cwd(), contentRoot()).replace(/\\/g, '/') || '.';
	const problems = [...pages].flatMap(([path, page]) => anchorProblems(path, page, content));
	if (pages.size === 0) throw new Error('The build wrote no pages; nothing is published.');
	if (problems.length > 0)
		throw new Error(
			`Anchor problems in the built pages:\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
		);
	const manifest = buildManifest(pages);
	writeFileSync(join(dist, MANIFEST_FILE), `${JSON.stringify(manifest, null, '\t')}\n`);
	const anchors = Object.values(manifest.pages).reduce((sum, page) => sum + page.anchors.length, 0);
	logger.info(
		`/${MANIFEST_FILE}: ${Object.keys(manifest.pages).length} pages, ${anchors} anchors, ${Object.keys(manifest.redirects).length} redirects, in ${elapsed(started)}.`,
	);
}
