/**
 * The framework pages are the registry, rendered: /frameworks/ lists every entry, and a framework's
 * page shows its categories, levels, determinations, gates, changes, cards and sources as the entry
 * and the content give them. The risk explorer's old /risk/v1|v2/ addresses still lead there.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { registry } from '../../src/frameworks/registry.ts';
import { frameworkPath } from '../../src/lib/framework-pages.ts';
import { riskLevelPath, riskMatrices } from '../../src/lib/risk-matrix.ts';
import { cardPath } from '../../src/lib/anchors.ts';
import { useBuiltSite } from './built-site.ts';
import { contentCatalogue } from './content-catalogue.ts';

const site = useBuiltSite();

async function open(path: string, javaScriptEnabled = false): Promise<Page> {
	const context = await site.browser.newContext({ javaScriptEnabled });
	const page = await context.newPage();
	await page.goto(`${site.origin}${path}`);
	return page;
}

const texts = (page: Page, selector: string) =>
	page
		.locator(selector)
		.evaluateAll((nodes) => nodes.map((node) => node.textContent!.replace(/\s+/g, ' ').trim()));

describe('framework pages', () => {
	test('/frameworks/ lists every framework version in the registry, each linked to its page', async () => {
		const page = await open('/frameworks/');
		const links = await page
			.locator('main section[aria-labelledby^="publisher-"] table th[scope="row"] > a')
			.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
		// Grouped by publisher, each publisher's versions oldest first.
		expect(links).toEqual(
			registry.publishers
				.flatMap((publisher) => registry.frameworksOf(publisher.id))
				.map((framework) => frameworkPath(framework.id)),
		);
		await page.context().close();
	});

	test.each(registry.frameworks.map((framework) => [framework.id, framework] as const))(
		'%s: the page shows its registry entry and the cards rated under it',
		async (_id, framework) => {
			const page = await open(frameworkPath(framework.id));

			expect(await page.locator('h1').textContent()).toBe(framework.shortName);
			expect(await texts(page, '.framework-categories dt')).toEqual(
				[
					...framework.categories.filter((category) => category.role === 'tracked'),
					...framework.categories.filter((category) => category.role === 'research'),
				].map(
					(category) =>
						`${category.label} ${category.role === 'tracked' ? 'Rated' : 'Monitored, not rated'}`,
				),
			);
			expect(await texts(page, '.framework-levels .level')).toEqual(
				framework.levels.map((level) => level.label),
			);
			expect(await texts(page, '[id^="determination-"] th')).toEqual(
				framework.determinations.map((determination) => determination.label),
			);
			expect(await texts(page, '[id^="gate-"]')).toEqual(framework.gates.map((gate) => gate.rule));
			if (framework.documentUrl)
				expect(
					await page
						.locator('a[rel="external"]', { hasText: 'Read the framework document' })
						.getAttribute('href'),
				).toBe(framework.documentUrl);
			else
				expect(await page.locator('.card-links').textContent()).toContain(
					'The address of this version’s document was not recovered.',
				);
			expect(await page.locator('#sources ~ ul li').count()).toBe(framework.sources.length);

			const cards = contentCatalogue().cardsNewestFirst.filter(
				(card) => card.data.framework === framework.id,
			);
			if (cards.length === 0)
				expect(await page.locator('section:has(#cards)').textContent()).toContain(
					'No card in the catalogue is rated under this framework yet.',
				);
			const listed = await page
				.locator('section:has(#cards) tbody th a')
				.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
			expect(listed).toEqual(cards.map((card) => `${cardPath(card.id)}#scorecard`));
			await page.context().close();
		},
	);

	test('a scorecard links to its framework’s page as well as to the framework document', async () => {
		const page = await open('/cards/o3-mini/');
		const framework = registry.get(contentCatalogue().card('o3-mini')!.data.framework);

		expect(
			await page.locator('#scorecard a', { hasText: 'About this framework' }).getAttribute('href'),
		).toBe(frameworkPath(framework.id));
		expect(
			await page.locator('#scorecard a', { hasText: framework.name }).getAttribute('href'),
		).toBe(framework.documentUrl);
		await page.context().close();
	});
});

test('an address under a framework’s former URL segment forwards to its page under the framework id, fragment kept', async () => {
	const matrix = riskMatrices(contentCatalogue()).find(
		(candidate) => candidate.framework.formerSlugs.length > 0,
	)!;
	const [slug] = matrix.framework.formerSlugs;
	const [category] = matrix.categories;
	const level = matrix.levels[category!.id]![0]!;
	const page = await open(`${riskLevelPath(slug!, category!.id, level.id)}#main`, true);

	await page.waitForURL(`**${riskLevelPath(matrix.framework.id, category!.id, level.id)}#main`);
	expect(await page.locator('h1').textContent()).toContain(level.label);
	await page.context().close();
});

test('frameworks in force side by side name each other, and their crosswalk is not shown as a lineage of versions', async () => {
	const pairs = registry.frameworks.flatMap((framework) =>
		framework.alongside.map((other) => [framework, registry.get(other)] as const),
	);
	expect(pairs.length).toBeGreaterThan(0);
	for (const [framework, other] of pairs) {
		for (const [here, there] of [
			[framework, other],
			[other, framework],
		]) {
			const page = await open(frameworkPath(here.id));
			const fact = page.locator('.card-facts div', { hasText: 'In force alongside' });
			expect(await fact.locator('a').getAttribute('href')).toBe(frameworkPath(there.id));
			await page.context().close();
		}
		const risk = await open('/risk/');
		expect(
			await risk.locator(`h2:has-text("${other.shortName} to the ${framework.shortName}")`).count(),
		).toBe(0);
		await risk.context().close();
	}
});
