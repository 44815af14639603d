import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { benchmarkFile, jsonFile } from '../../../lib/api.ts';

export const getStaticPaths = (async () => (await getCollection('benchmarks')).map((benchmark) => ({ params: { id: benchmark.id }, props: { benchmark } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ benchmark: CollectionEntry<'benchmarks'> }> = async ({ props: { benchmark } }) => {
	const [cards, evaluations] = await Promise.all([getCollection('cards'), getCollection('evaluations')]);
	return new Response(jsonFile(benchmarkFile(benchmark.id, benchmark.data, cards, evaluations)), { headers: { 'Content-Type': 'application/json' } });
};
