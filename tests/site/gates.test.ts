/**
 * Quality gates over the real built site in Chromium: no accessibility violations (axe-core) in
 * light or dark, no Content Security Policy violations, no request leaving the site's origin, and
 * keyboard use. Each page type is exercised the way a reader uses it, including a search. Each
 * check is also shown to catch a planted defect (tests/fixtures/gates/).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from './built-site.ts';
import { builtPagePaths } from '../../src/lib/built-pages.ts';
import { contentCatalogue } from './content-catalogue.ts';
import {
	axeViolations,
	foreignRequests,
	nuErrors,
	recordPolicyAndRequests,
} from './gate-checks.ts';

const PAGES = builtPagePaths('dist');
const catalogue = contentCatalogue();
/**
 * axe runs on every page of a kind that has its own layout or few pages (framework pages, the
 * home page, search, the timeline, full-coverage cards), and on a sample of each template that
 * repeats one layout over many pages, which a sample covers as well as the whole. A sample is the
 * first pages in path order and the largest, per publisher where pages belong to one:
 * - card pages with headline coverage: 3 first and 2 largest per publisher (full cards: all);
 * - model pages: 3 first and 3 largest per publisher;
 * - benchmark pages: 5 first and 3 largest;
 * - compare pages: 5 first and the largest;
 * - index views: every framework's newest-first view, every kind's unfiltered views, and the
 *   /index/all/all/ family of views by publisher or coverage;
 * - the risk explorer's per-level pages: 2 first per framework.
 * The HTML checker still reads every page.
 */
const sizeOf = (path: string) => statSync(join('dist', path, 'index.html')).size;
const sampleOf = (paths: readonly string[], first: number, largest: number) =>
	new Set([
		...paths.slice(0, first),
		...[...paths].sort((a, b) => sizeOf(b) - sizeOf(a)).slice(0, largest),
	]);
const byPublisher = (
	paths: readonly string[],
	publisherOf: (path: string) => string | undefined,
) => [...Map.groupBy(paths, (path) => publisherOf(path) ?? '').values()];
const segment = (path: string, index: number) => path.split('/')[index]!;
const fullCards = new Set(
	catalogue.cards.filter((card) => card.data.coverage === 'full').map((card) => card.id),
);
const CARD_SAMPLE = new Set(
	byPublisher(
		PAGES.filter((path) => /^\/cards\/[^/]+\/$/.test(path) && !fullCards.has(segment(path, 2))),
		(path) => catalogue.card(segment(path, 2))?.data.publisher,
	).flatMap((paths) => [...sampleOf(paths, 3, 2)]),
);
const MODEL_SAMPLE = new Set(
	byPublisher(
		PAGES.filter((path) => /^\/models\/[^/]+\/$/.test(path)),
		(path) => catalogue.model(segment(path, 2))?.publisher,
	).flatMap((paths) => [...sampleOf(paths, 3, 3)]),
);
const BENCHMARK_SAMPLE = sampleOf(
	PAGES.filter((path) => /^\/benchmarks\/[^/]+\/$/.test(path)),
	5,
	3,
);
const COMPARE_SAMPLE = sampleOf(
	PAGES.filter((path) => path.startsWith('/compare/')),
	5,
	1,
);
const RISK_LEVEL_SAMPLE = new Set(
	[
		...Map.groupBy(
			PAGES.filter((path) => /^\/risk\/[^/]+\/[^/]+\/[^/]+\/$/.test(path)),
			(path) => segment(path, 2),
		).values(),
	].flatMap((paths) => paths.slice(0, 2)),
);
const AXE_PAGES = PAGES.filter((path) => {
	if (/^\/index\/[^/]+\/[^/]+\/[^/]+\/[^/]+\/[^/]+\/$/.test(path))
		return path.startsWith('/index/all/all/');
	if (/^\/index\/[^/]+\/[^/]+\/[^/]+\/$/.test(path))
		return (
			(segment(path, 2) === 'all' && segment(path, 4) === 'newest') ||
			segment(path, 3) === 'all' ||
			path === '/index/addendum/pf-v2/oldest/'
		);
	if (/^\/cards\/[^/]+\/$/.test(path))
		return fullCards.has(segment(path, 2)) || CARD_SAMPLE.has(path);
	if (/^\/models\/[^/]+\/$/.test(path)) return MODEL_SAMPLE.has(path);
	if (/^\/benchmarks\/[^/]+\/$/.test(path)) return BENCHMARK_SAMPLE.has(path);
	if (path.startsWith('/compare/')) return COMPARE_SAMPLE.has(path);
	if (/^\/risk\/[^/]+\/[^/]+\/[^/]+\/$/.test(path)) return RISK_LEVEL_SAMPLE.has(path);
	return true;
});
const FIXTURES = join(import.meta.dirname, '../fixtures/gates');
/** One page of each type, with what a reader does there. */
const PAGE_TYPES: Array<[string, (page: Page) => Promise<void>]> = [
	['/', async () => {}],
	['/cards/o3-mini/', async (page) => void (await page.locator('#scorecard').waitFor())],
	[
		'/search/?q=persuasion+medium',
		async (page) => void (await page.waitForSelector('#search-results li')),
	],
];

const site = useBuiltSite();

async function openPage(
	path: string,
	colorScheme: 'light' | 'dark' = 'light',
	options: { bypassCSP?: boolean } = {},
) {
	// axe is injected as an inline script, which the site's own CSP rightly blocks; only the axe runs
	// bypass it. The CSP tests run with the policy in force.
	const context = await site.browser.newContext({
		colorScheme,
		viewport: { width: 1280, height: 900 },
		bypassCSP: options.bypassCSP ?? false,
	});
	const recorded = await recordPolicyAndRequests(context);
	const page = await context.newPage();
	await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
	return { page, ...recorded };
}

/** Serves a fixture page at http://fixture.test/, and refuses anything off that origin. */
async function openFixture(name: string, options: { bypassCSP?: boolean } = {}) {
	const context = await site.browser.newContext({ bypassCSP: options.bypassCSP ?? false });
	const recorded = await recordPolicyAndRequests(context);
	await context.route('**/*', (route) =>
		route.request().url() === `http://fixture.test/${name}`
			? route.fulfill({
					contentType: 'text/html',
					body: readFileSync(join(FIXTURES, name), 'utf8'),
				})
			: route.abort(),
	);
	const page = await context.newPage();
	await page.goto(`http://fixture.test/${name}`, { waitUntil: 'load' });
	return { page, ...recorded };
}

test('the site has pages to check', () => {
	expect(PAGES).toEqual(expect.arrayContaining(['/', '/cards/o3-mini/', '/search/']));
	expect(AXE_PAGES).toEqual(
		expect.arrayContaining([
			'/index/addendum/pf-v2/oldest/',
			'/index/all/all/newest/all/headline/',
		]),
	);
});

describe.each(['light', 'dark'] as const)('accessibility (axe-core) in %s mode', (scheme) => {
	test.each(AXE_PAGES)('%s has no violations', async (path) => {
		const { page } = await openPage(path === '/search/' ? '/search/?q=medium' : path, scheme, {
			bypassCSP: true,
		});
		if (path === '/search/') await page.waitForSelector('#search-results li');

		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});
});

test('every built page is valid HTML (0 errors from the Nu HTML Checker)', () => {
	const files = PAGES.map((path) => join('dist', path, 'index.html'));

	expect(nuErrors(files)).toEqual([]);
}, 120_000);

describe('content security policy and origin', () => {
	test.each(PAGE_TYPES)(
		'%s: no CSP violation, every request to the site itself',
		async (path, use) => {
			const { page, requests, cspViolations } = await openPage(path);
			await use(page);
			await page.waitForLoadState('networkidle');

			expect(cspViolations).toEqual([]);
			expect(foreignRequests(requests, site.origin)).toEqual([]);
			await page.context().close();
		},
	);

	test('pages other than search allow no WebAssembly and no workers', () => {
		const cardPolicy = /content-security-policy" content="([^"]+)"/.exec(
			readFileSync('dist/cards/o3-mini/index.html', 'utf8'),
		)![1]!;

		expect(cardPolicy).toContain("default-src 'self'");
		expect(cardPolicy).toContain("object-src 'none'");
		expect(cardPolicy).toContain("base-uri 'self'");
		expect(cardPolicy).not.toContain('unsafe-inline');
		expect(cardPolicy).not.toContain('wasm-unsafe-eval');
		expect(cardPolicy).not.toContain('worker-src');
	});
});

describe('each gate catches a planted defect', () => {
	test('axe reports a missing alt text and low contrast', async () => {
		const { page } = await openFixture('a11y-defect.html', { bypassCSP: true });

		const ids = (await axeViolations(page)).map((line) => line.split(':')[0]);

		expect(ids).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
		await page.context().close();
	});

	test('the Nu HTML Checker reports misnested markup and a duplicate id', () => {
		const errors = nuErrors([join(FIXTURES, 'invalid.html')]);

		expect(errors.some((line) => line.includes('Duplicate ID'))).toBe(true);
		expect(errors.length).toBeGreaterThanOrEqual(2);
	}, 60_000);

	test('the CSP check records an inline script the policy blocks', async () => {
		const { page, cspViolations } = await openFixture('csp-defect.html');

		expect(await page.title()).toBe('Planted CSP violation');
		expect(cspViolations.length).toBeGreaterThan(0);
		await page.context().close();
	});

	test('the origin check reports a request to another origin', async () => {
		const { page, requests } = await openFixture('third-party.html');

		expect(foreignRequests(requests, 'http://fixture.test')).toEqual([
			'https://fonts.example.net/font.css',
		]);
		await page.context().close();
	});
});

describe('keyboard', () => {
	test('the first Tab reaches a visible skip link that moves focus to the content', async () => {
		const { page } = await openPage('/cards/o3-mini/');

		await page.keyboard.press('Tab');
		const skip = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement;
			const box = element.getBoundingClientRect();
			return {
				text: element.textContent,
				visible: box.top >= 0 && box.height > 0,
				outline: getComputedStyle(element).outlineStyle,
			};
		});
		await page.keyboard.press('Enter');

		expect(skip).toEqual({ text: 'Skip to content', visible: true, outline: 'solid' });
		expect(await page.evaluate(() => location.hash)).toBe('#main');
		await page.context().close();
	});

	test('search opens with "/", takes a query and its results are reachable with Tab', async () => {
		const { page } = await openPage('/search/');

		await page.keyboard.press('/');
		await page.keyboard.type('model autonomy');
		await page.waitForSelector('#search-results li');
		// Tab out of the box through the filters to the first result link.
		let focused = '';
		for (let step = 0; step < 60 && !focused.startsWith('/cards/'); step++) {
			await page.keyboard.press('Tab');
			focused = await page.evaluate(
				() => (document.activeElement as HTMLAnchorElement).getAttribute('href') ?? '',
			);
		}

		expect(focused).toMatch(/^\/cards\/o3-mini\//);
		expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe(
			'solid',
		);
		await page.context().close();
	});

	test('every table has a caption and header cells', async () => {
		const { page } = await openPage('/cards/o3-mini/');

		const tables = await page.locator('table').evaluateAll((all) =>
			all.map((table) => ({
				caption: Boolean(table.querySelector('caption')?.textContent?.trim()),
				headers: table.querySelectorAll('th').length,
			})),
		);

		expect(tables.filter((table) => !table.caption || table.headers === 0)).toEqual([]);
		await page.context().close();
	});
});
