/**
 * Builds the search index after the site is written: every card and model page (the part marked
 * `data-pagefind-body`), plus one record per rating whose URL is the rating's anchor. The records
 * come from a file the build itself wrote (src/pages/search-records.json.ts), which is removed once
 * read, so the index is made from what was built. Every Pagefind response carries an `errors`
 * array; any error fails the build rather than shipping a partial index.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { SearchRatingRecord } from '../lib/search-records.ts';
import { elapsed } from './elapsed.ts';

type PagefindModule = typeof import('pagefind');

/**
 * The pages that carry `data-pagefind-body`: card and model pages. Pagefind would skip every other
 * page anyway, but only after reading it; at 1,000 cards, reading the compare, benchmark and
 * continuation pages took three quarters of the indexing time. A site test checks that no page
 * outside this pattern has a body to index.
 */
export const INDEXED_PAGES = '{cards,models}/*/index.html';

/** Where the build writes the rating records, relative to the output folder. */
export const SEARCH_RECORDS_FILE = 'search-records.json';

function assertNoErrors(step: string, response: { errors: string[] }): void {
	if (response.errors.length > 0) {
		throw new Error(
			`Pagefind failed to ${step}:\n${response.errors.map((error) => `  ${error}`).join('\n')}`,
		);
	}
}

/**
 * Indexes the built site. `whileIndexing` runs alongside, while Pagefind's own process reads the
 * pages and takes the rating records, so other post-build work (the anchor manifest) uses that
 * time instead of following it. A failure of either fails the build; Pagefind is closed either way.
 */
export async function writeSearchIndex(
	pagefind: PagefindModule,
	outDir: string,
	records: readonly SearchRatingRecord[],
	whileIndexing: () => void | Promise<void> = () => {},
): Promise<{ pages: number; records: number }> {
	try {
		const { index, errors } = await pagefind.createIndex({});
		assertNoErrors('create the index', { errors });
		if (!index) throw new Error('Pagefind returned no index.');
		const indexing = (async () => {
			const added = await index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
			assertNoErrors('index the built pages', added);
			const responses = await Promise.all(records.map((record) => index.addCustomRecord(record)));
			responses.forEach((response, position) =>
				assertNoErrors(`add the search record for ${records[position]!.url}`, response),
			);
			return added.page_count;
		})();
		const alongside = (async () => whileIndexing())();
		const [pages, other] = await Promise.allSettled([indexing, alongside]);
		if (pages.status === 'rejected') throw pages.reason;
		if (other.status === 'rejected') throw other.reason;
		assertNoErrors(
			'write the index',
			await index.writeFiles({ outputPath: join(outDir, 'pagefind') }),
		);
		return { pages: pages.value, records: records.length };
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

export interface PagefindOptions {
	/** Work on the built site to do while Pagefind indexes it; a throw fails the build. */
	whileIndexing?: (outDir: string, logger: AstroIntegrationLogger) => void | Promise<void>;
}

export function pagefindIndex({ whileIndexing }: PagefindOptions = {}): AstroIntegration {
	return {
		name: 'cardshelf:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const started = performance.now();
				const records = takeSearchRecords(outDir);
				const pagefind = await import('pagefind');
				const { pages } = await writeSearchIndex(pagefind, outDir, records, () =>
					whileIndexing?.(outDir, logger),
				);
				logger.info(
					`Search index: ${pages} pages and ${records.length} rating records, in ${elapsed(started)}.`,
				);
			},
		},
	};
}
