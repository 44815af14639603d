import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { cardFile, jsonFile } from '../../../lib/api.ts';
import { evaluationsOfCard, sourcesCitedByCard } from '../../../lib/card-page.ts';

export const getStaticPaths = (async () => (await getCollection('cards')).map((card) => ({ params: { id: card.id }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: CollectionEntry<'cards'> }> = async ({ props: { card } }) => {
	const [evaluations, models, sources] = await Promise.all([getCollection('evaluations'), getCollection('models'), getCollection('sources')]);
	const modelById = new Map(models.map((model) => [model.id, model.data]));
	const ownEvaluations = evaluationsOfCard(card.id, evaluations);
	const sourceIds = sourcesCitedByCard(card.data, ownEvaluations, card.data.models.map((model) => modelById.get(model.id)));
	const file = cardFile(card.id, card.data, ownEvaluations, modelById, new Map(sources.map((source) => [source.id, source.data])), sourceIds);
	return new Response(jsonFile(file), { headers: { 'Content-Type': 'application/json' } });
};
