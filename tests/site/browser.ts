/**
 * Real Chromium (Debian's, at /usr/bin/chromium) driven by playwright-core, against the built site
 * served by `astro preview`. Flags keep Chromium off the network it cannot reach here.
 */
import { chromium, type Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'astro';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}

/** Serves dist/ on a free local port. */
export async function serveSite(): Promise<{ server: PreviewServer; origin: string }> {
	const server = await preview({
		root: process.cwd(),
		logLevel: 'error',
		server: { port: 0, host: '127.0.0.1' },
	});
	return { server, origin: `http://127.0.0.1:${server.port}` };
}
