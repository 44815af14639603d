/**
 * Serves the built site and launches Chromium once per test file (registered as beforeAll and
 * afterAll), so each site test file starts the same way.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'astro';
import { launchChromium, serveSite } from './browser.ts';

export interface BuiltSite {
	browser: Browser;
	origin: string;
}

export function useBuiltSite(): BuiltSite {
	const site = {} as BuiltSite;
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
