/** The search page's results, all of them: "More results" is clicked until every result is shown. */
import type { Page } from 'playwright-core';

export async function showAllResults(page: Page): Promise<void> {
	await page.waitForSelector('#search-results li');
	while (await page.locator('.search-more').isVisible()) {
		const shown = await page.locator('#search-results li').count();
		await page.locator('.search-more').click();
		await page.waitForFunction(
			(count) => document.querySelectorAll('#search-results li').length > count,
			shown,
		);
	}
}
