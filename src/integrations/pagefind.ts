/**
 * Builds the search index after the site is written: every card and model page (the part marked
 * `data-pagefind-body`), plus one record per rating whose URL is the rating's anchor. Every Pagefind
 * response carries an `errors` array; any error fails the build rather than shipping a partial index.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { checkContent } from '../lib/content-check.ts';
import { contentRoot } from '../lib/content-root.ts';
import { ratingRecords, type RatingRecord } from '../lib/search-records.ts';

type PagefindModule = typeof import('pagefind');

function assertNoErrors(step: string, response: { errors: string[] }): void {
	if (response.errors.length > 0) {
		throw new Error(`Pagefind failed to ${step}:\n${response.errors.map((error) => `  ${error}`).join('\n')}`);
	}
}

export async function writeSearchIndex(pagefind: PagefindModule, outDir: string, records: readonly RatingRecord[]): Promise<{ pages: number; records: number }> {
	try {
		const { index, errors } = await pagefind.createIndex({});
		assertNoErrors('create the index', { errors });
		if (!index) throw new Error('Pagefind returned no index.');
		const added = await index.addDirectory({ path: outDir });
		assertNoErrors('index the built pages', added);
		for (const record of records) assertNoErrors(`add the search record for ${record.url}`, await index.addCustomRecord(record));
		assertNoErrors('write the index', await index.writeFiles({ outputPath: join(outDir, 'pagefind') }));
		return { pages: added.page_count, records: records.length };
	} finally {
		await pagefind.close();
	}
}

export function pagefindIndex(): AstroIntegration {
	return {
		name: 'cardshelf:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = contentRoot();
				const { cards, models } = checkContent(root, process.cwd());
				const names = (id: string) => models.get(id)?.name ?? id;
				const records = [...cards].flatMap(([id, card]) => ratingRecords(id, card, names));
				const pagefind = await import('pagefind');
				const { pages } = await writeSearchIndex(pagefind, fileURLToPath(dir), records);
				logger.info(`Search index: ${pages} pages and ${records.length} rating records.`);
			},
		},
	};
}
