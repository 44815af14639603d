import { expect, test, vi } from 'vitest';
import { writeSearchIndex } from '../../../src/integrations/pagefind.ts';
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
	expect(index.addDirectory).toHaveBeenCalledWith({ path: '/site/dist' });
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
