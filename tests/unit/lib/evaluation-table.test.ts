import { expect, test } from 'vitest';
import { buildEvaluationTable } from '../../../src/lib/evaluation-table.ts';
import { evaluationSchema, makeEvaluation } from '../factories.ts';

const names = (id: string) => ({ 'model-a': 'Model A', 'model-b': 'Model B' })[id] ?? id;

test('models are columns, metrics are rows, values keep their printed form', () => {
	const evaluation = evaluationSchema.parse(
		makeEvaluation({
			metrics: [
				{ id: 'score', label: 'Score', unit: 'fraction', higherIsBetter: true, decimals: 4 },
			],
			results: [
				{ model: 'model-a', value: 0.807 },
				{ model: 'model-b', value: 0.8 },
			],
		}),
	);

	const table = buildEvaluationTable(evaluation, names);

	expect(table.columns.map((column) => column.modelName)).toEqual(['Model A', 'Model B']);
	expect(table.rows.map((row) => [row.label, ...row.cells.map((cell) => cell.text)])).toEqual([
		['Score', '0.8070', '0.8000'],
	]);
});

test('chart readings are marked approximate, missing values say why, notes become footnotes', () => {
	const evaluation = evaluationSchema.parse(
		makeEvaluation({
			basis: 'chart-reading',
			results: [
				{ model: 'model-a', value: 56, note: 'Read from the bar label.' },
				{ model: 'model-b', missing: 'not-recovered' },
			],
		}),
	);

	const table = buildEvaluationTable(evaluation, names);

	expect(table.rows[0]!.cells.map((cell) => [cell.text, cell.approximate, cell.footnotes])).toEqual(
		[
			['≈ 56%', true, [1]],
			['Not recovered from the sources we hold', false, []],
		],
	);
	expect(table.footnotes).toEqual([
		{ number: 1, note: 'Read from the bar label.', locator: undefined, basis: undefined },
	]);
	expect(table.bases).toEqual(['chart-reading']);
});

test('variant, opponent and conditions label their column', () => {
	const evaluation = evaluationSchema.parse(
		makeEvaluation({
			results: [
				{
					model: 'model-a',
					variant: 'non-final-checkpoint',
					conditions: { tools: true, attempts: 4 },
					value: 61,
				},
				{ model: 'model-a', opponent: 'model-b', value: 73.3, ci: 4 },
			],
		}),
	);

	const table = buildEvaluationTable(evaluation, names);

	expect(table.columns.map((column) => column.details)).toEqual([
		['non-final checkpoint', '4 attempts per task', 'tools on'],
		['vs Model B'],
	]);
	expect(table.rows[0]!.cells[1]!.text).toBe('73.3% ± 4%');
});

test('with rows and several metrics, the row header names both', () => {
	const evaluation = evaluationSchema.parse(
		makeEvaluation({
			rows: [{ id: 'standard', label: 'Standard refusal' }],
			metrics: [
				{ id: 'not-unsafe', label: 'not_unsafe', unit: 'fraction', higherIsBetter: true },
				{ id: 'not-overrefuse', label: 'not_overrefuse', unit: 'fraction', higherIsBetter: true },
			],
			results: [
				{ model: 'model-a', row: 'standard', metric: 'not-unsafe', value: 1 },
				{ model: 'model-a', row: 'standard', metric: 'not-overrefuse', value: 0.92 },
			],
		}),
	);

	expect(buildEvaluationTable(evaluation, names).rows.map((row) => row.label)).toEqual([
		'Standard refusal: not_unsafe',
		'Standard refusal: not_overrefuse',
	]);
});
