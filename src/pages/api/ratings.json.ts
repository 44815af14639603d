import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../catalogue.ts';
import { jsonFile, ratingsFile } from '../../lib/api.ts';

export const GET: APIRoute = async () =>
	new Response(jsonFile(ratingsFile(await loadCatalogue())), {
		headers: { 'Content-Type': 'application/json' },
	});
