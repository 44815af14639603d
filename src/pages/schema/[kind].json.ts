/** The JSON Schema of each API file, generated from the Zod schemas in src/lib/api-schema.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { API_FILE_KINDS, apiJsonSchema, type ApiFileKind } from '../../lib/api-schema.ts';
import { jsonFile } from '../../lib/api.ts';

export const getStaticPaths = (() =>
	API_FILE_KINDS.map((kind) => ({ params: { kind } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
	new Response(jsonFile(apiJsonSchema(params['kind'] as ApiFileKind)), {
		headers: { 'Content-Type': 'application/schema+json' },
	});
