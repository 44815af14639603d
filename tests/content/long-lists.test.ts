/**
 * Lists that grow with the catalogue are split into pages (src/lib/pagination.ts). The real content
 * is too small to need it, so this builds 300 synthetic cards (the benchmark's generator), enough
 * for a model, a pair of models and a benchmark setup to outgrow one page, and checks that every
 * figure is on exactly one page, in order, that the pages link to each other, and that no page is
 * near the 1 MB a reader's page may weigh. Expected lists come from the catalogue of the same
 * content, computed the way the site computes it.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { writeSyntheticContent } from '../../scripts/lib/synthetic-content.ts';
import { benchmarkSetupPath, cardPath, modelPath } from '../../src/lib/anchors.ts';
import {
	CARDS_PER_PAGE,
	DEFAULT_INDEX_VIEW,
	cardsInView,
	indexViewPageHrefs,
	indexViewPath,
} from '../../src/lib/card-list.ts';
import { benchmarkSetups, comparePath } from '../../src/lib/benchmark-results.ts';
import { comparePageData, sharedPageHrefs } from '../../src/lib/compare-page.ts';
import { modelPageData, modelPairs, modelResultPageHrefs } from '../../src/lib/model-page.ts';
import { listPageHrefs, ROWS_PER_PAGE, SETUP_PREVIEW_ROWS } from '../../src/lib/pagination.ts';
import { catalogueOf } from '../site/content-catalogue.ts';
import { buildSite } from './site-build.ts';

const root = mkdtempSync(join(tmpdir(), 'cardshelf-long-lists-'));
const content = join(root, 'content');
const dist = join(root, 'dist');
const computations = join(root, 'computations.log');
afterAll(() => rmSync(root, { recursive: true, force: true }));

let catalogue: ReturnType<typeof catalogueOf>;
beforeAll(() => {
	writeSyntheticContent(content, 300);
	catalogue = catalogueOf(content);
	const build = buildSite({
		content,
		dist,
		cache: join(root, 'cache'),
		env: { CARDSHELF_COMPUTATION_LOG: computations },
	});
	expect(build.status, build.output).toBe(0);
}, 240_000);

const pageAt = (href: string) =>
	parseDocument(readFileSync(join(dist, href.split('#')[0]!, 'index.html'), 'utf8'));
type Document = ReturnType<typeof parseDocument>;
const byClass = (document: Document, tag: string, className: string) =>
	DomUtils.findAll(
		(element) =>
			element.name === tag && (element.attribs['class'] ?? '').split(' ').includes(className),
		document.children,
	);
/** The first link in each body cell of each table row: the figures a list shows. */
const rowLinks = (tables: ReturnType<typeof byClass>) =>
	tables.flatMap((table) =>
		DomUtils.findAll((element) => element.name === 'tr', table.children)
			.filter((row) => (row.parent as { name?: string } | null)?.name === 'tbody')
			.map((row) =>
				row.children
					.filter((cell) => cell.type === 'tag' && cell.name === 'td')
					.flatMap((cell) => {
						const link = DomUtils.findOne((element) => element.name === 'a', [cell]);
						return link ? [link.attribs['href']!] : [];
					}),
			),
	);
const pagerLinks = (document: Document) =>
	byClass(document, 'nav', 'pagination').flatMap((nav) =>
		DomUtils.findAll((element) => element.name === 'a' && !element.attribs['rel'], nav.children).map(
			(link) => link.attribs['href'],
		),
	);

test("the model with the most figures shows them all across its pages, newest card first, none twice", () => {
	const [model] = [...catalogue.models].sort(
		(a, b) =>
			modelPageData(catalogue, b.id, b.data).results.length -
			modelPageData(catalogue, a.id, a.data).results.length,
	);
	const { resultPages, results } = modelPageData(catalogue, model!.id, model!.data);
	expect(results.length).toBeGreaterThan(ROWS_PER_PAGE);
	expect(resultPages.length).toBeGreaterThan(1);

	const hrefs = modelResultPageHrefs(model!.id, resultPages.length);
	expect(hrefs[0]).toBe(`${modelPath(model!.id)}#results-title`);
	const shown = hrefs.map((href) => {
		const document = pageAt(href);
		expect(pagerLinks(document).length).toBe(hrefs.length - 1);
		return rowLinks(byClass(document, 'table', 'model-results')).map(([link]) => link);
	});
	for (const page of shown) expect(page.length).toBeLessThanOrEqual(ROWS_PER_PAGE);
	expect(shown.flat()).toEqual(
		resultPages.flatMap((page) => page.items.flatMap((group) => group.results.map((r) => r.href))),
	);
	expect(shown.flat().sort()).toEqual(results.map((result) => result.href).sort());
	// Newest card first: the first page's first table is from the newest card the model is in.
	const newest = catalogue.cardsNewestFirst.find((card) =>
		results.some((result) => result.cardId === card.id),
	)!;
	expect(resultPages[0]!.items[0]!.cardId).toBe(newest.id);
});

test('the pair of models with the most shared figures shows every pair across its pages', () => {
	const sharedCount = (pair: [string, string]) => comparePageData(catalogue, ...pair).shared.length;
	const [a, b] = modelPairs(catalogue).sort((x, y) => sharedCount(y) - sharedCount(x))[0]!;
	const { shared, sharedPages } = comparePageData(catalogue, a, b);
	expect(sharedPages.length).toBeGreaterThan(1);

	const hrefs = sharedPageHrefs(a, b, sharedPages.length);
	expect(hrefs[0]).toBe(`${comparePath(a, b)}#shared`);
	const shown = hrefs.flatMap((href) => {
		const rows = rowLinks(byClass(pageAt(href), 'table', 'compare-table'));
		expect(rows.length).toBeLessThanOrEqual(ROWS_PER_PAGE);
		return rows.map(([left, right]) => [left, right]);
	});
	expect(shown).toEqual(shared.map((pair) => [pair.a.href, pair.b.href]));
});

test('a benchmark page shows the best results of a large setup and links to all of them, best first', () => {
	const benchmark = catalogue.benchmarks[0]!;
	const groups = benchmarkSetups(catalogue, benchmark.id);
	const index = groups.findIndex((group) => group.results.length > SETUP_PREVIEW_ROWS);
	expect(index).toBeGreaterThanOrEqual(0);
	const group = groups[index]!;

	const page = pageAt(`/benchmarks/${benchmark.id}/`);
	const section = byClass(page, 'section', 'benchmark-setup')[index]!;
	const preview = rowLinks(DomUtils.findAll((element) => element.name === 'table', [section]));
	expect(preview.map(([link]) => link)).toEqual(
		group.results.slice(0, SETUP_PREVIEW_ROWS).map((result) => result.href),
	);
	const more = DomUtils.findOne(
		(element) => element.name === 'a' && element.attribs['href'] === benchmarkSetupPath(benchmark.id, group.anchor),
		[section],
	);
	// Counts are printed with thousands separators (1,140).
	expect(more && DomUtils.textContent(more)).toBe(`All ${group.results.length.toLocaleString('en-US')} results in setup ${index + 1}`);

	const first = benchmarkSetupPath(benchmark.id, group.anchor);
	const count = Math.ceil(group.results.length / ROWS_PER_PAGE);
	const all = listPageHrefs(first, first, count).flatMap((href) =>
		rowLinks(DomUtils.findAll((element) => element.name === 'table', pageAt(href).children)).map(
			([link]) => link,
		),
	);
	expect(all).toEqual(group.results.map((result) => result.href));
});

test('the card index shows every card of a view across its pages, in the view\'s order, none twice', () => {
	const view = { ...DEFAULT_INDEX_VIEW, order: 'oldest' as const };
	const expected = cardsInView(catalogue.cards, view).map((card) => cardPath(card.id));
	expect(expected.length).toBeGreaterThan(CARDS_PER_PAGE);
	const first = indexViewPath(view);
	// The pager links every page but the one shown.
	const hrefs = [first, ...pagerLinks(pageAt(first))];
	expect(hrefs).toEqual(indexViewPageHrefs(view, Math.ceil(expected.length / CARDS_PER_PAGE)));
	const listed = hrefs.flatMap((href) =>
		byClass(pageAt(href), 'table', 'card-index').flatMap((table) =>
			DomUtils.findAll((element) => element.name === 'th' && element.attribs['scope'] === 'row', table.children).map(
				(cell) => DomUtils.findOne((element) => element.name === 'a', [cell])!.attribs['href'],
			),
		),
	);
	expect(listed).toEqual(expected);
	// The home page is the default view's first page; its second page links back to it.
	const [second] = pagerLinks(pageAt('/'));
	expect(second).toBe(indexViewPageHrefs(DEFAULT_INDEX_VIEW, 2)[1]);
	expect(pagerLinks(pageAt(second!))).toContain('/');
});

test('no page a reader opens comes near 1 MB', () => {
	const pages: Array<[string, number]> = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.html')) pages.push([path, statSync(path).size]);
		}
	};
	walk(dist);
	const [largest] = pages.sort((x, y) => y[1] - x[1]);
	// Every list that grows with the catalogue is split into pages, so pages stay the size they are
	// here as cards are added. Unsplit, the benchmark pages were about 3.5 MB here.
	expect(largest![1], largest![0]).toBeLessThan(1_000_000 / 3);
});

test('each computation over the whole catalogue runs once per build, not once per page', () => {
	// The build logs each: the catalogue itself, and each view of it several pages share (keyed by
	// what it is of, such as one model's page data). Before issue 14 the results were flattened
	// again for every compare, model and benchmark page: 230 times at 1,000 cards.
	const names = readFileSync(computations, 'utf8').trim().split('\n');
	expect(names).toEqual(
		expect.arrayContaining(['catalogue', 'evaluations-by-card', 'benchmark-setups', 'results-by-model']),
	);
	const repeated = names.filter((name, index) => names.indexOf(name) !== index);
	expect([...new Set(repeated)]).toEqual([]);
	// Far fewer than the pages that read them.
	const pages = readdirSync(dist, { recursive: true }).filter((path) => String(path).endsWith('.html'));
	expect(names.length).toBeLessThan(pages.length / 2);
});
