import { expect, test } from 'vitest';
import {
	benchmarkSetups,
	chartMaximum,
	comparablePairs,
	comparePath,
	sharedResults,
} from '../../../src/lib/benchmark-results.ts';
import { makeCatalogue } from '../factories.ts';

const cards = {
	a: { title: 'a card', published: '2025-01-31' },
	b: { title: 'b card', published: '2025-04-16' },
};
const swe = (overrides: Record<string, unknown>) => ({
	benchmark: 'swe-bench-verified',
	...overrides,
});

test('results from different setups are never mixed or ranked together; the same setup across cards is', () => {
	const catalogue = makeCatalogue({
		cards,
		evaluations: {
			'a/swe': swe({
				conditions: { scaffold: 'Agentless 1.0', passAtK: 1 },
				results: [
					{ model: 'model-a', value: 39 },
					{ model: 'model-b', value: 48 },
				],
			}),
			'b/swe': swe({
				conditions: { scaffold: 'Agentless 1.0', passAtK: 1 },
				results: [{ model: 'model-a', value: 41 }],
			}),
			'b/swe-tools': swe({
				conditions: { scaffold: 'internal tool scaffold', passAtK: 1 },
				results: [{ model: 'model-a', value: 61 }],
			}),
			'b/swe-subset': swe({
				conditions: { scaffold: 'Agentless 1.0', passAtK: 1, sampleSize: 477 },
				results: [{ model: 'model-b', value: 50 }],
			}),
			'b/other': { results: [{ model: 'model-a', value: 99 }] },
		},
	});
	const groups = benchmarkSetups(catalogue, 'swe-bench-verified');
	// Setups come in the order of the evaluation ids they first appear in (a/swe, b/swe-subset, b/swe-tools).
	expect(
		groups.map((group) =>
			group.results.map((result) => [result.cardId, result.modelId, result.value]),
		),
	).toEqual([
		[
			['a', 'model-b', 48],
			['b', 'model-a', 41],
			['a', 'model-a', 39],
		],
		[['b', 'model-b', 50]],
		[['b', 'model-a', 61]],
	]);
	expect(groups[0]!.setup).toEqual(expect.arrayContaining(['Agentless 1.0', 'pass@1']));
	expect(groups[1]!.setup).toContain('n = 477');
	expect(groups[2]!.setup).toContain('internal tool scaffold');
	expect(groups[0]!.results[0]!.href).toBe('/cards/a/#eval-swe--accuracy');
});

test('lower-is-better metrics are ordered lowest first, and charts use the unit scale', () => {
	const catalogue = makeCatalogue({
		cards,
		evaluations: {
			'a/rate': swe({
				metrics: [
					{ id: 'rate', label: 'Hallucination rate', unit: 'fraction', higherIsBetter: false },
				],
				results: [
					{ model: 'model-a', value: 0.5 },
					{ model: 'model-b', value: 0.2 },
				],
			}),
		},
	});
	const groups = benchmarkSetups(catalogue, 'swe-bench-verified');
	expect(groups[0]!.results.map((result) => result.value)).toEqual([0.2, 0.5]);
	expect(chartMaximum(groups[0]!.metric, [0.2, 0.5])).toBe(1);
	expect(chartMaximum({ id: 'x', label: 'x', unit: 'percent', higherIsBetter: true }, [3])).toBe(
		100,
	);
	expect(chartMaximum({ id: 'x', label: 'x', unit: 'count', higherIsBetter: true }, [3, 7])).toBe(
		7,
	);
});

test('two models share a result only when measured the same way on the same card; pairs are listed once', () => {
	const { results } = makeCatalogue({
		cards,
		evaluations: {
			'a/qa': {
				results: [
					{ model: 'model-a', value: 21.7 },
					{ model: 'model-b', value: 19.6 },
					{ model: 'model-b', variant: 'pre-mitigation', value: 18.1 },
				],
			},
			'b/qa': { results: [{ model: 'model-a', value: 30 }] },
			'b/tools': {
				results: [
					{ model: 'model-a', value: 50 },
					{ model: 'model-b', conditions: { tools: true }, value: 60 },
				],
			},
		},
	});
	const shared = sharedResults('model-a', 'model-b', results);
	expect(
		shared.map((pair) => [
			pair.a.evaluationId,
			pair.a.value,
			pair.b.value,
			pair.b.variant,
			pair.difference,
		]),
	).toEqual([
		['a/qa', 21.7, 19.6, '', -2.1],
		['a/qa', 21.7, 18.1, 'pre-mitigation', -3.6],
	]);
	expect(comparablePairs(results)).toEqual([['model-a', 'model-b']]);
	expect(comparePath('o3-mini', 'o1')).toBe('/compare/o1-vs-o3-mini/');
});

test('a secondary value read off a chart is marked approximate as well as secondary, and never differenced', () => {
	const { results } = makeCatalogue({
		cards,
		evaluations: {
			'a/qa': {
				results: [
					{ model: 'model-a', value: 43, basis: 'secondary', approximate: true },
					{ model: 'model-b', value: 40 },
				],
			},
		},
	});
	expect(results.map((result) => [result.text, result.approximate, result.secondary])).toEqual([
		['≈ 43%', true, true],
		['40%', false, false],
	]);
	expect(sharedResults('model-a', 'model-b', results)[0]).not.toHaveProperty('difference');
});
