/**
 * /api/cards/<id>.json on the dev server. A build writes the same files from bundles
 * (src/pages/file-bundles/api-cards-[part].json.ts), which is far faster than rendering an endpoint per card.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalogue } from '../../../catalogue.ts';
import { cardFile, jsonFile } from '../../../lib/api.ts';

export const getStaticPaths = (async () =>
	import.meta.env.DEV
		? (await loadCatalogue()).cards.map((card) => ({ params: { id: card.id } }))
		: []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(jsonFile(cardFile(await loadCatalogue(), params['id']!)), {
		headers: { 'Content-Type': 'application/json' },
	});
