import { describe, expect, test } from 'vitest';
import { evaluationSchema, issuesOf, makeEvaluation } from '../factories.ts';
import { decimalPlaces } from '../../../src/schema/evaluation.ts';

describe('evaluation schema', () => {
	test('fills defaults: variant, basis and conditions', () => {
		const evaluation = evaluationSchema.parse(makeEvaluation());

		expect(evaluation.results[0]).toMatchObject({
			variant: 'default',
			model: { id: 'model-a', collection: 'models' },
		});
		expect(evaluation.basis).toBe('table');
		expect(evaluation.conditions).toEqual({});
	});

	test('a percentage above 100 is rejected', () => {
		const results = [
			{ model: 'model-a', value: 101 },
			{ model: 'model-b', value: 19.6 },
		];

		expect(issuesOf(evaluationSchema, makeEvaluation({ results }))).toEqual([
			'results.0.value: expected a percentage from 0 to 100 (write 14.8 for 14.8%); metric "accuracy" is in unit percent',
		]);
	});

	test('a fraction written as a percent is rejected', () => {
		const metrics = [
			{ id: 'not-unsafe', label: 'not_unsafe', unit: 'fraction', higherIsBetter: true },
		];
		const results = [
			{ model: 'model-a', value: 73 },
			{ model: 'model-b', value: 0.72 },
		];

		expect(issuesOf(evaluationSchema, makeEvaluation({ metrics, results }))).toEqual([
			'results.0.value: expected a fraction from 0 to 1 (write 0.73, not 73); metric "not-unsafe" is in unit fraction',
		]);
	});

	test('a value with more decimals than the metric prints is rejected, since showing it would round it', () => {
		const metrics = [
			{ id: 'accuracy', label: 'Accuracy', unit: 'fraction', higherIsBetter: true, decimals: 2 },
		];
		const results = [
			{ model: 'model-a', value: 0.807 },
			{ model: 'model-b', value: 0.8 },
		];

		expect(issuesOf(evaluationSchema, makeEvaluation({ metrics, results }))).toEqual([
			'results.0.value: expected at most 2 decimal places, as metric "accuracy" is printed; showing more would round the value',
		]);
	});

	test('a result needs a value or the reason it is missing, not both and not neither', () => {
		const results = [{ model: 'model-a' }, { model: 'model-b', value: 1, missing: 'redacted' }];

		expect(issuesOf(evaluationSchema, makeEvaluation({ results }))).toEqual([
			'results.0.value: expected exactly one of `value` or `missing` (the reason a value is absent)',
			'results.1.value: expected exactly one of `value` or `missing` (the reason a value is absent)',
		]);
	});

	test('a missing value with a reason is accepted', () => {
		const results = [
			{ model: 'model-a', missing: 'not-recovered' },
			{ model: 'model-b', value: 19.6 },
		];

		expect(issuesOf(evaluationSchema, makeEvaluation({ results }))).toEqual([]);
	});

	test('every row has a cell in every column', () => {
		const metrics = [
			{ id: 'accuracy', label: 'Accuracy', unit: 'percent', higherIsBetter: true },
			{
				id: 'hallucination-rate',
				label: 'Hallucination rate',
				unit: 'percent',
				higherIsBetter: false,
			},
		];
		const results = [
			{ model: 'model-a', metric: 'accuracy', value: 28.4 },
			{ model: 'model-b', metric: 'accuracy', value: 19.6 },
			{ model: 'model-a', metric: 'hallucination-rate', value: 52.4 },
		];

		expect(issuesOf(evaluationSchema, makeEvaluation({ metrics, results }))).toEqual([
			'results: missing cell: model "model-b" (default) has no result for metric "hallucination-rate"; add a value, or `missing` with the reason',
		]);
	});

	test('with several metrics, a result must name one of them', () => {
		const metrics = [
			{ id: 'accuracy', label: 'Accuracy', unit: 'percent', higherIsBetter: true },
			{ id: 'rate', label: 'Rate', unit: 'percent', higherIsBetter: false },
		];
		const results = [{ model: 'model-a', metric: 'acuracy', value: 1 }];

		expect(issuesOf(evaluationSchema, makeEvaluation({ metrics, results }))[0]).toBe(
			'results.0.metric: expected one of this evaluation\'s metrics: "accuracy", "rate"',
		);
	});

	test('rows must be declared, and results must use them', () => {
		const rows = [{ id: 'arabic', label: 'Arabic' }];
		const results = [{ model: 'model-a', row: 'bengali', value: 80 }];

		expect(issuesOf(evaluationSchema, makeEvaluation({ rows, results }))).toEqual([
			'results.0.row: expected one of this evaluation\'s rows: "arabic"',
			'rows.0.id: expected a result for row "arabic": every cell needs a value or `missing` with its reason, or the row is removed',
		]);
	});

	test('the same cell twice is rejected', () => {
		const results = [
			{ model: 'model-a', value: 1 },
			{ model: 'model-a', value: 2 },
		];

		expect(issuesOf(evaluationSchema, makeEvaluation({ results }))).toEqual([
			'results.1.model: duplicate result: results[0] already gives this model, variant, row and metric',
		]);
	});

	test('variants and conditions make separate columns', () => {
		const results = [
			{ model: 'model-a', variant: 'pre-mitigation', value: 40 },
			{
				model: 'model-a',
				variant: 'post-mitigation',
				value: 39,
				conditions: { scaffold: 'Agentless 1.0' },
			},
		];

		expect(issuesOf(evaluationSchema, makeEvaluation({ results }))).toEqual([]);
	});

	test('an evaluation locator must give the section', () => {
		expect(
			issuesOf(
				evaluationSchema,
				makeEvaluation({ locator: { source: 'example-card-pdf', page: 3 } }),
			),
		).toEqual([
			'locator.section: expected the section of the card the evaluation comes from, e.g. "4.1.3"',
		]);
	});

	test('decimalPlaces counts what is written', () => {
		expect([
			decimalPlaces(0.807),
			decimalPlaces(14.8),
			decimalPlaces(1),
			decimalPlaces(1e-7),
			decimalPlaces(1.5e-7),
			decimalPlaces(1e21),
		]).toEqual([3, 1, 0, 7, 8, 0]);
	});
});
