/** Each evaluation table as CSV, linked from the table ("Download CSV"). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { Evaluation } from '../../../../schema/evaluation.ts';
import { evaluationCsv } from '../../../../lib/evaluation-csv.ts';

export const getStaticPaths = (async () =>
	(await getCollection('evaluations')).map((entry) => {
		const [id, evaluation] = entry.id.split('/') as [string, string];
		return { params: { id, evaluation }, props: { data: entry.data } };
	})) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: Evaluation }> = async ({ params, props: { data } }) => {
	const [models, sources] = await Promise.all([getCollection('models'), getCollection('sources')]);
	const modelNames = new Map(models.map((model) => [model.id, model.data.name]));
	const sourceById = new Map(sources.map((source) => [source.id, source.data]));
	const csv = evaluationCsv(params['id']!, params['evaluation']!, data, (id) => modelNames.get(id) ?? id, (id) => sourceById.get(id));
	return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
