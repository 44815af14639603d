/**
 * Browser tests in real Chromium against the built site (`npm test` builds it first).
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();

async function open(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
	const context = await site.browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.goto(`${site.origin}${path}`);
	return page;
}

describe('card page', () => {
	test('the o3-mini page shows its scorecard, pre and post mitigation', async () => {
		const page = await open('/cards/o3-mini/');

		const rows = await page.locator('#scorecard tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].slice(0, 3).map((cell) => (cell.querySelector('a, .level') ?? cell).textContent!.trim())));

		expect(rows).toEqual([
			['CBRN', 'Medium', 'Medium'],
			['Cybersecurity', 'Low', 'Low'],
			['Persuasion', 'Medium', 'Medium'],
			['Model Autonomy', 'Medium', 'Medium'],
			['Overall', 'Medium', 'Medium'],
		]);
		await page.context().close();
	});

	test('a card reads fully without JavaScript: scorecard, tables and sources', async () => {
		const page = await open('/cards/o3-mini/', { javaScriptEnabled: false });

		expect(await page.locator('#risk-model-autonomy').textContent()).toContain('Medium');
		expect(await page.locator('section.evaluation table').count()).toBeGreaterThan(25);
		expect(await page.locator('#sources li').count()).toBeGreaterThan(3);
		await page.context().close();
	});

	test('an "on this page" link scrolls to its section', async () => {
		const page = await open('/cards/o3-mini/');
		const link = page.locator('.toc a', { hasText: 'Multilingual' }).first();
		const target = (await link.getAttribute('href'))!;

		await link.click();
		await page.waitForFunction((hash) => location.hash === hash, target);
		// Scrolling may be smooth; wait until the heading has arrived near the top of the viewport.
		await page.waitForFunction((hash) => {
			const top = document.querySelector(hash)!.getBoundingClientRect().top;
			return top >= 0 && top < 200;
		}, target);

		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
		await page.context().close();
	});

	test('"/" focuses the search box', async () => {
		const page = await open('/cards/o3-mini/');

		await page.keyboard.press('/');

		expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
		await page.context().close();
	});
});

describe('index', () => {
	test('lists every card with a link to its page', async () => {
		const page = await open('/');

		expect(await page.locator('.card-index a[href="/cards/o3-mini/"]').textContent()).toBe('OpenAI o3-mini System Card');
		await page.context().close();
	});
});

describe('search', () => {
	const resultLinks = (page: Page) => page.locator('#search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));

	test('a search returns the card', async () => {
		const page = await open('/search/?q=o3-mini');

		await page.waitForSelector('#search-results li');

		expect(await resultLinks(page)).toContain('/cards/o3-mini/');
		await page.context().close();
	});

	test('"persuasion medium" finds o3-mini\'s persuasion rating at its anchor', async () => {
		const page = await open('/search/?q=persuasion+medium');

		await page.waitForSelector('#search-results li');

		expect(await resultLinks(page)).toContain('/cards/o3-mini/#risk-persuasion');
		await page.context().close();
	});

	test('a filter narrows the results and is kept in the URL', async () => {
		const page = await open('/search/?q=medium');
		await page.waitForSelector('#search-results li');
		const before = (await resultLinks(page)).length;

		await page.locator('#search-filter-panel summary').click();
		await page.locator('#search-filters input[name="category"][value="Persuasion"]').check();
		await page.waitForFunction(() => location.search.includes('category=Persuasion'));
		await page.waitForFunction((count) => {
			const shown = document.querySelectorAll('#search-results li').length;
			return shown > 0 && shown < count;
		}, before);
		const after = await resultLinks(page);

		expect(after.length).toBeGreaterThan(0);
		expect(after.length).toBeLessThan(before);
		expect(after).toContain('/cards/o3-mini/#risk-persuasion');
		expect(after).not.toContain('/cards/o3-mini/#risk-cbrn');
		await page.context().close();
	});

	test('"CBRN at least Medium" as filters lists the ratings the data says', async () => {
		const page = await open('/search/?type=Rating&category=CBRN&at_least=Medium');

		await page.waitForSelector('#search-results li');

		expect(await resultLinks(page)).toEqual(['/cards/o3-mini/#risk-cbrn']);
		expect(await page.locator('#search-filters input[name="at_least"][value="Medium"]').isChecked()).toBe(true);
		await page.context().close();
	});
});

describe('addenda', () => {
	test('an addendum links up to its parent card, and the parent links back down', async () => {
		const page = await open('/cards/codex/');

		await page.locator('.card-facts a', { hasText: 'OpenAI o3 and o4-mini System Card' }).click();
		await page.waitForURL('**/cards/o3-o4-mini/');
		await page.locator('.card-facts a[href="/cards/codex/"]').click();
		await page.waitForURL('**/cards/codex/');

		expect(await page.locator('h1').textContent()).toContain('Codex');
		await page.context().close();
	});
});
