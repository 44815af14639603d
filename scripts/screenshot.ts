/**
 * `npm run screenshots`: light and dark screenshots of the main pages into screenshots/, for
 * looking at the site after a change. Needs a build first. `-- <path>...` picks the pages;
 * `FULL=1` takes whole pages and `WIDTH=390` a phone's width.
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
			viewport: { width: Number(process.env['WIDTH'] ?? 1280), height: 900 },
		});
		for (const path of pages) {
			await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
			const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'index';
			await page.screenshot({
				path: `screenshots/${name}-${scheme}${process.env['WIDTH'] ? `-${process.env['WIDTH']}` : ''}.png`,
				fullPage: process.env['FULL'] === '1',
			});
			console.log(
				`screenshots/${name}-${scheme}.png`.replace(
					'.png',
					process.env['WIDTH'] ? `-${process.env['WIDTH']}.png` : '.png',
				),
			);
		}
		await page.close();
	}
} finally {
	await browser.close();
	await server.stop();
}
