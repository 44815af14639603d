import { expect, test } from 'vitest';
import { listPageHrefs, paginate } from '../../../src/lib/pagination.ts';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index);

test('a list splits into full pages of the given size, the last one holding the rest', () => {
	const pages = paginate(numbers(7), 3);

	expect(pages.map((page) => page.items)).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
	expect(pages.map((page) => [page.number, page.count])).toEqual([
		[1, 3],
		[2, 3],
		[3, 3],
	]);
});

test('an empty list is one empty page, and a list that fits is one page', () => {
	expect(paginate([], 3)).toEqual([{ number: 1, count: 1, items: [] }]);
	expect(paginate(numbers(3), 3)).toHaveLength(1);
});

test('groups are never split: a page ends before a group that would overflow it', () => {
	const groups = [
		{ id: 'a', rows: 2 },
		{ id: 'b', rows: 2 },
		{ id: 'c', rows: 1 },
		{ id: 'huge', rows: 9 },
		{ id: 'd', rows: 1 },
	];

	const pages = paginate(groups, 4, (group) => group.rows);

	expect(pages.map((page) => page.items.map((group) => group.id))).toEqual([
		['a', 'b'],
		['c'],
		['huge'],
		['d'],
	]);
});

test('the first page is where the list starts; later pages are numbered under their own path', () => {
	expect(listPageHrefs('/models/o1/#results-title', '/models/o1/results/', 3)).toEqual([
		'/models/o1/#results-title',
		'/models/o1/results/2/',
		'/models/o1/results/3/',
	]);
});
