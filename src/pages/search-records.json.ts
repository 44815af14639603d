/**
 * The rating records for the search index, written by the build for the Pagefind integration to
 * read (src/integrations/pagefind.ts), which removes the file once the index is written: search
 * indexes what the build produced instead of reading the content again.
 */
import type { APIRoute } from 'astro';
import { loadCatalogue } from '../catalogue.ts';
import { jsonFile } from '../lib/api.ts';
import { ratingRecords } from '../lib/search-records.ts';

export const GET: APIRoute = async () => {
	const catalogue = await loadCatalogue();
	return new Response(jsonFile(ratingRecords(catalogue.ratings, catalogue.modelName)), {
		headers: { 'Content-Type': 'application/json' },
	});
};
