/**
 * Feeds, sitemap and page metadata: well-formed XML that lists every card, canonical and Open
 * Graph tags on every page, JSON-LD and a citation on each card.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { checkContent } from '../../src/lib/content-check.ts';
import { builtPagePaths } from '../../src/lib/built-pages.ts';

const SITE = 'https://cardshelf.example';
const { cards } = checkContent('content', process.cwd());
const read = (path: string) => readFileSync(join('dist', path), 'utf8');
const parse = (path: string) => {
	const text = read(path);
	expect(SyntaxValidator.validate(text), path).toBe(true);
	return new XMLParser({ ignoreAttributes: false }).parse(text);
};
const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

describe('feeds', () => {
	test('the card feed is valid RSS listing every card, dated only when the day is known', () => {
		const items = asArray(parse('feeds/cards.xml').rss.channel.item) as Array<{
			link: string;
			pubDate?: string;
			description: string;
		}>;

		expect(items.map((item) => item.link).sort()).toEqual(
			[...cards.keys()].map((id) => `${SITE}/cards/${id}/`).sort(),
		);
		for (const [id, card] of cards) {
			const item = items.find((entry) => entry.link === `${SITE}/cards/${id}/`)!;
			if (/^\d{4}-\d{2}-\d{2}$/.test(card.published))
				expect(new Date(item.pubDate!).toISOString().slice(0, 10), id).toBe(card.published);
			else expect(item.pubDate, id).toBeUndefined();
		}
	});

	test('the changes feed dates each new card with its ratings and each dated revision', () => {
		const items = asArray(parse('feeds/changes.xml').rss.channel.item) as Array<{
			title: string;
			link: string;
			description: string;
		}>;
		const revisions = [...cards].flatMap(([id, card]) =>
			card.revisions
				.filter((revision) => revision.date)
				.map(() => `${SITE}/cards/${id}/#revisions`),
		);

		expect(items.filter((item) => item.title.startsWith('New card:'))).toHaveLength(cards.size);
		expect(
			items
				.filter((item) => item.title.startsWith('Revised:'))
				.map((item) => item.link)
				.sort(),
		).toEqual(revisions.sort());
		expect(revisions.length).toBeGreaterThan(0);
		const o3mini = items.find((item) => item.link === `${SITE}/cards/o3-mini/#scorecard`)!;
		expect(o3mini.description).toContain(
			'CBRN risk: Medium before mitigations, Medium after mitigations.',
		);
	});
});

test('the sitemap is valid XML and lists every card page and no forwarding page', () => {
	const index = parse('sitemap-index.xml');
	const urls = asArray(index.sitemapindex.sitemap).flatMap((sitemap: { loc: string }) =>
		asArray(parse(sitemap.loc.replace(`${SITE}/`, '')).urlset.url).map(
			(url: { loc: string }) => url.loc,
		),
	);

	for (const id of cards.keys()) expect(urls).toContain(`${SITE}/cards/${id}/`);
	expect(urls).toContain(`${SITE}/api/`);
	expect(
		urls.filter((url: string) => !builtPagePaths('dist').includes(url.replace(SITE, ''))),
	).toEqual([]);
});

describe('page metadata', () => {
	test('every page names its canonical URL and has Open Graph and Twitter tags', () => {
		const problems = builtPagePaths('dist').flatMap((path) => {
			const html = read(path.endsWith('/') ? join(path, 'index.html') : path);
			// Forwarding pages and the 404 page are not pages of their own address.
			if (
				html.includes('http-equiv="refresh"') ||
				html.includes('<meta name="robots" content="noindex">')
			)
				return [];
			const missing = [
				`<link rel="canonical" href="${SITE}${path}">`,
				'<meta property="og:title"',
				`<meta property="og:url" content="${SITE}${path}">`,
				'<meta name="twitter:card" content="summary">',
			].filter((tag) => !html.includes(tag));
			return missing.map((tag) => `${path}: ${tag}`);
		});
		expect(problems).toEqual([]);
	});

	test('a card page has JSON-LD about the publisher’s report, and citations for the report and the page', () => {
		const html = read('cards/o3-mini/index.html');
		const jsonLd = JSON.parse(
			/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!,
		);

		expect(jsonLd).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'TechArticle',
			url: `${SITE}/cards/o3-mini/`,
			about: {
				'@type': 'Report',
				name: 'OpenAI o3-mini System Card',
				author: { name: 'OpenAI' },
				datePublished: '2025-01-31',
				url: 'https://openai.com/index/o3-mini-system-card/',
			},
		});
		expect(html).toContain('@techreport{openai-o3-mini,');
		expect(html).toContain('url = {https://openai.com/index/o3-mini-system-card/}');
		expect(html).toContain(`url = {${SITE}/cards/o3-mini/}`);
	});
});
