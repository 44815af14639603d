import { expect, test } from 'vitest';
import { benchmarkSetups, chartMaximum } from '../../../src/lib/benchmark-results.ts';
import { evaluationSchema, makeEvaluation } from '../factories.ts';

const card = (id: string, published: string) => ({ id, data: { title: `${id} card`, published } as never });
const evaluation = (id: string, overrides: Record<string, unknown>) => {
	const data = evaluationSchema.parse(makeEvaluation({ benchmark: 'swe-bench-verified', ...overrides }));
	return { id, data: { ...data, benchmark: { id: 'swe-bench-verified', collection: 'benchmarks' }, results: data.results.map((result: { model: string | { id: string } }) => ({ ...result, model: typeof result.model === 'string' ? { id: result.model } : result.model })) } as never };
};

test('results from different setups are never mixed or ranked together; the same setup across cards is', () => {
	const groups = benchmarkSetups(
		'swe-bench-verified',
		[card('a', '2025-01-31'), card('b', '2025-04-16')],
		[
			evaluation('a/swe', { conditions: { scaffold: 'Agentless 1.0', passAtK: 1 }, results: [{ model: 'model-a', value: 39 }, { model: 'model-b', value: 48 }] }),
			evaluation('b/swe', { conditions: { scaffold: 'Agentless 1.0', passAtK: 1 }, results: [{ model: 'model-a', value: 41 }] }),
			evaluation('b/swe-tools', { conditions: { scaffold: 'internal tool scaffold', passAtK: 1 }, results: [{ model: 'model-a', value: 61 }] }),
			evaluation('b/swe-subset', { conditions: { scaffold: 'Agentless 1.0', passAtK: 1, sampleSize: 477 }, results: [{ model: 'model-b', value: 50 }] }),
			evaluation('b/other', { benchmark: undefined, results: [{ model: 'model-a', value: 99 }] }),
		].map((entry, index) => (index === 4 ? { ...entry, data: { ...(entry.data as object), benchmark: undefined } as never } : entry)),
	);
	// Setups come in the order of the evaluation ids they first appear in (a/swe, b/swe-subset, b/swe-tools).
	expect(groups.map((group) => group.results.map((result) => [result.cardId, result.modelId, result.value]))).toEqual([
		[['a', 'model-b', 48], ['b', 'model-a', 41], ['a', 'model-a', 39]],
		[['b', 'model-b', 50]],
		[['b', 'model-a', 61]],
	]);
	expect(groups[0]!.setup).toEqual(expect.arrayContaining(['Agentless 1.0', 'pass@1']));
	expect(groups[1]!.setup).toContain('n = 477');
	expect(groups[2]!.setup).toContain('internal tool scaffold');
	expect(groups[0]!.results[0]!.href).toBe('/cards/a/#eval-swe--accuracy');
});

test('lower-is-better metrics are ordered lowest first, and charts use the unit scale', () => {
	const groups = benchmarkSetups('swe-bench-verified', [card('a', '2025-01-31')], [
		evaluation('a/rate', { metrics: [{ id: 'rate', label: 'Hallucination rate', unit: 'fraction', higherIsBetter: false }], results: [{ model: 'model-a', value: 0.5 }, { model: 'model-b', value: 0.2 }] }),
	]);
	expect(groups[0]!.results.map((result) => result.value)).toEqual([0.2, 0.5]);
	expect(chartMaximum(groups[0]!.metric, [0.2, 0.5])).toBe(1);
	expect(chartMaximum({ id: 'x', label: 'x', unit: 'percent', higherIsBetter: true }, [3])).toBe(100);
	expect(chartMaximum({ id: 'x', label: 'x', unit: 'count', higherIsBetter: true }, [3, 7])).toBe(7);
});

test('two models share a result only when measured the same way on the same card; pairs are listed once', async () => {
	const { flattenResults, sharedResults, comparablePairs, comparePath } = await import('../../../src/lib/benchmark-results.ts');
	const results = flattenResults([card('a', '2025-01-31'), card('b', '2025-04-16')], [
		evaluation('a/qa', { results: [{ model: 'model-a', value: 21.7 }, { model: 'model-b', value: 19.6 }, { model: 'model-b', variant: 'pre-mitigation', value: 18.1 }] }),
		evaluation('b/qa', { results: [{ model: 'model-a', value: 30 }] }),
		evaluation('b/tools', { results: [{ model: 'model-a', value: 50 }, { model: 'model-b', conditions: { tools: true }, value: 60 }] }),
	]);
	const shared = sharedResults('model-a', 'model-b', results);
	expect(shared.map((pair) => [pair.a.evaluationId, pair.a.value, pair.b.value, pair.b.variant, pair.difference])).toEqual([
		['a/qa', 21.7, 19.6, '', -2.1],
		['a/qa', 21.7, 18.1, 'pre-mitigation', -3.6],
	]);
	expect(comparablePairs(results)).toEqual([['model-a', 'model-b']]);
	expect(comparePath('o3-mini', 'o1')).toBe('/compare/o1-vs-o3-mini/');
});
