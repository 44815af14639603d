/**
 * Serves the built site and launches Chromium once per test file (registered as beforeAll and
 * afterAll), so each site test file starts the same way.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'astro';
import { launchChromium, serveSite } from './browser.ts';

export interface BuiltSite {
	browser: Browser;
	origin: string;
	/** A page of the site in a fresh desktop-sized context, JavaScript on unless asked otherwise. */
	open(path: string, options?: { javaScriptEnabled?: boolean }): Promise<Page>;
}

export function useBuiltSite(): BuiltSite {
	const site = {
		async open(path, options = {}) {
			const context = await site.browser.newContext({
				javaScriptEnabled: options.javaScriptEnabled ?? true,
				viewport: { width: 1280, height: 800 },
			});
			const page = await context.newPage();
			await page.goto(`${site.origin}${path}`);
			return page;
		},
	} as BuiltSite;
	let server: PreviewServer | undefined;
	beforeAll(async () => {
		const served = await serveSite();
		server = served.server;
		site.origin = served.origin;
		site.browser = await launchChromium();
	}, 60_000);
	afterAll(async () => {
		await site.browser?.close();
		await server?.stop();
	});
	return site;
}
