import { expect, test, vi } from 'vitest';
import { INDEXED_PAGES, writeSearchIndex } from '../../../src/integrations/pagefind.ts';
import type { SearchRatingRecord } from '../../../src/lib/search-records.ts';

function fakePagefind(errors: { add?: string[]; record?: string[] } = {}) {
	const index = {
		addDirectory: vi.fn(async () => ({ errors: errors.add ?? [], page_count: 3 })),
		addCustomRecord: vi.fn(async () => ({ errors: errors.record ?? [] })),
		writeFiles: vi.fn(async () => ({ errors: [], outputPath: 'x' })),
	};
	const pagefind = {
		createIndex: vi.fn(async () => ({ errors: [], index })),
		close: vi.fn(async () => null),
	};
	return { pagefind, index };
}

const record: SearchRatingRecord = {
	url: '/cards/x/#risk-cbrn',
	content: 'x',
	language: 'en',
	meta: { title: 'x' },
	filters: { type: ['Rating'] },
};

test('indexes the built site, adds each rating record, writes into <dist>/pagefind and closes', async () => {
	const { pagefind, index } = fakePagefind();

	const result = await writeSearchIndex(pagefind as never, '/site/dist', [record]);

	expect(result).toEqual({ pages: 3, records: 1 });
	expect(index.addDirectory).toHaveBeenCalledWith({ path: '/site/dist', glob: INDEXED_PAGES });
	expect(index.addCustomRecord).toHaveBeenCalledWith(record);
	expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: '/site/dist/pagefind' });
	expect(pagefind.close).toHaveBeenCalledOnce();
});

test('any Pagefind error fails the build, and Pagefind is still closed', async () => {
	const { pagefind, index } = fakePagefind({ record: ['bad filter'] });

	await expect(writeSearchIndex(pagefind as never, '/site/dist', [record])).rejects.toThrow(
		'Pagefind failed to add the search record for /cards/x/#risk-cbrn:\n  bad filter',
	);
	expect(index.writeFiles).not.toHaveBeenCalled();
	expect(pagefind.close).toHaveBeenCalledOnce();
});

test('work given to run while Pagefind indexes runs after the pages are sent, and its failure fails the build', async () => {
	const { pagefind, index } = fakePagefind();
	const order: string[] = [];
	index.addDirectory.mockImplementation(async () => {
		order.push('addDirectory');
		return { errors: [], page_count: 3 };
	});

	await writeSearchIndex(
		pagefind as never,
		'/site/dist',
		[record],
		() => void order.push('alongside'),
	);
	expect(order).toEqual(['addDirectory', 'alongside']);

	await expect(
		writeSearchIndex(pagefind as never, '/site/dist', [record], () => {
			throw new Error('duplicate id');
		}),
	).rejects.toThrow('duplicate id');
	expect(pagefind.close).toHaveBeenCalledTimes(2);
});
