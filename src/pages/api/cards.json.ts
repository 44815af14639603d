import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { cardIndexFile, jsonFile } from '../../lib/api.ts';

export const GET: APIRoute = async () => new Response(jsonFile(cardIndexFile(await getCollection('cards'))), { headers: { 'Content-Type': 'application/json' } });
