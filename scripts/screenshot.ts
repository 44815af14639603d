/**
 * `npm run screenshots`: light and dark screenshots of the main pages into screenshots/, for
 * looking at the site after a change. Needs a build first.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium, serveSite } from '../tests/site/browser.ts';

const pages = process.argv.slice(2).length
	? process.argv.slice(2)
	: ['/', '/cards/o3-mini/', '/search/?q=persuasion+medium'];
mkdirSync('screenshots', { recursive: true });
const { server, origin } = await serveSite();
const browser = await launchChromium();
try {
	for (const scheme of ['light', 'dark'] as const) {
		const page = await browser.newPage({
			colorScheme: scheme,
			viewport: { width: 1280, height: 900 },
		});
		for (const path of pages) {
			await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
			const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'index';
			await page.screenshot({
				path: `screenshots/${name}-${scheme}.png`,
				fullPage: process.env['FULL'] === '1',
			});
			console.log(`screenshots/${name}-${scheme}.png`);
		}
		await page.close();
	}
} finally {
	await browser.close();
	await server.stop();
}
