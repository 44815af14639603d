/**
 * Views away from a card keep the marks the card page shows: a rating from a source other than the
 * publisher's own document says so and links to it, and an approximate figure keeps its "≈".
 * Expected marks come from the content (through the same catalogue the build makes), never from a
 * hand-written list. Model pages are all checked (they are few and differ in what they hold);
 * benchmark pages too.
 */
import { SETUP_PREVIEW_ROWS } from '../../src/lib/pagination.ts';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { riskExplorerSections, riskMatrices, riskRowId } from '../../src/lib/risk-matrix.ts';
import { ratingsOfModel, resultsByModel } from '../../src/lib/model-page.ts';
import { benchmarkSetups } from '../../src/lib/benchmark-results.ts';
import { benchmarkPath, cardPath, modelPath } from '../../src/lib/anchors.ts';
import { useBuiltSite } from './built-site.ts';
import { contentCatalogue } from './content-catalogue.ts';
import { showAllResults } from './search-results.ts';

const site = useBuiltSite();
const catalogue = contentCatalogue();

async function open(path: string): Promise<Page> {
	const context = await site.browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${site.origin}${path}`);
	return page;
}

describe('ratings', () => {
	test('every rating on /risk/ taken from a non-official source is marked and links to that source', async () => {
		// The page is grouped by publisher, each with its frameworks' matrices.
		const matrices = riskExplorerSections(catalogue).flatMap((section) => section.matrices);
		const expected = matrices.flatMap((matrix) =>
			matrix.rows.flatMap((row) =>
				matrix.categories.flatMap((category) =>
					(row.cells[category.id] ?? []).map((fact) => [
						riskRowId(matrix.framework.id, row.modelId),
						fact.href,
						fact.basis === 'official' ? null : fact.source.href,
					]),
				),
			),
		);
		expect(expected.filter(([, , source]) => source !== null).length).toBeGreaterThan(0);

		const page = await open('/risk/');
		const shown = await page
			.locator('table.risk-matrix .matrix-ratings li')
			.evaluateAll((items) =>
				items.map((item) => [
					item.closest('tr')!.id,
					item.querySelector('a')!.getAttribute('href'),
					item.querySelector('.basis-mark')?.getAttribute('href') ?? null,
				]),
			);
		expect(shown).toEqual(expected);
		await page.context().close();
	});

	test('a rating found by search says where it comes from, as on its card', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		await page.goto(`${site.origin}/search/?type=Rating&category=CBRN`);
		await showAllResults(page);
		const shown = await page
			.locator('#search-results li')
			.evaluateAll((items) =>
				items.map((item) => [
					new URL(item.querySelector('h2 a')!.getAttribute('href')!, location.href).pathname +
						new URL(item.querySelector('h2 a')!.getAttribute('href')!, location.href).hash,
					item.querySelector('.result-basis a')?.getAttribute('href') ?? null,
				]),
			);
		const facts = new Map(catalogue.ratings.map((fact) => [fact.href, fact]));
		expect(shown.length).toBeGreaterThan(3);
		expect(shown.some(([, source]) => source !== null)).toBe(true);
		for (const [href, source] of shown)
			expect(source, href!).toBe(
				facts.get(href!)!.basis === 'official' ? null : facts.get(href!)!.source.href,
			);
		await context.close();
	});

	test('a card that rated a model twice lists the rating of its later version first', () => {
		// Cells where one card rates the same model twice (a revision changed the determination).
		const twice = riskMatrices(catalogue).flatMap((matrix) =>
			matrix.rows.flatMap((row) =>
				Object.values(row.cells).flatMap((facts) =>
					[...Map.groupBy(facts, (fact) => fact.cardId).values()].filter((same) => same.length > 1),
				),
			),
		);
		expect(twice.length).toBeGreaterThan(0);
		for (const facts of twice)
			expect(facts.map((fact) => fact.asOf)).toEqual(
				[...facts.map((fact) => fact.asOf)].sort().reverse(),
			);
	});

	test('every model page marks its non-official ratings, in the order of the data', async () => {
		for (const { id } of catalogue.models) {
			const ratings = ratingsOfModel(catalogue, id);
			if (ratings.length === 0) continue;
			const page = await open(modelPath(id));
			const shown = await page
				.locator('table.model-ratings tbody tr')
				.evaluateAll((rows) =>
					rows.map((row) => [row.id, row.querySelector('.basis-mark') !== null]),
				);
			expect(shown, id).toEqual(
				ratings.map(({ anchor, fact }) => [anchor, fact.basis !== 'official']),
			);
			await page.context().close();
		}
	});
});

describe('figures', () => {
	test('every model page prints each figure as the card does, "≈" and secondary marks included', async () => {
		const cardOrder = new Map(catalogue.cardsNewestFirst.map((card, index) => [card.id, index]));
		for (const [id, results] of resultsByModel(catalogue)) {
			const page = await open(modelPath(id));
			const shown = await page
				.locator('table.model-results tbody td:last-child')
				.evaluateAll((cells) =>
					cells.map((cell) => [
						cell.querySelector('a')!.getAttribute('href'),
						cell.querySelector('a')!.textContent,
						cell.querySelector('.basis-mark') !== null,
					]),
				);
			// Newest card first (the real content fits on one page; tests/content/long-lists.test.ts
			// covers the pages after it).
			const newestFirst = [...results].sort(
				(a, b) => cardOrder.get(a.cardId)! - cardOrder.get(b.cardId)!,
			);
			expect(shown, id).toEqual(
				newestFirst.map((result) => [result.href, result.text, result.secondary]),
			);
			for (const result of results) expect(result.text.startsWith('≈ ')).toBe(result.approximate);
			await page.context().close();
		}
	});

	test('every benchmark page marks approximate and secondary figures', async () => {
		for (const { id } of catalogue.benchmarks) {
			const expected = benchmarkSetups(catalogue, id).flatMap((group) =>
				group.results
					.slice(0, SETUP_PREVIEW_ROWS)
					.map((result) => [result.text, result.secondary, result.approximate]),
			);
			const page = await open(benchmarkPath(id));
			const shown = await page
				.locator('section.benchmark-setup tbody td:nth-child(2)')
				.evaluateAll((cells) =>
					cells.map((cell) => [
						cell.querySelector('a')!.textContent,
						cell.querySelector('.basis-mark') !== null,
						cell.textContent!.includes('Read off a chart'),
					]),
				);
			expect(shown, id).toEqual(expected);
			await page.context().close();
		}
	});

	test('the two secondary chart readings the audit found are approximate everywhere', () => {
		const approximate = catalogue.results
			.filter((result) => result.secondary && result.approximate)
			.map((result) => `${result.evaluationId} ${result.text}`);
		expect(approximate).toEqual(
			expect.arrayContaining(['gpt-5-codex/cyber ≈ 50%', 'o3-o4-mini/protocolqa ≈ 43%']),
		);
	});
});

test('every heading on every card page has an id to link to', async () => {
	for (const { id } of catalogue.cards) {
		const page = await open(cardPath(id));
		expect(await page.locator('main :is(h2, h3, h4):not([id])').allTextContents(), id).toEqual([]);
		await page.context().close();
	}
});
