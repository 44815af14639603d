import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { jsonFile, ratingsFile } from '../../lib/api.ts';

export const GET: APIRoute = async () => new Response(jsonFile(ratingsFile(await getCollection('cards'))), { headers: { 'Content-Type': 'application/json' } });
