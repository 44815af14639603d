/**
 * Deep links over the real built site: the anchor lock, internal link checking, and what a reader
 * sees on arriving at a fragment (scrolled to, highlighted) and when copying a link.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { describe, expect, test } from 'vitest';
import {
	brokenPromises,
	lockFromManifest,
	scanPage,
	type AnchorLock,
	type AnchorManifest,
	type ScannedPage,
} from '../../src/lib/anchor-manifest.ts';
import { builtFileExists, builtPagePaths, readBuiltPages } from '../../src/lib/built-pages.ts';
import { brokenLinks } from '../../src/lib/link-check.ts';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();
const manifest = (): AnchorManifest => JSON.parse(readFileSync('dist/anchors.json', 'utf8'));
const lock: AnchorLock = JSON.parse(readFileSync('anchors.lock.json', 'utf8'));

describe('anchor lock', () => {
	test('the build keeps every page and anchor the lock promises', () => {
		expect(brokenPromises(lock, manifest())).toEqual([]);
	});

	test('every anchor of the build is in the lock (run `npm run anchors:lock` after adding some)', () => {
		const current = lockFromManifest(manifest());
		const unlocked = Object.entries(current.pages).flatMap(([path, ids]) =>
			ids.filter((id) => !lock.pages[path]?.includes(id)).map((id) => `${path}#${id}`),
		);
		expect(unlocked).toEqual([]);
	});

	test('/anchors.json lists each page with labelled anchors', async () => {
		const response = await fetch(`${site.origin}/anchors.json`);
		const served = (await response.json()) as AnchorManifest;
		expect(served.schemaVersion).toBe(1);
		expect(served.pages['/cards/o3-mini/']!.anchors).toContainEqual({
			id: 'risk-cbrn',
			label: 'CBRN rating',
		});
		expect(served.pages['/cards/o3-mini/']!.anchors).toContainEqual({
			id: 'eval-personqa',
			label: 'PersonQA hallucination evaluation',
		});
	});
});

test('no internal link or fragment on the built site is broken', () => {
	const pages = readBuiltPages('dist');
	expect(pages.size).toBeGreaterThan(50);
	expect(brokenLinks(pages, (path) => builtFileExists('dist', path))).toEqual([]);
});

test('the anchor scan reads every built page as an HTML parser does (htmlparser2)', () => {
	// scanPage matches start tags with a regular expression, for speed; this is what it must equal.
	const parsed = (html: string): ScannedPage => {
		const page: ScannedPage = { ids: [], anchors: [], aliases: {}, links: [] };
		const parser = new Parser(
			{
				onopentag(name, attributes) {
					const { id, href } = attributes;
					if (id !== undefined) page.ids.push(id);
					if (id !== undefined && attributes['data-alias-of'] !== undefined)
						page.aliases[id] = attributes['data-alias-of'];
					if (name !== 'a' || href === undefined) return;
					page.links.push(href);
					if (attributes['data-anchor-label'] !== undefined && href.startsWith('#'))
						page.anchors.push({
							id: decodeURIComponent(href.slice(1)),
							label: attributes['data-anchor-label'],
						});
					if (attributes['data-redirect-target'] !== undefined) page.redirectTo = href;
				},
			},
			{ decodeEntities: true },
		);
		parser.write(html);
		parser.end();
		return page;
	};
	const paths = builtPagePaths('dist');
	expect(paths.length).toBeGreaterThan(50);
	for (const path of paths) {
		const html = readFileSync(
			join('dist', path.endsWith('/') ? `${path}index.html` : path),
			'utf8',
		);
		expect(scanPage(html), path).toEqual(parsed(html));
	}
});

describe('arriving at an anchor', () => {
	async function open(path: string) {
		const context = await site.browser.newContext({
			viewport: { width: 1280, height: 800 },
			permissions: ['clipboard-read', 'clipboard-write'],
		});
		const page = await context.newPage();
		await page.goto(`${site.origin}${path}`);
		return page;
	}

	test('a rating link scrolls to the rating and highlights it', async () => {
		const page = await open('/cards/o3-mini/#risk-model-autonomy');
		// The row starts below the fold; arriving at the fragment brings all of it into view.
		await page.waitForFunction(() => {
			const box = document.getElementById('risk-model-autonomy')!.getBoundingClientRect();
			return scrollY > 0 && box.top >= 0 && box.bottom <= innerHeight;
		});
		const background = (selector: string) =>
			page.locator(selector).evaluate((element) => getComputedStyle(element).backgroundColor);
		expect(await background('#risk-model-autonomy')).not.toBe(await background('#risk-cbrn'));
		await page.context().close();
	});

	test('the copy button puts the full URL of the anchor on the clipboard', async () => {
		const page = await open('/cards/o3-mini/');
		const button = page.locator('#risk-cbrn .copy-link');
		await button.focus();
		await button.click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${site.origin}/cards/o3-mini/#risk-cbrn`,
		);
		expect(await button.textContent()).toBe('Copied');
		await page.context().close();
	});

	test("a model-centric link lands on the model's rating and leads to the card that gave it", async () => {
		const page = await open('/models/o3-mini/#risk-cbrn');
		const row = page.locator('tr:has(#risk-cbrn)');
		expect(await row.locator('td').first().textContent()).toContain('Medium');
		await row.locator('a[href^="/cards/"]').click();
		await page.waitForURL('**/cards/o3-mini/#risk-cbrn');
		await page.context().close();
	});
});
