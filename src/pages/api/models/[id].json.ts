import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalogue } from '../../../catalogue.ts';
import { jsonFile, modelFile } from '../../../lib/api.ts';

export const getStaticPaths = (async () =>
	(await loadCatalogue()).models.map((model) => ({
		params: { id: model.id },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(jsonFile(modelFile(await loadCatalogue(), params['id']!)), {
		headers: { 'Content-Type': 'application/json' },
	});
