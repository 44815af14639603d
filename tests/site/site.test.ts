/**
 * Browser tests in real Chromium against the built site (`npm test` builds it first).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { INDEXED_PAGES } from '../../src/integrations/pagefind.ts';
import { builtPagePaths } from '../../src/lib/built-pages.ts';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from './built-site.ts';
import { checkContent } from '../../src/lib/content-check.ts';
import { cardPath, modelPath, ratingAnchor } from '../../src/lib/anchors.ts';
import { registry } from '../../src/frameworks/registry.ts';
import { modelsAtLevel, riskMatrices } from '../../src/lib/risk-matrix.ts';
import { benchmarkSetups, sharedResults } from '../../src/lib/benchmark-results.ts';
import { contentCatalogue } from './content-catalogue.ts';
import { SETUP_PREVIEW_ROWS } from '../../src/lib/pagination.ts';
import { resultLinks, showAllResults } from './search-results.ts';

const site = useBuiltSite();

const open = site.open;

describe('card page', () => {
	test('the o3-mini page shows its scorecard, pre and post mitigation', async () => {
		const page = await open('/cards/o3-mini/');

		const rows = await page
			.locator('#scorecard tbody tr')
			.evaluateAll((trs) =>
				trs.map((tr) =>
					[...tr.querySelectorAll('th, td')]
						.slice(0, 3)
						.map((cell) => (cell.querySelector('a, .level') ?? cell).textContent!.trim()),
				),
			);

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

		expect(await page.locator('.card-index a[href="/cards/o3-mini/"]').textContent()).toBe(
			'OpenAI o3-mini System Card',
		);
		await page.context().close();
	});
});

describe('search', () => {
	/** Result links without the `?highlight=` terms Pagefind adds, so they compare with page paths. */

	/** Every result of the search, clicking "Show more results" until none are left. */
	async function allResults(
		page: Page,
	): Promise<Array<{ type: string; href: string; modelPages: string[] }>> {
		await showAllResults(page);
		const links = await resultLinks(page);
		const details = await page.locator('#search-results li').evaluateAll((items) =>
			items.map((item) => ({
				type: item.querySelector('.result-kind')!.textContent!.split(' · ')[0]!,
				modelPages: [...item.querySelectorAll('.result-models a')].map((link) =>
					link.getAttribute('href')!,
				),
			})),
		);
		return details.map((detail, index) => ({ ...detail, href: links[index]! }));
	}

	test('results arriving do not shift the search page (cumulative layout shift under 0.1, desktop and phone)', async () => {
		for (const viewport of [
			{ width: 1280, height: 800 },
			{ width: 390, height: 844 },
		]) {
			const context = await site.browser.newContext({ viewport });
			const page = await context.newPage();
			// Layout shifts as Lighthouse counts them: every shift not caused by the reader's input.
			await page.addInitScript(() => {
				(window as unknown as { shift: number }).shift = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as unknown as Array<{
						value: number;
						hadRecentInput: boolean;
					}>)
						if (!entry.hadRecentInput)
							(window as unknown as { shift: number }).shift += entry.value;
				}).observe({ type: 'layout-shift', buffered: true });
			});
			await page.goto(`${site.origin}/search/?q=cbrn+medium`);
			await page.waitForSelector('#search-results li');
			await page.waitForTimeout(500);
			const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
			expect(shift, `${viewport.width} px`).toBeLessThan(0.1);
			await context.close();
		}
	});

	test('every page with a body to index is one Pagefind is given (INDEXED_PAGES)', () => {
		const withBody = builtPagePaths('dist').filter((path) =>
			readFileSync(join('dist', path.endsWith('/') ? `${path}index.html` : path), 'utf8').includes(
				'data-pagefind-body',
			),
		);
		expect(withBody.length).toBeGreaterThan(contentCatalogue().cards.length);
		const file = (path: string) =>
			path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
		expect(withBody.filter((path) => !matchesGlob(file(path), INDEXED_PAGES))).toEqual([]);
	});

	test('a card is indexed without the text every card repeats: table links and legends, citations', async () => {
		// Indexed, that text matched every card and made each result's download larger
		// (EvaluationTable.astro). Pagefind gives back the text it indexed for a page.
		const page = await open('/search/');
		// A string, so Vitest leaves its import() alone: it runs in the page, not in Node.
		const indexed = await page.evaluate<string | undefined>(`(async () => {
			const pagefind = await import('/pagefind/pagefind.js');
			const { results } = await pagefind.search('o3-mini');
			const pages = await Promise.all(results.map((result) => result.data()));
			return pages.find((entry) => {
				const url = new URL(entry.url, location.origin);
				return url.pathname === '/cards/o3-mini/' && url.hash === '';
			})?.content;
		})()`);
		expect(indexed).toContain('PersonQA');
		for (const repeated of ['Download CSV', 'BibTeX', 'across all cards', 'higher is better'])
			expect(indexed, repeated).not.toContain(repeated);
		await page.context().close();
	});

	test('a search returns the card', async () => {
		const page = await open('/search/?q=o3-mini');

		await page.waitForSelector('#search-results li');

		expect(await resultLinks(page)).toContain('/cards/o3-mini/');
		await page.context().close();
	});

	// OpenAI's milestones (issue 15): each is stated in its card's summary, so the first page of
	// results for a reader's words leads to the card. Since a second lab's cards use the same words
	// ("biology", "threshold met"), the biology milestone is looked for as a reader would, with the
	// publisher filter set.
	test.each([
		['first model High cybersecurity', '', '/cards/gpt-5-3-codex/'],
		['first model rated Critical', '', '/cards/gpt-6-astra/'],
		['biology threshold met', '&publisher=OpenAI', '/cards/gpt-rosalind-5-5/'],
	])('"%s"%s finds %s among the first results', async (query, filters, card) => {
		const page = await open(`/search/?q=${encodeURIComponent(query)}${filters}`);
		await page.waitForSelector('#search-results li');
		const paths = (await resultLinks(page)).map((href) => href.replace(/[?#].*$/, ''));
		expect(paths).toContain(card);
		await page.context().close();
	});

	test('"cyber critical" finds GPT-6 Astra\'s cybersecurity rating at its anchor', async () => {
		const page = await open('/search/?q=cyber+critical');
		await page.waitForSelector('#search-results li');
		const astra = contentCatalogue().ratings.find(
			(fact) =>
				fact.cardId === 'gpt-6-astra' &&
				fact.category === 'cybersecurity' &&
				fact.view.level.id === 'critical',
		)!;
		expect(await resultLinks(page)).toContain(astra.href);
		await page.context().close();
	});

	test('"persuasion medium" finds o3-mini\'s persuasion rating at its anchor', async () => {
		const page = await open('/search/?q=persuasion+medium');

		await page.waitForSelector('#search-results li');

		expect(await resultLinks(page)).toContain('/cards/o3-mini/#risk-persuasion');
		await page.context().close();
	});

	test('a filter narrows the results and is kept in the URL', async () => {
		const page = await open('/search/?q=o3-mini+medium');
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

	test('"cbrn medium" under Preparedness v1 lists exactly the CBRN ratings at Medium, each at its anchor and with its model pages', async () => {
		// "Medium" is a level of this framework only; other labs' CBRN ratings use the word in their
		// definitions ("medium-resourced actors"), so the reader narrows by framework.
		const framework = registry.get('pf-v1').shortName;
		const page = await open(`/search/?q=cbrn+medium&framework=${encodeURIComponent(framework)}`);

		const ratings = (await allResults(page)).filter((result) => result.type === 'Rating');

		// Expected straight from content: every CBRN rating with Medium before or after mitigations.
		const { cards } = checkContent('content', process.cwd());
		const expected = [...cards].flatMap(([id, card]) =>
			card.framework === 'pf-v1'
				? card.ratings
						.filter(
							(rating) =>
								rating.category === 'cbrn' &&
								[rating['preMitigation'], rating['postMitigation'], rating['level']].includes(
									'medium',
								),
						)
						.map((rating) => ({
							href: `${cardPath(id)}#${ratingAnchor(
								rating.category,
								rating.models?.map((model) => model.id),
							)}`,
							modelPages: (rating.models ?? card.models).map((model) => modelPath(model.id)),
						}))
				: [],
		);
		expect(expected.length).toBeGreaterThanOrEqual(4);
		expect(
			ratings
				.map(({ href, modelPages }) => ({ href, modelPages }))
				.sort((a, b) => a.href.localeCompare(b.href)),
		).toEqual(expected.sort((a, b) => a.href.localeCompare(b.href)));
		await page.context().close();
	});

	test('a search for a model lists its model page as well as its cards', async () => {
		const page = await open('/search/?q=o3-mini');

		const results = await allResults(page);

		expect(results).toContainEqual(
			expect.objectContaining({ type: 'Model', href: '/models/o3-mini/' }),
		);
		expect(results).toContainEqual(
			expect.objectContaining({ type: 'Card', href: '/cards/o3-mini/' }),
		);
		await page.context().close();
	});

	test('the page a result leads to marks the search terms, outside the parts search ignores', async () => {
		const page = await open('/search/?q=persuasion+medium');
		await page.waitForSelector('#search-results li');
		const link = page.locator(
			'#search-results h2 a[href*="/cards/o3-mini/"][href$="#risk-persuasion"]',
		);

		expect(await link.getAttribute('href')).toBe(
			'/cards/o3-mini/?highlight=persuasion&highlight=medium#risk-persuasion',
		);
		await link.click();
		await page.waitForSelector('mark.pagefind-highlight');
		const marked = await page.locator('mark.pagefind-highlight').allTextContents();

		expect(new Set(marked.map((text) => text.toLowerCase()))).toEqual(
			new Set(['persuasion', 'medium']),
		);
		expect(await page.locator('#risk-persuasion mark.pagefind-highlight').count()).toBeGreaterThan(
			0,
		);
		expect(await page.locator('.toc mark').count()).toBe(0);
		expect(await page.evaluate(() => location.hash)).toBe('#risk-persuasion');
		await page.context().close();
	});

	test('a page reached without search terms loads no highlighter', async () => {
		const page = await open('/cards/o3-mini/');
		const loaded: string[] = [];
		page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
		await page.reload({ waitUntil: 'networkidle' });

		expect(loaded.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
		expect(await page.locator('mark').count()).toBe(0);
		await page.context().close();
	});

	test('"CBRN at least Medium" as filters lists the ratings the data says', async () => {
		const page = await open('/search/?type=Rating&category=CBRN&at_least=Medium');

		await page.waitForSelector('#search-results li');

		// Expected straight from content: every CBRN rating whose gating level is Medium or above.
		const { cards } = checkContent('content', process.cwd());
		// The gating level: post-mitigation, or the single level a source gives; Medium and above.
		const levels = registry.get('pf-v1').levels.map((level) => level.id);
		const gating = (rating: Record<string, unknown>) =>
			String(rating['postMitigation'] ?? rating['level']);
		const expected = [...cards].flatMap(([id, card]) =>
			card.framework === 'pf-v1'
				? card.ratings
						.filter(
							(rating) =>
								rating.category === 'cbrn' &&
								levels.indexOf(gating(rating)) >= levels.indexOf('medium'),
						)
						.map(
							(rating) =>
								`${cardPath(id)}#${ratingAnchor(
									rating.category,
									rating.models?.map((model) => model.id),
								)}`,
						)
				: [],
		);
		expect(expected).toContain('/cards/o3-mini/#risk-cbrn');
		expect(expected.length).toBeLessThanOrEqual(10);
		expect((await resultLinks(page)).sort()).toEqual(expected.sort());
		expect(
			await page.locator('#search-filters input[name="at_least"][value="Medium"]').isChecked(),
		).toBe(true);
		await page.context().close();
	});
});

describe('addenda', () => {
	test('an addendum sets its ratings, evaluations and safeguards against its parent’s, linked to both cards', async () => {
		const page = await open('/cards/codex/', { javaScriptEnabled: false });
		const section = page.locator('#against-parent');
		const { cards, sources } = checkContent('content', process.cwd());
		const codex = cards.get('codex')!;
		const parent = cards.get(codex.parent!.id)!;

		const rows = await section
			.locator('table.parent-ratings tbody tr')
			.evaluateAll((trs) =>
				trs.map((tr) =>
					[...tr.querySelectorAll('th, td')].map((cell) =>
						(cell.querySelector('.level') ?? cell).textContent!.replace(/\s+/g, ' ').trim(),
					),
				),
			);
		expect(rows.map((row) => row[0])).toEqual([
			'Biological and Chemical',
			'Cybersecurity',
			'AI Self-improvement',
		]);
		for (const row of rows) expect(row.slice(1)).toEqual(['Below High', 'Below High', 'Same']);
		// Codex's ratings come from secondary sources: each says so here too, as on its own card.
		const secondary = codex.ratings.filter(
			(rating) => sources.get(rating.locator.source.id)?.kind === 'secondary',
		).length;
		expect(await section.locator('table.parent-ratings td:nth-child(2) .basis-mark').count()).toBe(
			secondary,
		);
		expect(
			await section
				.locator('table.parent-ratings a[href="/cards/o3-o4-mini/#risk-cybersecurity"]')
				.count(),
		).toBe(1);

		const parentOnly = await section
			.locator('dd')
			.nth(2)
			.locator('a')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		const parentEvaluations = readdirSync('content/evaluations/o3-o4-mini').map((file) =>
			file.replace(/\.yaml$/, ''),
		);
		// Codex's figures meet the parent's three times: its standard refusals share the parent's
		// evaluation id, its StrongReject table the benchmark of the parent's jailbreak table, and its
		// SWE-bench Verified figures the benchmark of the parent's.
		const matched = {
			'standard-refusals': 'standard-refusals',
			strongreject: 'jailbreaks',
			'swe-bench-verified': 'swe-bench-verified',
		};
		expect(parentOnly.sort()).toEqual(
			parentEvaluations
				.filter((id) => !Object.values(matched).includes(id))
				.map((id) => `/cards/o3-o4-mini/#eval-${id}`)
				.sort(),
		);
		const both = await section
			.locator('dd')
			.nth(0)
			.locator('a')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(both.sort()).toEqual(
			Object.entries(matched)
				.flatMap(([here, there]) => [`#eval-${here}`, `/cards/o3-o4-mini/#eval-${there}`])
				.sort(),
		);

		const safeguards = await section
			.locator('.parent-safeguards a')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(safeguards).toEqual([
			...codex.safeguardSections.map((id) => `#${id}`),
			...parent.safeguardSections.map((id) => `/cards/o3-o4-mini/#${id}`),
		]);
		await page.context().close();
	});

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

describe('catalogue', () => {
	const { cards } = checkContent('content', process.cwd());

	test('filters and order are links to static views, and work without JavaScript', async () => {
		const page = await open('/', { javaScriptEnabled: false });
		expect(await page.locator('table.card-index tbody tr').count()).toBe(cards.size);

		await page.locator('.index-views a', { hasText: 'Addenda' }).click();
		await page.waitForURL('**/index/addendum/all/newest/');
		await page.locator('.index-views a', { hasText: 'Preparedness Framework v2' }).click();
		await page.waitForURL('**/index/addendum/pf-v2/newest/');
		await page.locator('.index-views a', { hasText: 'Oldest first' }).click();
		await page.waitForURL('**/index/addendum/pf-v2/oldest/');
		await page.locator('.index-views a', { hasText: 'Headline only' }).click();
		await page.waitForURL('**/index/addendum/pf-v2/oldest/all/headline/');
		await page.locator('.index-views a', { hasText: 'OpenAI' }).click();
		await page.waitForURL('**/index/addendum/pf-v2/oldest/openai/headline/');

		const expected = [...cards]
			.filter(
				([, card]) =>
					card.kind === 'addendum' &&
					card.framework === 'pf-v2' &&
					card.coverage === 'headline' &&
					card.publisher === 'openai',
			)
			.sort(
				([, a], [, b]) => a.published.localeCompare(b.published) || a.title.localeCompare(b.title),
			)
			.map(([id]) => cardPath(id));
		const listed = await page
			.locator('table.card-index tbody th a')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(expected.length).toBeGreaterThan(2);
		expect(listed).toEqual(expected);
		expect(await page.locator('.index-views a[aria-current="page"]').allTextContents()).toEqual([
			'OpenAI (' + expected.length + ')',
			'Addenda (' + expected.length + ')',
			'Preparedness Framework v2 (' + expected.length + ')',
			'Headline only (' + expected.length + ')',
			'Oldest first',
		]);
		await page.context().close();
	});

	test('each filter option shows how many cards it leads to, and an option leading to none is not a link', async () => {
		const page = await open('/index/update/all/newest/', { javaScriptEnabled: false });
		const updates = [...cards].filter(([, card]) => card.kind === 'update');
		const count = (coverage: string) =>
			updates.filter(([, card]) => card.coverage === coverage).length;

		for (const [label, coverage] of [
			['Full', 'full'],
			['Headline only', 'headline'],
		] as const) {
			const option = page.locator('[aria-labelledby="index-view-coverage"] li', { hasText: label });
			expect(await option.textContent()).toContain(`(${count(coverage)})`);
			expect(await option.locator('a').count()).toBe(count(coverage) > 0 ? 1 : 0);
		}
		expect(count('full')).toBe(0);
		await page.context().close();
	});

	// Dates known only to the month and unverified entries: no real card has either since the
	// catalogue reached October 2026, so the unusual-content fixture shows them (tests/content).
	test('unverified entries and unrated categories are shown as such', async () => {
		const page = await open('/', { javaScriptEnabled: false });
		const row = (title: string) =>
			page.locator('table.card-index tbody tr', {
				has: page.getByRole('link', { name: title, exact: true }),
			});
		for (const [, card] of cards)
			expect(await row(card.title).locator('.unverified-badge').count()).toBe(
				card.unverified ? 1 : 0,
			);
		await page.context().close();

		const codex = await open('/cards/gpt-5-codex/', { javaScriptEnabled: false });
		expect(await codex.locator('#risk-cybersecurity').textContent()).toContain('Below High');
		expect(await codex.locator('#risk-biological-and-chemical').textContent()).toContain(
			'Not recovered from the sources we hold',
		);
		await codex.context().close();

		const gpt4o = await open('/cards/gpt-4o/', { javaScriptEnabled: false });
		const persuasion = await gpt4o.locator('#risk-persuasion').textContent();
		expect(persuasion).toContain('Medium');
		expect(persuasion).toContain('Pre- or post-mitigation not stated in the source');
		await gpt4o.context().close();
	});
});

test.each([
	'/',
	'/cards/o3-mini/',
	'/cards/gpt-5-3-codex/',
	'/models/o1-mini/',
	'/linking/',
	'/search/?q=cbrn',
	'/risk/',
	'/timeline/',
	'/benchmarks/swe-bench-verified/',
	'/compare/o1-vs-o3-mini/',
	// Source notes there carry long addresses, which must wrap.
	'/cards/claude-4/',
	'/cards/gemini-2-5-report/',
	'/frameworks/',
])('%s fits a 390 px phone screen without sideways scrolling', async (path) => {
	const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	await page.goto(`${site.origin}${path}`);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	await context.close();
});

describe('risk explorer', () => {
	test('the o3-mini Model Autonomy cell links to the rating on the o3-mini card', async () => {
		const page = await open('/risk/', { javaScriptEnabled: false });
		const column = await page
			.locator('section:has(#matrix-pf-v1) table thead th')
			.allTextContents();
		const cell = page.locator('tr#pf-v1-o3-mini td').nth(column.indexOf('Model Autonomy') - 1);
		await cell.locator('a').first().click();
		await page.waitForURL('**/cards/o3-mini/#risk-model-autonomy');
		expect(await page.locator('#risk-model-autonomy').textContent()).toContain('Medium');
		await page.context().close();
	});

	test('/risk/pf-v1/cbrn/medium/ lists exactly the models whose newest CBRN rating is Medium', async () => {
		const catalogue = contentCatalogue();
		const v1 = riskMatrices(catalogue).find((matrix) => matrix.framework.id === 'pf-v1')!;
		const expected = modelsAtLevel(v1, 'cbrn', 'medium').map((entry) =>
			catalogue.modelName(entry.modelId),
		);
		expect(expected).toContain('OpenAI o3-mini');

		const page = await open('/risk/pf-v1/cbrn/medium/', { javaScriptEnabled: false });
		const listed = await page.locator('.level-models > li > a[href^="/models/"]').allTextContents();
		expect(listed).toEqual(expected);
		await page.context().close();
	});
});

test('a benchmark page shows each setup in its own table, exactly as the data groups them', async () => {
	const catalogue = contentCatalogue();
	const groups = benchmarkSetups(catalogue, 'swe-bench-verified');
	expect(groups.length).toBeGreaterThan(2);

	const page = await open('/benchmarks/swe-bench-verified/', { javaScriptEnabled: false });
	const sections = page.locator('section.benchmark-setup');
	expect(await sections.count()).toBe(groups.length);
	for (const [index, group] of groups.entries()) {
		const rows = await sections
			.nth(index)
			.locator('tbody tr')
			.evaluateAll((trs) =>
				trs.map((tr) => [
					tr.querySelector('th a')!.textContent,
					tr.querySelector('td a')!.getAttribute('href'),
				]),
			);
		// The best SETUP_PREVIEW_ROWS; tests/content/long-lists.test.ts covers longer setups.
		expect(rows).toEqual(
			group.results
				.slice(0, SETUP_PREVIEW_ROWS)
				.map((result) => [catalogue.modelName(result.modelId), result.href]),
		);
	}
	await page.context().close();
});

test('a compare page shows every shared evaluation with both values, reached from a model page', async () => {
	const shared = sharedResults('o1', 'o3-mini', contentCatalogue().results);
	expect(shared.length).toBeGreaterThan(10);

	const page = await open('/models/o3-mini/', { javaScriptEnabled: false });
	await page.locator('a[href="/compare/o1-vs-o3-mini/"]').click();
	await page.waitForURL('**/compare/o1-vs-o3-mini/');
	const rows = await page
		.locator('table.compare-table tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) => [...tr.querySelectorAll('td a')].map((link) => link.getAttribute('href'))),
		);
	expect(rows).toEqual(shared.map((pair) => [pair.a.href, pair.b.href]));
	await page.context().close();
});

describe('OpenAI to October 2026', () => {
	test('the timeline shows every framework version, the Frontier Governance Framework included', async () => {
		const page = await open('/timeline/', { javaScriptEnabled: false });
		const ids = await page
			.locator('li.timeline-framework')
			.evaluateAll((items) => items.map((item) => item.id));
		expect(ids).toEqual(registry.frameworks.map((framework) => `framework-${framework.id}`));
		expect(await page.locator('#framework-fgf').textContent()).toContain('runs alongside');
		await page.context().close();
	});

	test('the index says where the record stops', async () => {
		const page = await open('/', { javaScriptEnabled: false });
		const recorded = registry.publishers.filter((publisher) => publisher.recordedThrough);
		expect(recorded.map((publisher) => publisher.id)).toContain('openai');
		const shown = page.locator('.index-record');
		expect(await shown.count()).toBe(recorded.length);
		for (const [index, publisher] of recorded.entries()) {
			expect(await shown.nth(index).locator('time').getAttribute('datetime')).toBe(
				publisher.recordedThrough!.date,
			);
			expect(await shown.nth(index).textContent()).toContain(publisher.recordedThrough!.note);
		}
		await page.context().close();
	});

	test('the o1 model page lists its figures from every card that reports them, each with its card', async () => {
		const page = await open('/models/o1/', { javaScriptEnabled: false });
		const captions = await page.locator('table.model-results caption').allTextContents();
		const reporting = contentCatalogue()
			.results.filter((result) => result.modelId === 'o1')
			.map((result) => result.cardTitle);
		expect(new Set(captions)).toEqual(new Set(reporting));
		expect(captions).toEqual(
			expect.arrayContaining([
				'OpenAI o1 System Card',
				'OpenAI o3-mini System Card',
				'OpenAI o3 and o4-mini System Card',
			]),
		);
		await page.context().close();
	});
});
