/**
 * Reading comforts: the theme switch (kept across pages and reloads, applied before the first
 * paint, hidden without JavaScript), print and save as PDF, and the current section in "On this
 * page". The print test reads the text of the PDF Chromium makes.
 */
import { describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { useBuiltSite } from './built-site.ts';
import { axeViolations } from './gate-checks.ts';
import { contentCatalogue } from './content-catalogue.ts';
import { scorecardOf } from '../../src/lib/card-page.ts';
import { THEME_KEY } from '../../src/client/theme.ts';

const site = useBuiltSite();
/** `--bg` of each theme, as computed. */
const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(17, 19, 24)' };

async function newPage(
	browser: Browser,
	options: {
		javaScriptEnabled?: boolean;
		colorScheme?: 'light' | 'dark';
		bypassCSP?: boolean;
	} = {},
): Promise<Page> {
	const context = await browser.newContext({
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		colorScheme: options.colorScheme ?? 'light',
		bypassCSP: options.bypassCSP ?? false,
	});
	// The page's background at its first frame: a flash of the wrong theme would show here.
	await context.addInitScript(() => {
		requestAnimationFrame(() => {
			(window as unknown as { firstPaintBackground: string }).firstPaintBackground =
				getComputedStyle(document.body).backgroundColor;
		});
	});
	return context.newPage();
}

const firstPaint = (page: Page) =>
	page
		.waitForFunction(
			() => (window as unknown as { firstPaintBackground?: string }).firstPaintBackground,
		)
		.then((handle) => handle.jsonValue());

describe('theme switch', () => {
	test('a chosen theme is kept across pages and reloads, and applied before the first paint', async () => {
		const page = await newPage(site.browser);
		await page.goto(`${site.origin}/cards/o3-mini/`);
		expect(await firstPaint(page)).toBe(BACKGROUND.light);

		await page.selectOption('#theme-select', 'dark');
		expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');

		await page.goto(`${site.origin}/risk/`);
		expect(await firstPaint(page)).toBe(BACKGROUND.dark);
		expect(await page.inputValue('#theme-select')).toBe('dark');
		await page.reload();
		expect(await firstPaint(page)).toBe(BACKGROUND.dark);

		await page.selectOption('#theme-select', 'system');
		expect(
			await page.evaluate(
				(key) => [document.documentElement.dataset['theme'] ?? null, localStorage.getItem(key)],
				THEME_KEY,
			),
		).toEqual([null, null]);
		await page.reload();
		expect(await firstPaint(page)).toBe(BACKGROUND.light);
		await page.context().close();
	});

	test('a light choice holds on a system set to dark', async () => {
		const page = await newPage(site.browser, { colorScheme: 'dark' });
		await page.goto(`${site.origin}/`);
		expect(await firstPaint(page)).toBe(BACKGROUND.dark);
		await page.selectOption('#theme-select', 'light');
		await page.goto(`${site.origin}/timeline/`);
		expect(await firstPaint(page)).toBe(BACKGROUND.light);
		await page.context().close();
	});

	test('without JavaScript the switch is hidden and the system preference applies', async () => {
		const page = await newPage(site.browser, { javaScriptEnabled: false, colorScheme: 'dark' });
		await page.goto(`${site.origin}/cards/o3-mini/`);
		expect(await page.locator('.theme-switch').isVisible()).toBe(false);
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
			BACKGROUND.dark,
		);
		await page.context().close();
	});

	test.each([
		['dark', 'light'],
		['light', 'dark'],
	] as const)(
		'a card page chosen %s on a %s system has no accessibility violations',
		async (theme, system) => {
			// axe is injected as a script, which the page's policy would refuse.
			const page = await newPage(site.browser, { colorScheme: system, bypassCSP: true });
			await page.goto(`${site.origin}/cards/o3-mini/`);
			await page.selectOption('#theme-select', theme);
			expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
				BACKGROUND[theme],
			);
			expect(await axeViolations(page)).toEqual([]);
			await page.context().close();
		},
	);
});

/** The text of a PDF, page by page. */
async function pdfText(bytes: Buffer): Promise<string[]> {
	const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: true }).promise;
	const pages: string[] = [];
	for (let number = 1; number <= pdf.numPages; number++) {
		const content = await (await pdf.getPage(number)).getTextContent();
		pages.push(
			content.items
				.map((item) => ('str' in item ? item.str : ''))
				.join(' ')
				.replace(/\s+/g, ' '),
		);
	}
	return pages;
}

test('the o3-mini card prints whole: every evaluation and scorecard row, no site controls, where it came from', async () => {
	const catalogue = contentCatalogue();
	const card = catalogue.card('o3-mini')!;
	const page = await newPage(site.browser);
	await page.goto(`${site.origin}/cards/o3-mini/`);
	const pages = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
	const text = pages.join(' ');
	const squeezed = text.replace(/\s+/g, '');
	const has = (phrase: string) => squeezed.includes(phrase.replace(/\s+/g, ''));

	const titles = [...catalogue.evaluationsOf('o3-mini').values()].map(
		(evaluation) => evaluation.title,
	);
	expect(titles.length).toBeGreaterThan(30);
	expect(titles.filter((title) => !has(title))).toEqual([]);
	const scorecard = scorecardOf(catalogue, card)!;
	const rows = [...scorecard.ratings, ...scorecard.cardLevel].map((fact) => fact.subject);
	expect(rows).toContain('Overall');
	expect(rows.filter((row) => !has(row))).toEqual([]);

	expect(has('Printed from https://cardshelf.example/cards/o3-mini/')).toBe(true);
	expect(has('content last changed on')).toBe(true);
	expect(has(`(${card.data.officialUrl})`)).toBe(true);
	for (const control of ['Search cards and ratings', 'Download CSV', 'On this page', 'Copy link'])
		expect(has(control), control).toBe(false);
	await page.context().close();
}, 120_000);

test('"On this page" marks the section being read, and follows the scrolling', async () => {
	const page = await newPage(site.browser);
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(`${site.origin}/cards/o3-mini/`);
	const targets = await page
		.locator('.toc a')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
	expect(await page.locator('.toc a[aria-current="location"]').getAttribute('href')).toBe(
		targets[0],
	);
	// Sections longer than the window, so that with its heading at the top no other heading is near.
	const long = await page.evaluate((hrefs) => {
		const tops = hrefs.map(
			(href) => document.getElementById(href.slice(1))!.getBoundingClientRect().top,
		);
		return hrefs.filter(
			(_, index) =>
				index + 1 < hrefs.length && tops[index + 1]! - tops[index]! > window.innerHeight,
		);
	}, targets);
	expect(long.length).toBeGreaterThan(3);

	for (const target of [long[2]!, long[Math.floor(long.length / 2)]!, long[0]!]) {
		await page.evaluate(
			(id) => document.getElementById(id)!.scrollIntoView({ block: 'start', behavior: 'instant' }),
			target.slice(1),
		);
		await page.waitForFunction(
			(href) =>
				document.querySelector('.toc a[aria-current="location"]')?.getAttribute('href') === href,
			target,
		);
	}
	expect(await page.locator('.toc a[aria-current]').count()).toBe(1);
	await page.context().close();
});
