import { expect, test } from 'vitest';
import { cardFilters, modelFilters, ratingRecords } from '../../../src/lib/search-records.ts';
import {
	pagefindFilters,
	readSearchState,
	writeSearchState,
} from '../../../src/lib/search-state.ts';
import { isSearchShortcut } from '../../../src/client/search-shortcut.ts';
import { cardSchema, makeCard, makeCatalogue } from '../factories.ts';

const names = (id: string) => (id === 'example-model' ? 'Example Model' : id);
const recordsOf = (card: Record<string, unknown>) =>
	ratingRecords(makeCatalogue({ cards: { example: card } }).ratings, names);

test('each v1 rating becomes a record at its anchor, with cumulative "at least" facets', () => {
	const [record] = recordsOf({
		ratings: [
			{
				category: 'persuasion',
				preMitigation: 'medium',
				postMitigation: 'medium',
				locator: { source: 'pdf' },
			},
		],
	});

	expect(record!.url).toBe('/cards/example/#risk-persuasion');
	expect(record!.filters).toEqual({
		type: ['Rating'],
		category: ['Persuasion'],
		level: ['Medium'],
		at_least: ['Low', 'Medium'],
		framework: ['Preparedness Framework v1'],
		model: ['Example Model'],
		card: ['Example System Card'],
		kind: ['System card'],
		publisher: ['OpenAI'],
		coverage: ['Full'],
	});
	expect(JSON.parse(record!.meta['model_pages']!)).toEqual([
		['Example Model', '/models/example-model/'],
	]);
	expect(record!.content).toContain(
		'Persuasion risk: Medium before mitigations, Medium after mitigations.',
	);
});

test('a v2 precautionary High counts as at least High', () => {
	const [record] = recordsOf({
		framework: 'pf-v2',
		ratings: [
			{
				category: 'biological-and-chemical',
				determination: 'treated-as-high',
				locator: { source: 'pdf' },
			},
		],
	});

	expect(record!.filters.at_least).toEqual(['High']);
	expect(record!.filters.level).toEqual(['Treated as High (precautionary)']);
});

test('a v1 rating with the split is found by both levels, and is at least what its post-mitigation level is', () => {
	const [record] = recordsOf({
		ratings: [
			{
				category: 'cbrn',
				preMitigation: 'high',
				postMitigation: 'medium',
				locator: { source: 'pdf' },
			},
		],
	});

	expect([record!.filters.level, record!.filters.at_least, record!.meta['title']]).toEqual([
		['High', 'Medium'],
		['Low', 'Medium'],
		'Example Model: CBRN Medium',
	]);
});

test('a rating from a secondary source says so in its record, with the source', () => {
	const catalogue = makeCatalogue({
		cards: {
			example: {
				coverage: 'headline',
				ratings: [{ category: 'cbrn', level: 'low', locator: { source: 'blog' } }],
			},
		},
		sources: {
			blog: {
				title: 'A blog post',
				publisher: 'A blogger',
				kind: 'secondary',
				url: 'https://example.org/post',
			},
		},
	});
	const [record] = ratingRecords(catalogue.ratings, names);

	expect(record!.meta).toMatchObject({
		basis: 'Secondary source',
		source: 'A blog post',
		source_url: 'https://example.org/post',
	});
	expect(recordsOf({})[0]!.meta).not.toHaveProperty('basis');
});

test('a card-level determination is on its card, not a search record of its own', () => {
	const records = recordsOf({
		overall: { preMitigation: 'medium', postMitigation: 'medium', locator: { source: 'pdf' } },
	});

	expect(records.map((record) => record.url)).toEqual(['/cards/example/#risk-cbrn']);
});

test('a card page carries the same filter names as its ratings', () => {
	const filters = cardFilters(cardSchema.parse(makeCard()), names);

	expect(filters).toEqual({
		type: ['Card'],
		card: ['Example System Card'],
		kind: ['System card'],
		framework: ['Preparedness Framework v1'],
		model: ['Example Model'],
		category: ['CBRN'],
		publisher: ['OpenAI'],
		coverage: ['Full'],
	});
});

test('a model page is a result of its own type, filterable by model and publisher', () => {
	expect(modelFilters({ name: 'OpenAI o3-mini', publisher: 'openai' })).toEqual({
		type: ['Model'],
		model: ['OpenAI o3-mini'],
		publisher: ['OpenAI'],
	});
});

test('search state round-trips through the URL', () => {
	const state = readSearchState(
		new URLSearchParams('q=cbrn+medium&category=CBRN&at_least=Medium&at_least=High&bogus=1'),
		['category', 'at_least'],
	);

	expect(state).toEqual({
		query: 'cbrn medium',
		filters: { category: ['CBRN'], at_least: ['Medium', 'High'] },
	});
	expect(writeSearchState(state)).toBe(
		'?q=cbrn+medium&category=CBRN&at_least=Medium&at_least=High',
	);
	expect(pagefindFilters(state.filters)).toEqual({
		category: { any: ['CBRN'] },
		at_least: { any: ['Medium', 'High'] },
	});
});

test('"/" and Ctrl/Cmd+K open search; other keys do not', () => {
	const key = (
		key: string,
		modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
	) => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });
	expect([
		isSearchShortcut(key('/')),
		isSearchShortcut(key('k', { ctrlKey: true })),
		isSearchShortcut(key('K', { metaKey: true })),
		isSearchShortcut(key('k')),
		isSearchShortcut(key('/', { ctrlKey: true })),
	]).toEqual([true, true, true, false, false]);
});
