/**
 * The data the site publishes: every API file validates against the JSON Schema the site publishes
 * for it (with Ajv, a standard validator), API ids are the pages' anchors, and a table's "Download
 * CSV" link gives the figures the table shows.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { useBuiltSite } from './built-site.ts';
import { checkContent } from '../../src/lib/content-check.ts';
import type { AnchorManifest } from '../../src/lib/anchor-manifest.ts';

const site = useBuiltSite();
const readJson = (path: string) => JSON.parse(readFileSync(join('dist', path), 'utf8'));
const apiFiles = readdirSync('dist/api', { recursive: true, withFileTypes: true })
	// The API page itself (/api/index.html) lives beside the files it documents.
	.filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
	.map((entry) => relative('dist', join(entry.parentPath, entry.name)))
	.sort();

/** Which published schema describes an API file. */
function schemaOf(path: string): string {
	if (path === 'api/cards.json') return 'cards';
	if (path === 'api/ratings.json') return 'ratings';
	const folder = path.split('/')[1];
	return { cards: 'card', models: 'model', benchmarks: 'benchmark' }[folder!]!;
}

describe('JSON API', () => {
	const ajv = new Ajv2020({ allErrors: true, strict: false });
	addFormats.default(ajv);
	const validators = new Map<string, ReturnType<typeof ajv.compile>>();
	const validatorFor = (path: string) => {
		const kind = schemaOf(path);
		if (!validators.has(kind)) validators.set(kind, ajv.compile(readJson(`schema/${kind}.json`)));
		return validators.get(kind)!;
	};

	test('every API file validates against its published JSON Schema', () => {
		const { cards, models } = checkContent('content', process.cwd());
		expect(apiFiles).toHaveLength(
			2 + cards.size + models.size + readdirSync('content/benchmarks').length,
		);

		const failures = apiFiles.flatMap((path) => {
			const validate = validatorFor(path);
			return validate(readJson(path)) ? [] : [`${path}: ${ajv.errorsText(validate.errors)}`];
		});
		expect(failures).toEqual([]);
	});

	test('a mutated file fails its schema', () => {
		const validate = validatorFor('api/cards/o3-mini.json');
		const file = readJson('api/cards/o3-mini.json');
		file.ratings['risk-cybersecurity'].preMitigation = 'extreme';
		expect(validate(file)).toBe(false);
		const index = readJson('api/cards.json');
		delete index.cards[0].published;
		expect(validatorFor('api/cards.json')(index)).toBe(false);
	});

	test('ids in a card file are the anchors of its page, so page to data needs no re-keying', async () => {
		const manifest: AnchorManifest = readJson('anchors.json');
		const response = await fetch(`${site.origin}/api/cards/o3-mini.json`);
		expect(response.headers.get('content-type')).toContain('application/json');
		const card = await response.json();

		expect(card.ratings['risk-cybersecurity']).toMatchObject({
			category: 'cybersecurity',
			preMitigation: 'low',
			postMitigation: 'low',
		});
		for (const { id } of readJson('api/cards.json').cards) {
			const file = readJson(`api/cards/${id}.json`);
			const anchors = new Set(manifest.pages[`/cards/${id}/`]!.anchors.map((anchor) => anchor.id));
			const keys = [
				...Object.keys(file.ratings),
				...Object.keys(file.evaluations),
				...Object.keys(file.sources),
			];
			expect(
				keys.filter((key) => !anchors.has(key)),
				id,
			).toEqual([]);
			const pageRatingsAndEvaluations = [...anchors].filter(
				(anchor) =>
					/^risk-[^-]|^eval-/.test(anchor) &&
					!anchor.includes('--') &&
					!/-note-\d+$|-title$/.test(anchor),
			);
			expect(
				pageRatingsAndEvaluations.filter(
					(anchor) =>
						!(anchor in file.ratings) &&
						!(anchor in file.evaluations) &&
						!file.notRecovered.includes(anchor),
				),
				id,
			).toEqual([]);
		}
	});

	test('the card index lists every card, each with its page and its API file', () => {
		const { cards } = checkContent('content', process.cwd());
		const index = readJson('api/cards.json');
		expect(index.cards.map((entry: { id: string }) => entry.id).sort()).toEqual(
			[...cards.keys()].sort(),
		);
		for (const entry of index.cards)
			expect(entry).toMatchObject({
				url: `/cards/${entry.id}/`,
				api: `/api/cards/${entry.id}.json`,
			});
	});
});

/** RFC 4180 fields, for reading the downloaded file back. */
function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let field = '';
	let record: string[] = [];
	let quoted = false;
	for (let index = 0; index < text.length; index++) {
		const char = text[index]!;
		if (quoted) {
			if (char === '"' && text[index + 1] === '"') ((field += '"'), index++);
			else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"') quoted = true;
		else if (char === ',') (record.push(field), (field = ''));
		else if (char === '\r' && text[index + 1] === '\n')
			(record.push(field), records.push(record), (record = []), (field = ''), index++);
		else field += char;
	}
	return records;
}

test('"Download CSV" gives a file whose values are the ones in the table on the page', async () => {
	const context = await site.browser.newContext({ acceptDownloads: true });
	const page = await context.newPage();
	await page.goto(`${site.origin}/cards/o3-mini/#eval-personqa`);
	const section = page.locator('#eval-personqa');

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		section.locator('a', { hasText: 'Download CSV' }).click(),
	]);
	const [header, ...records] = parseCsv(readFileSync((await download.path())!, 'utf8'));
	const column = (name: string) => header!.indexOf(name);

	expect(download.suggestedFilename()).toBe('personqa.csv');
	expect(records).toHaveLength(6);
	const modelColumns = await section
		.locator('thead th')
		.evaluateAll((ths) => ths.map((th) => th.textContent!.trim()));
	for (const record of records) {
		const row = page.locator(`tr[id="${record[column('page_anchor')]!.split('#')[1]}"]`);
		const cell = row.locator('td').nth(modelColumns.indexOf(record[column('model')]!) - 1);
		expect((await cell.textContent())!.trim()).toMatch(
			new RegExp(`^${record[column('value')]!.replace('.', '\\.')}%`),
		);
		expect(record[column('source')]).toBe('OpenAI o3-mini System Card');
		expect(record[column('source_locator')]).toBe('§4.1.3, Table 3, p. 4');
	}
	await context.close();
});
