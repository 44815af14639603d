/**
 * The second lab: Anthropic's cards under the Responsible Scaling Policy, and the views that now
 * span two labs (search, the risk explorer, the index filters, the crosswalk). Expected values come
 * from the content and the registry, never from a second copy of them.
 */
import { describe, expect, test } from 'vitest';
import { registry } from '../../src/frameworks/registry.ts';
import { DEFAULT_INDEX_VIEW, indexViewPath } from '../../src/lib/card-list.ts';
import { cardPath } from '../../src/lib/anchors.ts';
import { frameworkMappings } from '../../src/lib/framework-pages.ts';
import { riskExplorerSections, riskSectionId } from '../../src/lib/risk-matrix.ts';
import { useBuiltSite } from './built-site.ts';
import { contentCatalogue } from './content-catalogue.ts';
import { resultLinks, showAllResults } from './search-results.ts';

const site = useBuiltSite();

const open = site.open;

/** Claude Opus 4's safeguard determination on its card, as the rating facts give it. */
const opus4Determination = () =>
	contentCatalogue().ratings.find(
		(fact) =>
			fact.cardId === 'claude-4' &&
			fact.category === 'required-safeguards' &&
			fact.modelIds.includes('claude-opus-4'),
	)!;

describe('search across labs', () => {
	test('searching "ASL-3" lists Claude Opus 4’s determination at its anchor', async () => {
		const fact = opus4Determination();
		expect(fact.view.atLeast).toContain('ASL-3');

		const page = await open('/search/?q=ASL-3');
		await showAllResults(page);
		expect(await resultLinks(page)).toContain(fact.href);

		await page
			.locator(`#search-results h2 a[href^="${fact.href.split('#')[0]}"][href$="#${fact.anchor}"]`)
			.first()
			.click();
		// The result link carries the search terms for highlighting; the page and anchor are the rating's.
		await page.waitForURL((url) => `${url.pathname}${url.hash}` === fact.href);
		expect(await page.locator(`#${fact.anchor}`).textContent()).toContain(fact.view.level.label);
		await page.context().close();
	});

	test('"rated at least ASL-3" lists every rating that counts as reaching ASL-3, and no other', async () => {
		const expected = contentCatalogue()
			.ratings.filter((fact) => fact.category !== undefined && fact.view.atLeast.includes('ASL-3'))
			.map((fact) => fact.href);
		expect(expected).toContain(opus4Determination().href);

		const page = await open('/search/?type=Rating&at_least=ASL-3');
		await showAllResults(page);
		expect((await resultLinks(page)).sort()).toEqual([...expected].sort());
		await page.context().close();
	});

	test('the publisher filter keeps only that lab’s cards', async () => {
		const anthropic = registry.publisher('anthropic');
		const expected = contentCatalogue()
			.cards.filter((card) => card.data.publisher === 'anthropic')
			.map((card) => cardPath(card.id));

		const page = await open(`/search/?type=Card&publisher=${encodeURIComponent(anthropic.name)}`);
		await showAllResults(page);
		expect((await resultLinks(page)).sort()).toEqual([...expected].sort());
		await page.context().close();
	});
});

test('the index filtered to Anthropic lists Anthropic’s cards and no other lab’s', async () => {
	const expected = contentCatalogue()
		.cardsNewestFirst.filter((card) => card.data.publisher === 'anthropic')
		.map((card) => cardPath(card.id));
	expect(expected.length).toBeLessThanOrEqual(100);

	const page = await open(indexViewPath({ ...DEFAULT_INDEX_VIEW, publisher: 'anthropic' }), {
		javaScriptEnabled: false,
	});
	const listed = await page
		.locator('table.card-index tbody th a')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
	expect(listed).toEqual(expected);
	await page.context().close();
});

test('/risk/ has a section per lab, each with its own frameworks’ matrices', async () => {
	const sections = riskExplorerSections(contentCatalogue());
	expect(sections.map((section) => section.publisher.id)).toEqual(
		expect.arrayContaining(['anthropic', 'openai']),
	);

	const page = await open('/risk/', { javaScriptEnabled: false });
	for (const section of sections) {
		const matrices = await page
			.locator(`section:has(> h2#${section.id}) > section > h3[id^="matrix-"]`)
			.evaluateAll((headings) => headings.map((heading) => heading.id));
		expect(matrices).toEqual(section.matrices.map((matrix) => riskSectionId(matrix.framework.id)));
	}
	const fact = opus4Determination();
	const row = page.locator(`tr#${fact.framework.id}-claude-opus-4`);
	await row.locator(`a[href="${fact.href}"]`).first().click();
	await page.waitForURL(`**${fact.href}`);
	await page.context().close();
});

test('the crosswalk between the labs’ frameworks is on /frameworks/, every mapping marked approximate', async () => {
	const crosswalks = frameworkMappings(registry).filter(
		(mapping) => mapping.from.publisher !== mapping.to.publisher,
	);
	expect(crosswalks.length).toBeGreaterThan(0);

	const page = await open('/frameworks/', { javaScriptEnabled: false });
	const section = page.locator('section:has(> h3#crosswalks)');
	expect(await section.locator('table.lineage').count()).toBe(crosswalks.length);
	const fits = await section.locator('table.lineage tbody td:last-child').allTextContents();
	expect(fits.length).toBe(crosswalks.flatMap((mapping) => mapping.mappings).length);
	for (const fit of fits) expect(fit.startsWith('Approximate.')).toBe(true);
	await page.context().close();
});
