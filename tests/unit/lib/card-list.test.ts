import { expect, test } from 'vitest';
import {
	DEFAULT_INDEX_VIEW,
	allIndexViews,
	builtIndexViews,
	cardsInView,
	countInView,
	indexViewCaption,
	indexViewHasPage,
	indexViewPageCount,
	indexViewPageHrefs,
	indexViewPages,
	indexViewPath,
	recordedThrough,
	type IndexView,
	type ListedCard,
} from '../../../src/lib/card-list.ts';
import { formatPartialDate } from '../../../src/lib/format-value.ts';
import { registry } from '../../../src/frameworks/registry.ts';
import { CARD_KINDS } from '../../../src/schema/card.ts';
import { unratedCategories } from '../../../src/lib/rating-facts.ts';

const card = (
	id: string,
	published: string,
	kind: ListedCard['data']['kind'] = 'system-card',
	framework: ListedCard['data']['framework'] = 'pf-v1',
	title = id,
	coverage: ListedCard['data']['coverage'] = 'full',
): ListedCard => ({
	id,
	data: { title, published, kind, framework, publisher: 'openai', coverage },
});
const view = (filters: Partial<IndexView>): IndexView => ({ ...DEFAULT_INDEX_VIEW, ...filters });

const ids = (cards: ListedCard[]) => cards.map((entry) => entry.id);

test('newest first by date, ties by title, unknown dates last', () => {
	const cards = [
		card('a', '2025-01-31', undefined, undefined, 'B'),
		card('b', '2025-01-31', undefined, undefined, 'A'),
		card('c', '2025-04-16'),
		card('x', 'unknown'),
		card('y', '2024'),
	];
	expect(ids(cardsInView(cards, view({ kind: 'all', framework: 'all', order: 'newest' })))).toEqual(
		['c', 'b', 'a', 'y', 'x'],
	);
	expect(ids(cardsInView(cards, view({ kind: 'all', framework: 'all', order: 'oldest' })))).toEqual(
		['y', 'b', 'a', 'c', 'x'],
	);
});

test('a partial date sorts before the full dates inside it, and after earlier months', () => {
	const cards = [
		card('day', '2025-09-15'),
		card('month', '2025-09'),
		card('august', '2025-08-07'),
		card('year', '2025'),
	];
	expect(ids(cardsInView(cards, view({ kind: 'all', framework: 'all', order: 'oldest' })))).toEqual(
		['year', 'august', 'month', 'day'],
	);
});

test('views filter by kind and framework together', () => {
	const cards = [
		card('sc1', '2025-01-01', 'system-card', 'pf-v1'),
		card('add2', '2025-05-16', 'addendum', 'pf-v2'),
		card('sc2', '2025-04-16', 'system-card', 'pf-v2'),
		card('old', '2023-03', 'system-card', 'none'),
	];
	expect(
		ids(cardsInView(cards, view({ kind: 'addendum', framework: 'all', order: 'newest' }))),
	).toEqual(['add2']);
	expect(
		ids(cardsInView(cards, view({ kind: 'system-card', framework: 'pf-v2', order: 'newest' }))),
	).toEqual(['sc2']);
	expect(
		ids(cardsInView(cards, view({ kind: 'all', framework: 'none', order: 'newest' }))),
	).toEqual(['old']);
	expect(
		ids(cardsInView(cards, view({ kind: 'update', framework: 'all', order: 'newest' }))),
	).toEqual([]);
});

test('views filter by coverage and publisher too', () => {
	const cards = [
		card('full', '2025-01-01', 'system-card', 'pf-v1', 'Full', 'full'),
		card('headline', '2025-02-01', 'system-card', 'pf-v1', 'Headline', 'headline'),
	];
	expect(ids(cardsInView(cards, view({ coverage: 'headline' })))).toEqual(['headline']);
	expect(ids(cardsInView(cards, view({ publisher: 'openai', coverage: 'full' })))).toEqual([
		'full',
	]);
});

test('every view has its own path; the default view is the home page; the first published paths keep their form', () => {
	const paths = allIndexViews().map(indexViewPath);
	expect(paths).toContain('/');
	expect(paths).toContain('/index/addendum/pf-v2/oldest/');
	expect(indexViewPath(view({ kind: 'addendum', coverage: 'headline' }))).toBe(
		'/index/addendum/all/newest/all/headline/',
	);
	expect(indexViewPath(view({ publisher: 'openai' }))).toBe('/index/all/all/newest/openai/all/');
	expect(new Set(paths).size).toBe(paths.length);
	// Every publisher and "all"; every kind and "all"; every framework, "none" and "all"; three
	// coverages; two orders.
	expect(paths.length).toBe(
		(registry.publishers.length + 1) *
			(CARD_KINDS.length + 1) *
			(registry.frameworks.length + 2) *
			3 *
			2,
	);
});

test('kind, framework and order views always get a page; views by publisher or coverage only when they list a card', () => {
	const cards = [card('sc', '2025-01-01', 'system-card', 'pf-v1', 'SC', 'headline')];
	expect(indexViewHasPage(cards, view({ kind: 'update' }))).toBe(true);
	expect(indexViewHasPage(cards, view({ kind: 'update', coverage: 'headline' }))).toBe(false);
	expect(indexViewHasPage(cards, view({ coverage: 'headline' }))).toBe(true);
	expect(indexViewHasPage(cards, view({ coverage: 'full' }))).toBe(false);
	const built = builtIndexViews(cards).map(indexViewPath);
	expect(built).toContain('/index/update/pf-v2/oldest/');
	expect(built).toContain('/index/system-card/pf-v1/oldest/openai/headline/');
	expect(built).not.toContain('/index/all/all/newest/all/full/');
});

test('a caption says what the view shows in a sentence', () => {
	expect(indexViewCaption(DEFAULT_INDEX_VIEW)).toBe('All cards, newest first');
	expect(indexViewCaption(view({ kind: 'addendum', framework: 'pf-v2', order: 'oldest' }))).toBe(
		'Addenda under the Preparedness Framework v2, oldest first',
	);
	expect(
		indexViewCaption(view({ publisher: 'openai', framework: 'none', coverage: 'headline' })),
	).toBe('All cards by OpenAI under no framework with headline coverage only, newest first');
});

test('partial dates are shown only as precisely as known', () => {
	expect(formatPartialDate('2025-01-31')).toBe('31 January 2025');
	expect(formatPartialDate('2025-09')).toBe('September 2025');
	expect(formatPartialDate('2024')).toBe('2024');
	expect(formatPartialDate('unknown')).toBe('Not recovered');
});

test('rated categories a card does not rate are listed in framework order; research categories are not', () => {
	const rated = (framework: string, ...categories: string[]) => ({
		framework,
		ratings: categories.map((category) => ({
			category,
			locator: { source: { id: 'pdf', collection: 'sources' } },
		})),
	});
	expect(unratedCategories(registry, rated('pf-v2', 'cybersecurity'))).toEqual([
		'biological-and-chemical',
		'ai-self-improvement',
	]);
	expect(
		unratedCategories(
			registry,
			rated('pf-v1', 'cbrn', 'cybersecurity', 'persuasion', 'model-autonomy'),
		),
	).toEqual([]);
	expect(unratedCategories(registry, rated('none'))).toEqual([]);
});

test("a view's later pages follow its own path; the home page's follow the default view's segments", () => {
	const addenda: IndexView = { ...DEFAULT_INDEX_VIEW, kind: 'addendum' };
	expect(indexViewPageHrefs(addenda, 3)).toEqual([
		'/index/addendum/all/newest/',
		'/index/addendum/all/newest/2/',
		'/index/addendum/all/newest/3/',
	]);
	expect(indexViewPageHrefs(DEFAULT_INDEX_VIEW, 2)).toEqual(['/', '/index/all/all/newest/2/']);
	expect(indexViewPageHrefs(DEFAULT_INDEX_VIEW, 1)).toEqual(['/']);
});

test('the index says where the record of each publisher it lists stops', () => {
	const publishers = [
		{ id: 'lab-a', name: 'Lab A', recordedThrough: { date: '2026-10-07', note: 'Nothing later.' } },
		{ id: 'lab-b', name: 'Lab B' },
	];
	expect(recordedThrough({ publishers }, { publisher: 'all' })).toEqual([
		{ name: 'Lab A', date: '2026-10-07', note: 'Nothing later.' },
	]);
	expect(recordedThrough({ publishers }, { publisher: 'lab-b' })).toEqual([]);
});

test('the counts and page counts of every view are those of its list', () => {
	const kinds = ['system-card', 'addendum', 'report'] as const;
	const cards = Array.from({ length: 230 }, (_, index) =>
		card(
			`c${index}`,
			`2025-0${(index % 9) + 1}-01`,
			kinds[index % 3],
			index % 4 === 0 ? 'pf-v2' : 'pf-v1',
			`Card ${index}`,
			index % 5 === 0 ? 'headline' : 'full',
		),
	);
	for (const target of allIndexViews()) {
		const listed = cardsInView(cards, target);
		expect(countInView(cards, target), indexViewPath(target)).toBe(listed.length);
		expect(indexViewPageCount(cards, target), indexViewPath(target)).toBe(
			indexViewPages(cards, target).length,
		);
		expect(indexViewHasPage(cards, target)).toBe(
			(target.publisher === 'all' && target.coverage === 'all') || listed.length > 0,
		);
	}
});
