/**
 * Many small files from one endpoint. Astro renders every endpoint through its page pipeline, which
 * costs about a millisecond a file: 12,000 evaluation CSVs at 1,000 cards took 12 s to render and
 * well under one to write. An endpoint under /file-bundles/ returns a bundle (a path → text map);
 * after the build this integration writes each file where its path says and removes the bundles,
 * which are not part of the site. It runs before the other build:done hooks, so they see the files.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { paginate } from '../lib/pagination.ts';
import { elapsed } from './elapsed.ts';

/** The folder of the output the bundles are written to, and removed from. */
export const FILE_BUNDLE_FOLDER = 'file-bundles';

/** A bundle: site paths (from `/`) to file contents. */
export type FileBundle = Record<string, string>;

/**
 * Cards per bundle. One bundle for every card held every file of the site in memory at once, three
 * times over (the files, their JSON, its bytes): at 1,000 cards the evaluation CSVs' bundle raised
 * the build's peak memory by about 150 MB. A hundred cards' files are a few megabytes.
 */
export const CARDS_PER_BUNDLE = 100;

/** The `getStaticPaths` of a bundle endpoint: part n (from 1) holds the files of the nth hundred cards. */
export const bundleParts = <T>(cards: readonly T[]) =>
	paginate(cards, CARDS_PER_BUNDLE).map((page) => ({
		params: { part: String(page.number) },
		props: { cards: page.items },
	}));

export function bundleResponse(files: FileBundle): Response {
	return new Response(JSON.stringify(files), {
		headers: { 'Content-Type': 'application/json' },
	});
}

/** Writes the files of every bundle in `outDir` and removes the bundles; returns how many files. */
export function unpackFileBundles(outDir: string): number {
	const root = resolve(outDir);
	const folder = join(root, FILE_BUNDLE_FOLDER);
	let written = 0;
	let names: string[];
	try {
		names = readdirSync(folder);
	} catch {
		return 0;
	}
	for (const name of names) {
		const files = JSON.parse(readFileSync(join(folder, name), 'utf8')) as FileBundle;
		for (const [path, text] of Object.entries(files)) {
			const target = resolve(root, `.${path}`);
			if (!path.startsWith('/') || !target.startsWith(root + sep))
				throw new Error(`The file bundle ${name} names ${path}, which is outside the site.`);
			mkdirSync(dirname(target), { recursive: true });
			writeFileSync(target, text);
			written++;
		}
	}
	rmSync(folder, { recursive: true });
	return written;
}

export function fileBundles(): AstroIntegration {
	return {
		name: 'cardshelf:file-bundles',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const started = performance.now();
				const count = unpackFileBundles(fileURLToPath(dir));
				logger.info(`Wrote ${count} files from bundles in ${elapsed(started)}.`);
			},
		},
	};
}
