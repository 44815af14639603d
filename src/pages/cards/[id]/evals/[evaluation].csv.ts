/**
 * Each evaluation table as CSV, linked from the table ("Download CSV"), for the dev server. A build
 * writes the same files from bundles (src/pages/file-bundles/evaluation-csv-[part].json.ts), which
 * is far faster than rendering thousands of endpoints.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalogue } from '../../../../catalogue.ts';
import { evaluationCsvFiles } from '../../../../lib/evaluation-csv.ts';

export const getStaticPaths = (async () =>
	import.meta.env.DEV
		? (await loadCatalogue()).evaluations.map((entry) => {
				const [id, evaluation] = entry.id.split('/') as [string, string];
				return { params: { id, evaluation } };
			})
		: []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, url }) => {
	const csv = evaluationCsvFiles(await loadCatalogue(), [params['id']!])[url.pathname]!;
	return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
