/**
 * Builds the search index after the site is written: every card and model page (the part marked
 * `data-pagefind-body`), plus one record per rating whose URL is the rating's anchor. The records
 * come from a file the build itself wrote (src/pages/search-records.json.ts), which is removed once
 * read, so the index is made from what was built. Every Pagefind response carries an `errors`
 * array; any error fails the build rather than shipping a partial index.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { SearchRatingRecord } from '../lib/search-records.ts';

type PagefindModule = typeof import('pagefind');

/** Where the build writes the rating records, relative to the output folder. */
export const SEARCH_RECORDS_FILE = 'search-records.json';

function assertNoErrors(step: string, response: { errors: string[] }): void {
	if (response.errors.length > 0) {
		throw new Error(
			`Pagefind failed to ${step}:\n${response.errors.map((error) => `  ${error}`).join('\n')}`,
		);
	}
}

export async function writeSearchIndex(
	pagefind: PagefindModule,
	outDir: string,
	records: readonly SearchRatingRecord[],
): Promise<{ pages: number; records: number }> {
	try {
		const { index, errors } = await pagefind.createIndex({});
		assertNoErrors('create the index', { errors });
		if (!index) throw new Error('Pagefind returned no index.');
		const added = await index.addDirectory({ path: outDir });
		assertNoErrors('index the built pages', added);
		for (const record of records)
			assertNoErrors(
				`add the search record for ${record.url}`,
				await index.addCustomRecord(record),
			);
		assertNoErrors(
			'write the index',
			await index.writeFiles({ outputPath: join(outDir, 'pagefind') }),
		);
		return { pages: added.page_count, records: records.length };
	} finally {
		await pagefind.close();
	}
}

/** Reads the records the build wrote and removes their file, which is not part of the site. */
export function takeSearchRecords(outDir: string): SearchRatingRecord[] {
	const file = join(outDir, SEARCH_RECORDS_FILE);
	const records = JSON.parse(readFileSync(file, 'utf8')) as SearchRatingRecord[];
	rmSync(file);
	return records;
}

export function pagefindIndex(): AstroIntegration {
	return {
		name: 'cardshelf:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const records = takeSearchRecords(outDir);
				const pagefind = await import('pagefind');
				const { pages } = await writeSearchIndex(pagefind, outDir, records);
				logger.info(`Search index: ${pages} pages and ${records.length} rating records.`);
			},
		},
	};
}
