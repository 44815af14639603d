import { expect, test } from 'vitest';
import { buildEvaluationTable } from '../../../src/lib/evaluation-table.ts';
import { restatedResult, restatementLinks } from '../../../src/lib/restatements.ts';
import { evaluationSchema, makeCatalogue, makeEvaluation } from '../factories.ts';

const rows = [
	{ id: 'easy', label: 'Easy' },
	{ id: 'hard', label: 'Hard' },
];

// The model's own card (card-a) prints model-a at 46%; a later card (card-b) ran model-a again.
const catalogue = () =>
	makeCatalogue({
		cards: {
			'card-a': { title: 'Card A', models: ['model-a'] },
			'card-b': { title: 'Card B', models: ['model-b'], published: '2025-06-01' },
		},
		evaluations: {
			'card-a/ctf': {
				rows,
				results: [
					{
						model: 'model-a',
						row: 'easy',
						value: 46,
						restatedIn: [{ evaluation: 'card-b/ctf', row: 'easy' }],
					},
					{ model: 'model-a', row: 'hard', value: 13 },
				],
			},
			'card-b/ctf': {
				rows,
				basis: 'chart-reading',
				results: [
					{ model: 'model-b', row: 'easy', value: 60 },
					{ model: 'model-b', row: 'hard', value: 20 },
					{ model: 'model-a', row: 'easy', value: 49 },
					{ model: 'model-a', row: 'hard', value: 17 },
				],
			},
		},
		models: { 'model-a': { name: 'Model A', publisher: 'openai', summary: 'A.' } },
	});

test('a restated figure links to the later card’s cell, and that cell links back', () => {
	const links = restatementLinks(catalogue());

	expect(links.get('card-a/ctf#0')).toEqual([
		{ href: '/cards/card-b/#eval-ctf--easy', cardTitle: 'Card B', text: '≈ 49%', toOwnCard: false },
	]);
	expect(links.get('card-b/ctf#2')).toEqual([
		{ href: '/cards/card-a/#eval-ctf--easy', cardTitle: 'Card A', text: '46%', toOwnCard: true },
	]);
	expect(links.get('card-a/ctf#1')).toBeUndefined();
});

test('the links become footnotes of their cells', () => {
	const built = catalogue();
	const evaluation = built.evaluationsOf('card-b').get('ctf')!;
	const links = restatementLinks(built);
	const table = buildEvaluationTable(
		evaluation,
		built.modelName,
		(index) => links.get(`card-b/ctf#${index}`) ?? [],
	);

	const easy = table.rows.find((row) => row.label === 'Easy')!;
	const modelA = table.columns.findIndex((column) => column.modelId === 'model-a');
	const [note] = easy.cells[modelA]!.footnotes;
	expect(table.footnotes.find((footnote) => footnote.number === note)?.restatement?.href).toBe(
		'/cards/card-a/#eval-ctf--easy',
	);
	expect(table.rows.find((row) => row.label === 'Hard')!.cells[modelA]!.footnotes).toEqual([]);
});

test('a restatement must name a row, a metric and one result of the same model', () => {
	const later = evaluationSchema.parse(
		makeEvaluation({
			rows,
			results: [
				{ model: 'model-b', row: 'easy', value: 1 },
				{ model: 'model-b', row: 'hard', value: 2 },
			],
		}),
	);

	expect(restatedResult(later, 'model-b', { row: 'hard' })).toEqual({ index: 1 });
	expect(restatedResult(later, 'model-b', {})).toEqual({
		path: 'row',
		problem: 'expected one of the later evaluation\'s rows: "easy", "hard"',
	});
	expect(restatedResult(later, 'model-b', { row: 'easy', metric: 'score' })).toEqual({
		path: 'metric',
		problem: 'expected one of the later evaluation\'s metrics: "accuracy"',
	});
	expect(restatedResult(later, 'model-a', { row: 'easy' })).toEqual({
		path: 'variant',
		problem:
			'expected a result there for the same model ("model-a", variant "default"); the later evaluation has none',
	});
});

test('where the model has a cell per setup, a link names the setup by the cell’s own conditions', () => {
	const later = evaluationSchema.parse(
		makeEvaluation({
			results: [
				{ model: 'model-a', value: 98 },
				{ model: 'model-a', value: 97, conditions: { thinking: 'standard' } },
				{ model: 'model-a', value: 99, conditions: { thinking: 'extended' } },
			],
		}),
	);

	expect(restatedResult(later, 'model-a', {})).toEqual({ index: 0 });
	expect(restatedResult(later, 'model-a', { conditions: { thinking: 'extended' } })).toEqual({
		index: 2,
	});
	expect(
		restatedResult(later, 'model-a', { conditions: { thinking: 'standard', subset: 'hard' } }),
	).toEqual({
		path: 'variant',
		problem:
			'expected a result there for the same model ("model-a", variant "default"); the later evaluation has none',
	});
});
