import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalogue } from '../../../catalogue.ts';
import { cardFile, jsonFile } from '../../../lib/api.ts';

export const getStaticPaths = (async () =>
	(await loadCatalogue()).cards.map((card) => ({
		params: { id: card.id },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(jsonFile(cardFile(await loadCatalogue(), params['id']!)), {
		headers: { 'Content-Type': 'application/json' },
	});
