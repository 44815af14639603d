/** Reads every evaluation table on a card page as { columns, rows }, footnote markers and link affordances removed. */
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { BuiltSite } from './built-site.ts';

export type EvaluationTables = Record<
	string,
	{ columns: string[]; rows: Record<string, string[]> }
>;

export function readEvaluationTables(page: Page): Promise<EvaluationTables> {
	return page.evaluate(() => {
		const text = (element: Element) => {
			const clone = element.cloneNode(true) as HTMLElement;
			clone
				.querySelectorAll('sup, .anchor-link, .copy-link')
				.forEach((element) => element.remove());
			return [...clone.childNodes]
				.map((node) => node.textContent!.trim())
				.filter(Boolean)
				.join(' ')
				.replace(/\s+/g, ' ');
		};
		return Object.fromEntries(
			[...document.querySelectorAll('section.evaluation')].map((section) => [
				section.id.replace(/^eval-/, ''),
				{
					columns: [...section.querySelectorAll('thead th')].slice(1).map(text),
					rows: Object.fromEntries(
						[...section.querySelectorAll('tbody tr')].map((tr) => [
							text(tr.children[0]!),
							[...tr.children].slice(1).map(text),
						]),
					),
				},
			]),
		);
	});
}

/** [evaluation, row, column header, figure as shown]. "≈" marks a value read off a chart. */
export type DossierFigure = [evaluation: string, row: string, column: string, figure: string];

/**
 * Registers one test per figure: the card page at `path` shows `figure` in that evaluation's
 * row and column. The figures are written in the test file from the dossier, by hand.
 */
export function testDossierFigures(
	site: BuiltSite,
	path: string,
	figures: readonly DossierFigure[],
): () => EvaluationTables {
	let tables: EvaluationTables;
	beforeAll(async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.origin}${path}`);
		tables = await readEvaluationTables(page);
		await page.close();
	}, 60_000);

	test.each(figures)('%s / %s / %s shows %s', (evaluation, row, column, figure) => {
		const table = tables[evaluation];
		expect(table, `no evaluation ${evaluation} on the page`).toBeDefined();
		const columnIndex = table!.columns.indexOf(column);
		expect(columnIndex, `columns are: ${table!.columns.join(' | ')}`).toBeGreaterThanOrEqual(0);
		expect(table!.rows[row], `rows are: ${Object.keys(table!.rows).join(' | ')}`).toBeDefined();
		expect(table!.rows[row]![columnIndex]).toBe(figure);
	});
	return () => tables;
}
