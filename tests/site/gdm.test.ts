/**
 * The third lab: Google DeepMind's documents under the Frontier Safety Framework, found by search
 * and shown in the risk explorer. Expected values come from the content and the registry.
 */
import { expect, test } from 'vitest';
import { registry } from '../../src/frameworks/registry.ts';
import { frameworkCrosswalk } from '../../src/lib/framework-pages.ts';
import { riskExplorerSections } from '../../src/lib/risk-matrix.ts';
import { resultsByModel } from '../../src/lib/model-page.ts';
import { modelPath } from '../../src/lib/anchors.ts';
import { useBuiltSite } from './built-site.ts';
import { contentCatalogue } from './content-catalogue.ts';
import { resultLinks, showAllResults } from './search-results.ts';

const site = useBuiltSite();

test('searching "alert threshold cyber" lists every Gemini document that reached a cyber alert threshold, each at its anchor', async () => {
	const expected = contentCatalogue()
		.ratings.filter(
			(fact) =>
				fact.card.publisher === 'google-deepmind' &&
				fact.subject.toLowerCase().startsWith('cyber') &&
				fact.view.atLeast.includes('Alert threshold'),
		)
		.map((fact) => fact.href);
	expect(expected).toContain('/cards/gemini-2-5-pro/#risk-cyber-uplift-1');

	const page = await site.open('/search/?q=alert+threshold+cyber');
	await showAllResults(page);
	const shown = (await resultLinks(page)).map((href) => href.replace(/\?[^#]*/, ''));
	expect(shown).toEqual(expect.arrayContaining(expected));
	await page.context().close();
});

test('/risk/ has a section for each of the three labs whose cards are rated', async () => {
	const sections = riskExplorerSections(contentCatalogue());
	const rated = sections.filter((section) =>
		section.matrices.some((matrix) => matrix.rows.length > 0),
	);
	expect(rated.map((section) => section.publisher.id)).toEqual(
		expect.arrayContaining(['anthropic', 'google-deepmind', 'openai']),
	);

	const page = await site.open('/risk/', { javaScriptEnabled: false });
	const headings = await page
		.locator('main h2[id^="publisher-"]')
		.evaluateAll((nodes) => nodes.map((node) => node.id));
	expect(headings).toEqual(sections.map((section) => section.id));
	await page.context().close();
});

test('/frameworks/ sets every framework version against the shared risk domains, each placement approximate and sourced', async () => {
	const crosswalk = frameworkCrosswalk(registry);
	const page = await site.open('/frameworks/', { javaScriptEnabled: false });
	const table = page.locator('section[aria-labelledby="crosswalk"] table.crosswalk');

	const headers = await table.locator('thead th').allTextContents();
	expect(headers.slice(1, -1)).toEqual(crosswalk.domains.map((domain) => domain.label));
	const rowNames = await table.locator('tbody th[scope="row"]').allTextContents();
	expect(rowNames.sort()).toEqual(
		registry.frameworks.map((framework) => framework.shortName).sort(),
	);

	// Every category in a domain column says it is approximate and who places it there.
	const placements = await table
		.locator('tbody td:not(:last-child) .crosswalk-cell li')
		.allTextContents();
	const expectedCount = crosswalk.groups
		.flatMap((group) => group.rows)
		.reduce((sum, row) => sum + row.cells.flat().length, 0);
	expect(placements).toHaveLength(expectedCount);
	for (const text of placements) expect(text).toMatch(/Approximate, (placed by .+|our reading)/);

	// The anchors are listed with their addresses, METR's Common Elements among them.
	const metr = page.locator('#anchor-metr-common-elements a[rel="external"]');
	await expect.poll(() => metr.getAttribute('href')).toBe('https://metr.org/common-elements');
	await page.context().close();
});

test('the Gemini 2.5 Pro model page gathers its figures from the model card and the technical report', async () => {
	const results = resultsByModel(contentCatalogue()).get('gemini-2.5-pro') ?? [];
	const perCard = (cardId: string) => results.filter((result) => result.cardId === cardId).length;
	expect(perCard('gemini-2-5-pro')).toBeGreaterThan(0);
	expect(perCard('gemini-2-5-report')).toBeGreaterThan(0);

	const page = await site.open(modelPath('gemini-2.5-pro'), { javaScriptEnabled: false });
	const sources = await page
		.locator('table.model-results tbody td:last-child')
		.evaluateAll((cells) =>
			cells.map((cell) => cell.querySelector('a')!.getAttribute('href')!.replace(/#.*/, '')),
		);
	const shown = (path: string) => sources.filter((href) => href === path).length;
	expect([shown('/cards/gemini-2-5-pro/'), shown('/cards/gemini-2-5-report/')]).toEqual([
		perCard('gemini-2-5-pro'),
		perCard('gemini-2-5-report'),
	]);
	await page.context().close();
});
