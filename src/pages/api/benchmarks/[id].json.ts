import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalogue } from '../../../catalogue.ts';
import { benchmarkFile, jsonFile } from '../../../lib/api.ts';

export const getStaticPaths = (async () =>
	(await loadCatalogue()).benchmarks.map((benchmark) => ({
		params: { id: benchmark.id },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(jsonFile(benchmarkFile(await loadCatalogue(), params['id']!)), {
		headers: { 'Content-Type': 'application/json' },
	});
