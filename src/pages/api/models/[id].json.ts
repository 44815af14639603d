import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { jsonFile, modelFile } from '../../../lib/api.ts';

export const getStaticPaths = (async () => (await getCollection('models')).map((model) => ({ params: { id: model.id }, props: { model } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ model: CollectionEntry<'models'> }> = async ({ props: { model } }) => {
	const [cards, evaluations] = await Promise.all([getCollection('cards'), getCollection('evaluations')]);
	return new Response(jsonFile(modelFile(model.id, model.data, cards, evaluations)), { headers: { 'Content-Type': 'application/json' } });
};
