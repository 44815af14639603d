/**
 * `npm run bench`: builds the real site and synthetic sites of 100 and 1,000 cards, then measures
 * each in Chromium. Prints a Markdown table for BENCHMARKS.md. No assertions: figures, not tests.
 *
 * Build time and peak memory come from GNU time around `astro build` (peak RSS of the build
 * process). Page weight is what Chromium receives on load, before any interaction, gzipped with
 * zlib level 9 (the server here does not compress). Search cost is everything fetched from
 * /pagefind/ for one query on a fresh page load, and the time until results are on screen.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium, serveSite } from '../tests/site/browser.ts';
import { writeSyntheticContent } from './lib/synthetic-content.ts';

const WORK = resolve(process.env['BENCH_DIR'] ?? '/tmp/cardshelf-bench');
const SIZES = (process.env['BENCH_SIZES'] ?? '100,1000').split(',').filter(Boolean).map(Number);

interface Site {
	name: string;
	content: string;
	query: string;
}

interface Result {
	name: string;
	cards: number;
	buildSeconds: number;
	peakMiB: number;
	cardPages: { html: number; css: number; js: number }[];
	search: { engine: number; query: number; requests: number; ms: number };
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted.length === 0 ? 0 : sorted[Math.floor((sorted.length - 1) / 2)]!;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function build(site: Site, outDir: string): { seconds: number; peakMiB: number } {
	rmSync(outDir, { recursive: true, force: true });
	const run = spawnSync(
		'/usr/bin/time',
		['-f', 'BENCH %M %e', process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--force'],
		{
			encoding: 'utf8',
			env: { ...process.env, CARDSHELF_CONTENT_DIR: site.content, CARDSHELF_OUT_DIR: outDir },
			maxBuffer: 256 * 1024 * 1024,
		},
	);
	const line = /BENCH (\d+) ([\d.]+)/.exec(run.stderr);
	if (run.status !== 0 || !line)
		throw new Error(
			`Build of ${site.name} failed:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`,
		);
	return { seconds: Number(line[2]), peakMiB: Number(line[1]) / 1024 };
}

async function measure(
	browser: Browser,
	site: Site,
	outDir: string,
): Promise<Pick<Result, 'cardPages' | 'search'>> {
	process.env['CARDSHELF_CONTENT_DIR'] = site.content;
	process.env['CARDSHELF_OUT_DIR'] = outDir;
	const { server, origin } = await serveSite();
	try {
		const cardIds = readdirSync(join(outDir, 'cards'));
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
		const page = await browser.newPage();
		// The engine (Pagefind's JS and WebAssembly) loads once and is cached; the query's own cost is
		// the index chunks, filters and result fragments. Pagefind's own files are already compressed;
		// its JS and JSON are counted gzipped, as a static host serves them.
		let engine = 0;
		let query = 0;
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
					else query += size;
				}),
			);
		});
		await page.goto(`${origin}/search/?q=${encodeURIComponent(site.query)}`);
		const start = await page.evaluate(() => performance.timeOrigin);
		await page.waitForSelector('#search-results li', { timeout: 60_000 });
		const ms = (await page.evaluate(() => performance.timeOrigin + performance.now())) - start;
		await Promise.all(pending);
		await page.close();
		return { cardPages, search: { engine, query, requests, ms } };
	} finally {
		await server.stop();
	}
}

const sites: Site[] = [
	{
		name: 'real site',
		content: resolve(process.env['CARDSHELF_CONTENT_DIR'] ?? 'content'),
		query: 'persuasion medium',
	},
	...SIZES.map((size) => ({
		name: `${size.toLocaleString('en-US')} synthetic cards`,
		content: join(WORK, `synthetic-${size}`, 'content'),
		query: 'jailbreak safety',
	})),
];
mkdirSync(WORK, { recursive: true });
const browser = await launchChromium();
const results: Result[] = [];
try {
	for (const [index, site] of sites.entries()) {
		if (index > 0) writeSyntheticContent(site.content, SIZES[index - 1]!);
		const outDir = join(WORK, `dist-${index}`);
		console.error(`Building ${site.name}...`);
		const { seconds, peakMiB } = build(site, outDir);
		const cards = readdirSync(join(outDir, 'cards')).length;
		console.error(`Measuring ${site.name} in Chromium...`);
		results.push({
			name: site.name,
			cards,
			buildSeconds: seconds,
			peakMiB,
			...(await measure(browser, site, outDir)),
		});
	}
} finally {
	await browser.close();
}

console.log(
	'| site | cards | build | per card | peak memory | median card page: HTML + CSS (gzip) | JS on load (gzip) | search engine, once (gzip) | one query: bytes, requests | search: time to results |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const result of results) {
	const htmlCss = median(result.cardPages.map((page) => page.html + page.css));
	const js = median(result.cardPages.map((page) => page.js));
	console.log(
		`| ${result.name} | ${result.cards} | ${result.buildSeconds.toFixed(1)} s | ${((result.buildSeconds / result.cards) * 1000).toFixed(0)} ms | ${result.peakMiB.toFixed(0)} MiB | ${kb(htmlCss)} (HTML ${kb(median(result.cardPages.map((p) => p.html)))}, CSS ${kb(median(result.cardPages.map((p) => p.css)))}) | ${kb(js)} | ${kb(result.search.engine)} | ${kb(result.search.query)}, ${result.search.requests} | ${result.search.ms.toFixed(0)} ms |`,
	);
}
