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

/** The result links on the page, as paths with query and fragment, without the highlight parameter. */
export const resultLinks = (page: Page) =>
	page.locator('#search-results h2 a').evaluateAll((links) =>
		links.map((link) => {
			const url = new URL(link.getAttribute('href')!, location.origin);
			url.searchParams.delete('highlight');
			return `${url.pathname}${url.search}${url.hash}`;
		}),
	);
