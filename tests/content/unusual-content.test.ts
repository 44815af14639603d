/**
 * Valid content written in unusual ways (tests/fixtures/unusual-content/) is accepted and rendered
 * as written: a byte-order mark, a closing `--- ` with a trailing space, both placement forms, an
 * MDX comment holding a tag, a heading with a link and an apostrophe, more than a hundred aliases
 * of one anchor, Windows line endings, a .yml file, values JavaScript writes in exponent form,
 * labels that look like dates or numbers, a fenced code block, and non-ASCII letters.
 *
 * The same build shows that the content check and Astro's loader read every file to the same data:
 * the build keeps its content store in its own folder, which the test reads back.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import { expectLoaderToMatchCheck } from './content-parity.ts';
import { buildSite } from './site-build.ts';

const CONTENT = join(import.meta.dirname, '../fixtures/unusual-content');
const root = mkdtempSync(join(tmpdir(), 'cardshelf-unusual-'));
const dist = join(root, 'dist');
const cache = join(root, 'cache');
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(() => {
	const build = buildSite({ content: CONTENT, dist, cache });
	expect(build.status, build.output).toBe(0);
}, 120_000);

const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('unusual but valid content is published as written', () => {
	test('a card with a byte-order mark and a closing "--- " with a trailing space keeps its frontmatter', () => {
		const card = page('cards/example-card');
		expect(card).toContain('<h1 data-pagefind-meta="title">Unusual System Card</h1>');
		expect(text(card)).toContain('naïve about nothing');
		expect(card).not.toContain('title: Unusual');
	});

	test('both placement forms place their tables; a tag inside an MDX comment places nothing', () => {
		const card = page('cards/example-card');
		for (const id of ['eval-example-qa', 'eval-tiny-rates', 'eval-many-rows']) expect(card).toContain(`id="${id}"`);
		expect(card).not.toContain('A note to editors');
		expect(page('cards/unusual-addendum')).toContain('id="eval-labels"');
	});

	test('a heading with a link and an apostrophe gets the id the build gives it; prose links stay on the site', () => {
		const card = page('cards/example-card');
		expect(card).toMatch(/<h2 id="the-models-card"/);
		expect(card).toContain('href="/risk/"');
		expect(page('cards/unusual-addendum')).toContain('href="#safeguards-in-2025"');
	});

	test('a locator reused through one anchor by 120 rows gives 120 rows', () => {
		const card = page('cards/example-card');
		const table = card.slice(card.indexOf('id="eval-many-rows"'), card.indexOf('</table>', card.indexOf('id="eval-many-rows"')));
		expect(table.match(/id="eval-many-rows--r\d+"/g)).toHaveLength(120);
	});

	test('values JavaScript writes in exponent form are printed in full', () => {
		const card = text(page('cards/example-card'));
		expect(card).toContain('0.00000015');
		expect(card).toContain('0.0000002');
		expect(card).not.toMatch(/\de-7/);
	});

	test('a date known to the month and an unverified entry are listed as such', () => {
		const home = page('');
		const row = home.slice(home.lastIndexOf('<tr', home.indexOf('Unusual Addendum</a>')), home.indexOf('</tr>', home.indexOf('Unusual Addendum</a>')));
		expect(row).toMatch(/<time datetime="2025-06"[^>]*>June 2025<\/time>/);
		expect(row).toContain('unverified-badge');
	});

	test('labels that look like dates or numbers are shown as written', () => {
		const addendum = text(page('cards/unusual-addendum'));
		expect(addendum).toContain('2024-06-30');
		expect(addendum).toContain('+.992');
	});

	test('a fenced code block is shown plain: no inline style a strict policy would block', () => {
		const card = page('cards/example-card');
		expect(card).toContain('value: 21.7 # shown as written, without colours');
		expect(card).not.toMatch(/\sstyle="/);
	});

	test('a model file with Windows line endings and a .yml source are read', () => {
		expect(text(page('models/model-b'))).toContain('A comparison model, written with Windows line endings.');
		expect(text(page('cards/example-card'))).toContain('An extra source');
	});
});

test('the content check and Astro’s loader read every content file to the same data', () => {
	const checked = checkContent(CONTENT, join(CONTENT, '..'));
	expect(checked.problems).toEqual([]);
	expect(expectLoaderToMatchCheck(join(cache, 'data-store.json'), checked)).toBe(11);
});

test('a content folder with no cards is rejected, so a wrong content directory never publishes an empty site', () => {
	const root = mkdtempSync(join(tmpdir(), 'cardshelf-empty-'));
	try {
		mkdirSync(join(root, 'content', 'models'), { recursive: true });
		const { problems } = checkContent(join(root, 'content'), root);
		expect(problems.map((problem) => [problem.file, problem.message.split(';')[0]])).toEqual([
			['content/cards/', 'got no card files'],
		]);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});
