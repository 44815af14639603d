import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../catalogue.ts';
import { cardIndexFile, jsonFile } from '../../lib/api.ts';

export const GET: APIRoute = async () =>
	new Response(jsonFile(cardIndexFile(await loadCatalogue())), {
		headers: { 'Content-Type': 'application/json' },
	});
