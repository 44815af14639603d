/** Each evaluation table as CSV, linked from the table ("Download CSV"). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalogue } from '../../../../catalogue.ts';
import { evaluationCsv } from '../../../../lib/evaluation-csv.ts';

export const getStaticPaths = (async () =>
	(await loadCatalogue()).evaluations.map((entry) => {
		const [id, evaluation] = entry.id.split('/') as [string, string];
		return { params: { id, evaluation } };
	})) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const catalogue = await loadCatalogue();
	const [id, evaluation] = [params['id']!, params['evaluation']!];
	const csv = evaluationCsv(
		id,
		evaluation,
		catalogue.evaluationsOf(id).get(evaluation)!,
		catalogue.modelName,
		catalogue.source,
	);
	return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
