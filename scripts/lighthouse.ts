/**
 * `npm run lighthouse`: Lighthouse's four categories (performance, accessibility, best practices,
 * SEO) for one page of each type, on mobile and desktop, against a built site served by
 * `astro preview` (dist/, or CARDSHELF_OUT_DIR). Prints Markdown for BENCHMARKS.md. Figures, not
 * tests: the site tests check accessibility and layout shift themselves.
 *
 * Lighthouse comes from the npm registry through npx (LIGHTHOUSE, pinned below), on the first run
 * only, rather than as a devDependency that every install would fetch for a tool run by hand. It
 * drives Debian's Chromium (CHROMIUM_PATH).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_PATH, serveSite } from '../tests/site/browser.ts';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const dist = resolve(process.env['CARDSHELF_OUT_DIR'] ?? 'dist');

/** The first built page under `folder` whose path has `depth` more segments, if any. */
function firstPage(folder: string, depth: number) {
	let path = folder;
	for (let level = 0; level < depth; level++) {
		const names = existsSync(join(dist, path))
			? readdirSync(join(dist, path), { withFileTypes: true })
					.filter((entry) => entry.isDirectory())
					.map((entry) => entry.name)
					.sort()
			: [];
		if (names.length === 0) return undefined;
		path = `${path}/${names[0]}`;
	}
	return existsSync(join(dist, path, 'index.html')) ? `/${path}/` : undefined;
}

/** The biggest page under `folder`: for views that list many items, the hardest case. */
function largestPage(folder: string) {
	const pages = (readdirSync(join(dist, folder), { recursive: true }) as string[])
		.filter((file) => file.endsWith('index.html'))
		.map((file) => ({ file, bytes: statSync(join(dist, folder, file)).size }))
		.sort((a, b) => b.bytes - a.bytes);
	return pages[0] && `/${folder}/${pages[0].file.slice(0, -'index.html'.length)}`;
}

/** A page of every type the site builds that a reader opens; types this build lacks are left out. */
function pagesByType(): Array<[string, string]> {
	const withContinuation = (folder: string, inner: string) => {
		for (const name of readdirSync(join(dist, folder)).sort()) {
			const pages = join(dist, folder, name, inner);
			if (existsSync(pages)) return `/${folder}/${name}/${inner}/${readdirSync(pages).sort()[0]}/`;
		}
		return undefined;
	};
	const candidates: Array<[string, string | undefined]> = [
		['home', '/'],
		['card', firstPage('cards', 1)],
		['card, the largest', largestPage('cards')],
		['card index view, the longest', largestPage('index')],
		['model', firstPage('models', 1)],
		['model results, a later page', withContinuation('models', 'results')],
		['compare', firstPage('compare', 1)],
		['compare, a later page', withContinuation('compare', 'shared')],
		['benchmarks', '/benchmarks/'],
		['benchmark', firstPage('benchmarks', 1)],
		['benchmark setup, every result', firstPage('benchmarks', 2)],
		['risk explorer', '/risk/'],
		['frameworks', '/frameworks/'],
		['framework', firstPage('frameworks', 1)],
		['timeline', '/timeline/'],
		['API', '/api/'],
		['linking', '/linking/'],
		['search, with a query', '/search/?q=cbrn+medium'],
		['not found', '/404.html'],
	];
	return candidates.filter((entry): entry is [string, string] => entry[1] !== undefined);
}

async function audit(url: string, desktop: boolean, folder: string) {
	const output = join(folder, 'report.json');
	await promisify(execFile)(
		'npx',
		[
			'--yes',
			LIGHTHOUSE,
			url,
			'--quiet',
			'--output=json',
			`--output-path=${output}`,
			'--chrome-flags=--headless=new --no-sandbox --disable-gpu',
			...(desktop ? ['--preset=desktop'] : []),
		],
		{ env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024 },
	);
	const report = JSON.parse(readFileSync(output, 'utf8')) as {
		categories: Record<
			string,
			{ score: number | null; auditRefs: Array<{ id: string; weight: number }> }
		>;
		audits: Record<string, { score: number | null }>;
	};
	const scores = CATEGORIES.map((id) => Math.round((report.categories[id]?.score ?? 0) * 100));
	// The audits that cost points: those a category weighs, short of a full score.
	const failing = CATEGORIES.flatMap((id) => report.categories[id]?.auditRefs ?? [])
		.filter(({ id, weight }) => weight > 0 && (report.audits[id]?.score ?? 1) < 1)
		.map(({ id }) => id);
	return { scores, failing };
}

const folder = mkdtempSync(join(tmpdir(), 'cardshelf-lighthouse-'));
process.env['CARDSHELF_OUT_DIR'] = dist;
const { server, origin } = await serveSite();
const rows: string[][] = [];
try {
	for (const [type, path] of pagesByType()) {
		console.error(`Lighthouse: ${type} (${path})...`);
		const mobile = await audit(`${origin}${path}`, false, folder);
		const desktop = await audit(`${origin}${path}`, true, folder);
		const failing = [...new Set([...mobile.failing, ...desktop.failing])];
		rows.push([
			type,
			`\`${path}\``,
			mobile.scores.join(' / '),
			desktop.scores.join(' / '),
			failing.join(', '),
		]);
	}
} finally {
	await server.stop();
	rmSync(folder, { recursive: true, force: true });
}
console.log(
	[
		`Lighthouse (${LIGHTHOUSE}) on ${dist}; scores are ${CATEGORIES.join(' / ')}.`,
		'',
		'| page type | page | mobile | desktop | audits that cost points |',
		'| --- | --- | --- | --- | --- |',
		...rows.map((row) => `| ${row.join(' | ')} |`),
	].join('\n'),
);
