/**
 * `npm run bench`: builds the real site and synthetic sites (BENCH_SIZES, default 100 and 1,000
 * cards) with `npm run build`'s own script, prints where each build's time went, phase by phase,
 * then measures each site in Chromium. `npm run bench -- --starlight` also builds the same
 * synthetic cards as a Starlight site, alternating with Cardshelf builds (BENCH_RUNS pairs, default
 * 3), and prints the ratio of each pair's times. Prints Markdown for BENCHMARKS.md. No assertions:
 * figures, not tests.
 *
 * - Build time and peak memory come from GNU time around the build (peak RSS of the largest
 *   process). Phases come from the build's log: each line is stamped when it arrives, Astro prints
 *   each page's own time, and the build's integrations print their durations.
 * - Page weight is what Chromium receives on load, before any interaction, gzipped with zlib
 *   level 9 (the preview server does not compress; a static host would).
 * - Search cost is everything fetched from /pagefind/ for one query on a fresh page load, and the
 *   time until results are on screen.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium, serveSite } from '../tests/site/browser.ts';
import { writeSyntheticContent } from './lib/synthetic-content.ts';
import { writeStarlightSite } from './lib/starlight-site.ts';

const WORK = resolve(process.env['BENCH_DIR'] ?? '/tmp/cardshelf-bench');
const SIZES = (process.env['BENCH_SIZES'] ?? '100,1000').split(',').filter(Boolean).map(Number);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
/** Loads of each query, each in a fresh browser context. */
const QUERY_LOADS = 5;
const STARLIGHT = process.argv.includes('--starlight');
const PROJECT = resolve(import.meta.dirname, '..');

interface Build {
	seconds: number;
	peakMiB: number;
	/** Phase → seconds, in the order the build runs them. */
	phases: Map<string, number>;
	dist: { bytes: number; files: number; largestPage: { path: string; bytes: number } };
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	if (sorted.length === 0) return 0;
	const middle = (sorted.length - 1) / 2;
	return (sorted[Math.floor(middle)]! + sorted[Math.ceil(middle)]!) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;

/** The page type a built path belongs to, for the rendering phases. */
function pageType(path: string): string {
	const [first, second, , fourth] = path.split('/').filter(Boolean);
	if (first === 'cards') return 'card pages';
	if (first === 'models')
		return fourth === undefined && second ? 'model pages' : 'model result pages';
	if (first === 'compare') return 'compare pages';
	if (first === 'benchmarks') return 'benchmark pages';
	if (first === 'index' || first === 'index.html') return 'card index views';
	if (first === 'risk') return 'risk explorer';
	if (first === 'api' || first === 'file-bundles' || first === 'schema' || first === 'feeds')
		return 'data files (API, CSV, feeds)';
	return 'other pages';
}

function distStats(dist: string): Build['dist'] {
	let bytes = 0;
	let files = 0;
	let largestPage = { path: '', bytes: 0 };
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else {
				const size = statSync(path).size;
				bytes += size;
				files++;
				if (path.endsWith('.html') && size > largestPage.bytes)
					largestPage = { path: path.slice(dist.length), bytes: size };
			}
		}
	};
	walk(dist);
	return { bytes, files, largestPage };
}

/** Runs a build command under GNU time, stamping each line of its output as it arrives. */
async function timedRun(
	args: string[],
	env: NodeJS.ProcessEnv,
	cwd: string,
): Promise<{ seconds: number; peakMiB: number; lines: Array<{ at: number; text: string }> }> {
	const started = performance.now();
	const child = spawn('/usr/bin/time', ['-f', 'BENCH %M %e', process.execPath, ...args], {
		cwd,
		env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
	});
	const lines: Array<{ at: number; text: string }> = [];
	const stamp = (text: string) => lines.push({ at: (performance.now() - started) / 1000, text });
	createInterface({ input: child.stdout }).on('line', stamp);
	createInterface({ input: child.stderr }).on('line', stamp);
	const status = await new Promise<number | null>((done) => child.on('close', done));
	const line = lines.map((entry) => /BENCH (\d+) ([\d.]+)/.exec(entry.text)).find(Boolean);
	if (status !== 0 || !line)
		throw new Error(
			`Build failed:\n${lines
				.slice(-40)
				.map((entry) => entry.text)
				.join('\n')}`,
		);
	return { seconds: Number(line[2]), peakMiB: Number(line[1]) / 1024, lines };
}

/** Phases of a Cardshelf build, read off its stamped log. */
function cardshelfPhases(lines: Array<{ at: number; text: string }>, total: number) {
	const at = (pattern: RegExp) => lines.find((line) => pattern.test(line.text))?.at;
	const logged = (pattern: RegExp) => {
		const match = lines.map((line) => pattern.exec(line.text)).find(Boolean);
		return match ? Number(match[1]) : 0;
	};
	const between = (from: RegExp, to: RegExp) => {
		const [start, end] = [at(from), at(to)];
		return start !== undefined && end !== undefined ? end - start : 0;
	};
	const phases = new Map<string, number>();
	// The check runs on a thread of the build script while Astro starts and syncs (safe-build.mjs).
	phases.set(
		'content check (alongside startup and content sync)',
		logged(/Content OK: .* in ([\d.]+) s/),
	);
	// Astro's own time: the build script holds Astro's output until the content check has passed,
	// so the times its lines arrive at do not say when the sync began.
	phases.set('content sync and types (Astro)', logged(/\[types\] Generated ([\d.]+)s/));
	phases.set(
		'bundling (Vite)',
		between(/Building static entrypoints/, /Rearranging server assets/),
	);
	const rendering = new Map<string, number>();
	for (const { text } of lines) {
		const page = /[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/.exec(text);
		if (page) {
			const type = pageType(page[1]!);
			const seconds = Number(page[2]) / (page[3] === 'ms' ? 1000 : 1);
			rendering.set(type, (rendering.get(type) ?? 0) + seconds);
		}
	}
	for (const [type, seconds] of [...rendering].sort((a, b) => b[1] - a[1]))
		phases.set(`rendering: ${type}`, seconds);
	phases.set('data files written from bundles', logged(/from bundles in ([\d.]+) s/));
	phases.set('sitemap', between(/from bundles in/, /\[@astrojs\/sitemap\]/));
	phases.set('anchor manifest (alongside Pagefind)', logged(/anchors\.json: .* in ([\d.]+) s/));
	phases.set('Pagefind, anchor manifest included', logged(/Search index: .* in ([\d.]+) s/));
	const counted = [...phases]
		.filter(([name]) => !name.includes('(alongside'))
		.reduce((sum, [, seconds]) => sum + seconds, 0);
	phases.set('startup, publishing and the rest', Math.max(0, total - counted));
	return phases;
}

async function buildCardshelf(content: string, dist: string): Promise<Build> {
	const run = await timedRun(
		[join(PROJECT, 'scripts/safe-build.mjs')],
		{ CARDSHELF_CONTENT_DIR: content, CARDSHELF_DIST: dist },
		PROJECT,
	);
	return {
		seconds: run.seconds,
		peakMiB: run.peakMiB,
		phases: cardshelfPhases(run.lines, run.seconds),
		dist: distStats(dist),
	};
}

async function buildStarlight(content: string, root: string): Promise<Build> {
	writeStarlightSite(content, root);
	const dist = join(root, 'dist');
	const run = await timedRun(
		[join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build', '--force'],
		{ STARLIGHT_OUT_DIR: dist },
		root,
	);
	return { seconds: run.seconds, peakMiB: run.peakMiB, phases: new Map(), dist: distStats(dist) };
}

interface Measured {
	cardPages: { html: number; css: number; js: number }[];
	searches: Array<{ query: string; engine: number; bytes: number; requests: number; ms: number[] }>;
}

async function measure(browser: Browser, dist: string, queries: string[]): Promise<Measured> {
	process.env['CARDSHELF_OUT_DIR'] = dist;
	const { server, origin } = await serveSite();
	try {
		const cardIds = readdirSync(join(dist, 'cards'));
		// Up to 15 card pages spread over the site; the median is what we report.
		const sample = cardIds
			.filter((_, index) => index % Math.max(1, Math.floor(cardIds.length / 15)) === 0)
			.slice(0, 15);
		const cardPages = [];
		for (const id of sample) {
			const page = await browser.newPage();
			const sizes = { html: 0, css: 0, js: 0 };
			const pending: Promise<void>[] = [];
			page.on('response', (response) => {
				const type = response.request().resourceType();
				const key =
					type === 'document'
						? 'html'
						: type === 'stylesheet'
							? 'css'
							: type === 'script'
								? 'js'
								: undefined;
				if (key)
					pending.push(
						response
							.body()
							.then((body) => void (sizes[key] += gzipSync(body, { level: 9 }).length)),
					);
			});
			await page.goto(`${origin}/cards/${id}/`, { waitUntil: 'networkidle' });
			await Promise.all(pending);
			cardPages.push(sizes);
			await page.close();
		}
		const searches = [];
		for (const query of queries) {
			const loads = [];
			// Each load is a fresh browser context (nothing cached), so the time varies with the
			// machine; the median and range of several show whether it is one mode or two.
			for (let load = 0; load < QUERY_LOADS; load++)
				loads.push(await loadQuery(browser, origin, query));
			searches.push({ ...loads[0]!, query, ms: loads.map((entry) => entry.ms) });
		}
		return { cardPages, searches };
	} finally {
		await server.stop();
	}
}

/** One load of the search page for `query` in a fresh context: what it fetched, and when the first result showed. */
async function loadQuery(browser: Browser, origin: string, query: string) {
	const page = await browser.newPage();
	// The engine (Pagefind's JS and WebAssembly) loads once and is cached; the query's own cost
	// is the index chunks, filters and result fragments. Pagefind's own files are already
	// compressed; its JS and JSON are counted gzipped, as a static host serves them.
	let engine = 0;
	let bytes = 0;
	let requests = 0;
	const pending: Promise<void>[] = [];
	page.on('response', (response) => {
		const url = response.url();
		if (!url.includes('/pagefind/')) return;
		requests++;
		const isText = /\.(js|json)(\?|$)/.test(url);
		pending.push(
			response.body().then((body) => {
				const size = isText ? gzipSync(body, { level: 9 }).length : body.length;
				if (/\.js(\?|$)|wasm/.test(url)) engine += size;
				else bytes += size;
			}),
		);
	});
	// The time is taken in the page, when the first result is inserted. Taken after
	// waitForSelector returns, it would include Playwright's polling, which checks every 500 ms
	// after its first few tries: that made the time look bimodal (about 480 or 980 ms) when the
	// results were in fact on screen at 420-590 ms.
	await page.addInitScript(() => {
		new MutationObserver((_, observer) => {
			if (!document.querySelector('#search-results li')) return;
			(window as unknown as { firstResultAt: number }).firstResultAt = performance.now();
			observer.disconnect();
		}).observe(document, { childList: true, subtree: true });
	});
	await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
	await page.waitForSelector('#search-results li', { timeout: 60_000 });
	const ms = await page.evaluate(
		() => (window as unknown as { firstResultAt: number }).firstResultAt,
	);
	await Promise.all(pending);
	await page.close();
	return { engine, bytes, requests, ms };
}

const table = (header: string[], rows: string[][]) =>
	[
		`| ${header.join(' | ')} |`,
		`| ${header.map(() => '---').join(' | ')} |`,
		...rows.map((row) => `| ${row.join(' | ')} |`),
	].join('\n');

mkdirSync(WORK, { recursive: true });
const sites = [
	{
		name: 'real site',
		content: resolve(process.env['CARDSHELF_CONTENT_DIR'] ?? 'content'),
		size: 0,
		queries: ['persuasion medium'],
	},
	...SIZES.map((size) => ({
		name: `${size.toLocaleString('en-US')} synthetic cards`,
		content: join(WORK, `synthetic-${size}`, 'content'),
		size,
		queries: ['jailbreak safety', 'refusal accuracy'],
	})),
];
const results: Array<{ name: string; cards: number; build: Build; measured: Measured }> = [];
const pairs: Array<{ size: number; cardshelf: Build[]; starlight: Build[] }> = [];
const browser = await launchChromium();
try {
	for (const [index, site] of sites.entries()) {
		if (site.size > 0) writeSyntheticContent(site.content, site.size);
		const dist = join(WORK, `dist-${index}`);
		console.error(`Building ${site.name}...`);
		const build = await buildCardshelf(site.content, dist);
		if (STARLIGHT && site.size > 0) {
			const pair = { size: site.size, cardshelf: [build], starlight: [] as Build[] };
			for (let run = 0; run < RUNS; run++) {
				console.error(`Paired run ${run + 1} of ${RUNS} at ${site.size} cards: Starlight...`);
				pair.starlight.push(
					await buildStarlight(site.content, join(PROJECT, '.bench', `starlight-${site.size}`)),
				);
				if (run > 0) {
					console.error(`Paired run ${run + 1} of ${RUNS} at ${site.size} cards: Cardshelf...`);
					pair.cardshelf.push(await buildCardshelf(site.content, dist));
				}
			}
			pairs.push(pair);
		}
		console.error(`Measuring ${site.name} in Chromium...`);
		results.push({
			name: site.name,
			cards: readdirSync(join(site.content, 'cards')).length,
			build,
			measured: await measure(browser, dist, site.queries),
		});
	}
} finally {
	await browser.close();
}

console.log('## Builds\n');
console.log(
	table(
		['site', 'cards', 'build', 'per card', 'peak memory', '`dist/`', 'largest page (raw)'],
		results.map(({ name, cards, build }) => [
			name,
			String(cards),
			s(build.seconds),
			`${((build.seconds / cards) * 1000).toFixed(0)} ms`,
			`${build.peakMiB.toFixed(0)} MiB`,
			`${(build.dist.bytes / 2 ** 20).toFixed(0)} MiB, ${build.dist.files.toLocaleString('en-US')} files`,
			`${kb(build.dist.largestPage.bytes)} (${build.dist.largestPage.path})`,
		]),
	),
);
console.log('\n## Where the build time goes\n');
const phaseNames = [...new Set(results.flatMap(({ build }) => [...build.phases.keys()]))];
console.log(
	table(
		['phase', ...results.map(({ name }) => name)],
		phaseNames.map((phase) => [
			phase,
			...results.map(({ build }) => (build.phases.has(phase) ? s(build.phases.get(phase)!) : '–')),
		]),
	),
);
console.log('\n## Reading and search\n');
console.log(
	table(
		[
			'site',
			'median card page: HTML + CSS (gzip)',
			'JS on load (gzip)',
			'search engine, once (gzip)',
			'query: bytes, requests, time to results',
		],
		results.map(({ name, measured }) => {
			const htmlCss = median(measured.cardPages.map((page) => page.html + page.css));
			return [
				name,
				`${kb(htmlCss)} (HTML ${kb(median(measured.cardPages.map((p) => p.html)))}, CSS ${kb(median(measured.cardPages.map((p) => p.css)))})`,
				kb(median(measured.cardPages.map((page) => page.js))),
				kb(measured.searches[0]!.engine),
				measured.searches
					.map(
						(search) =>
							`"${search.query}": ${kb(search.bytes)}, ${search.requests}, ${median(search.ms).toFixed(0)} ms (${Math.min(...search.ms).toFixed(0)}-${Math.max(...search.ms).toFixed(0)})`,
					)
					.join('; '),
			];
		}),
	),
);
if (pairs.length > 0) {
	console.log(`\n## Side by side with Starlight (${RUNS} paired runs, medians)\n`);
	const rows = pairs.map(({ size, cardshelf, starlight }) => {
		const ratios = cardshelf.map((build, run) => build.seconds / starlight[run]!.seconds);
		return {
			size,
			cardshelf: median(cardshelf.map((b) => b.seconds)),
			starlight: median(starlight.map((b) => b.seconds)),
			ratio: median(ratios),
			cardshelfPeak: median(cardshelf.map((b) => b.peakMiB)),
			starlightPeak: median(starlight.map((b) => b.peakMiB)),
			cardshelfDist: cardshelf[0]!.dist,
			starlightDist: starlight[0]!.dist,
		};
	});
	console.log(
		table(
			[
				'cards',
				'Starlight',
				'Cardshelf',
				'ratio (median of pairs)',
				'peak memory, Starlight / Cardshelf',
				'`dist/`, Starlight / Cardshelf',
			],
			rows.map((row) => [
				String(row.size),
				s(row.starlight),
				s(row.cardshelf),
				`${row.ratio.toFixed(2)}x`,
				`${row.starlightPeak.toFixed(0)} / ${row.cardshelfPeak.toFixed(0)} MiB`,
				`${(row.starlightDist.bytes / 2 ** 20).toFixed(0)} MiB, ${row.starlightDist.files} files / ${(row.cardshelfDist.bytes / 2 ** 20).toFixed(0)} MiB, ${row.cardshelfDist.files} files`,
			]),
		),
	);
	if (rows.length > 1) {
		const [low, high] = [rows[0]!, rows.at(-1)!];
		const perCard = (a: number, b: number) =>
			(((b - a) / (high.size - low.size)) * 1000).toFixed(0);
		console.log(
			`\nCost of each added card, ${low.size} → ${high.size}: Starlight ${perCard(low.starlight, high.starlight)} ms, Cardshelf ${perCard(low.cardshelf, high.cardshelf)} ms.`,
		);
	}
}
