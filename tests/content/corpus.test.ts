/**
 * The real content: it passes the content check, every addendum points at a card that exists, and
 * every figure can be traced to a source document.
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import { buildEvaluationTable } from '../../src/lib/evaluation-table.ts';

const ROOT = join(import.meta.dirname, '../..');
const { problems, cards, evaluations, models } = checkContent(join(ROOT, 'content'), ROOT);

test('the content passes the content check', () => {
	expect(problems).toEqual([]);
	expect(cards.size).toBeGreaterThanOrEqual(2);
});

test('every addendum and update names a parent card that exists', () => {
	const children = [...cards].filter(([, card]) => card.kind === 'addendum' || card.kind === 'update');
	expect(children.length).toBeGreaterThan(0);

	for (const [id, card] of children) {
		expect(card.parent, `${id} has no parent`).toBeDefined();
		expect(cards.has(card.parent!.id), `${id}'s parent ${card.parent!.id} does not exist`).toBe(true);
	}
});

test('every figure has a source locator: the evaluation\'s, or its own', () => {
	for (const [id, evaluation] of evaluations) {
		expect(evaluation.locator.source.id, id).toBeTruthy();
		// Figures from the card name its section; secondary-only figures may not know one.
		if (evaluation.basis !== 'secondary') expect(evaluation.locator.section, id).toBeTruthy();
		// Every cell renders from a result, and every result falls back to the evaluation's locator.
		const table = buildEvaluationTable(evaluation, (model) => models.get(model)?.name ?? model);
		const cells = table.rows.flatMap((row) => row.cells);
		expect(cells.length, id).toBe(table.rows.length * table.columns.length);
	}
});

test('secondary and chart-read figures in a printed table each carry a locator of their own', () => {
	const unlocated = [...evaluations].flatMap(([id, evaluation]) =>
		evaluation.results
			.filter((result) => {
				// A value read off a chart, or taken from another document, names where. In a table
				// whose other values are printed, the evaluation's locator points at the card's own
				// table, so such a value needs its own; in an evaluation that is all chart readings or
				// all secondary, the evaluation's locator names the chart or the document.
				const differs = result.basis !== undefined && result.basis !== evaluation.basis;
				return (
					result.value !== undefined &&
					differs &&
					(result.basis === 'secondary' || result.basis === 'chart-reading') &&
					!result.locator
				);
			})
			.map((result) => `${id}: ${result.model.id}`),
	);

	expect(unlocated).toEqual([]);
});
