import { expect, test } from 'vitest';
import { registry } from '../../../src/frameworks/registry.ts';
import { ratedCategories } from '../../../src/schema/rating.ts';
import { modelsAtLevel, riskLevelPath, riskMatrices } from '../../../src/lib/risk-matrix.ts';
import { makeCatalogue } from '../factories.ts';

test('the v1 to v2 lineage covers every v1 category once and names only v2 categories', () => {
	const [v1, v2] = [registry.get('pf-v1'), registry.get('pf-v2')];
	const lineage = v2.lineage.find((line) => line.from === v1.id)!.mappings;
	expect(lineage.map((line) => line.from).sort()).toEqual(ratedCategories(v1).sort());
	for (const line of lineage) if (line.to) expect(ratedCategories(v2)).toContain(line.to);
	expect(lineage.find((line) => line.from === 'persuasion')).toMatchObject({ fit: 'dropped' });
	expect(lineage.find((line) => line.from === 'persuasion')).not.toHaveProperty('to');
	expect(lineage.find((line) => line.from === 'cbrn')).toMatchObject({
		to: 'biological-and-chemical',
		fit: 'approximate',
	});
});

test('the matrix keeps each framework apart, links each rating, and lists newer cards first', () => {
	const catalogue = makeCatalogue({
		cards: {
			older: {
				title: 'Older',
				published: '2024-09-12',
				models: ['model-a', 'model-b'],
				ratings: [
					{
						category: 'cbrn',
						preMitigation: 'medium',
						postMitigation: 'low',
						locator: { source: 'example-card-pdf' },
					},
				],
			},
			newer: {
				title: 'Newer',
				published: '2025-01-31',
				models: ['model-a'],
				coverage: 'headline',
				ratings: [{ category: 'cbrn', level: 'high', locator: { source: 'example-card-pdf' } }],
			},
			v2: {
				title: 'V2',
				published: '2025-04-16',
				models: ['model-b'],
				framework: 'pf-v2',
				ratings: [
					{
						category: 'cybersecurity',
						determination: 'below-high',
						locator: { source: 'example-card-pdf' },
					},
				],
			},
		},
	});
	const matrices = riskMatrices(catalogue);
	const [v1Matrix, v2Matrix] = ['pf-v1', 'pf-v2'].map((id) =>
		matrices.find((matrix) => matrix.framework.id === id),
	);

	expect(v1Matrix!.framework.id).toBe('pf-v1');
	expect(v1Matrix!.rows.map((row) => row.modelId)).toEqual(['model-a', 'model-b']);
	const a = v1Matrix!.rows[0]!.cells['cbrn']!;
	expect(a.map((rating) => [rating.cardId, rating.view.level.id, rating.href])).toEqual([
		['newer', 'high', '/cards/newer/#risk-cbrn'],
		['older', 'low', '/cards/older/#risk-cbrn'],
	]);
	expect(v2Matrix!.rows.map((row) => [row.modelId, Object.keys(row.cells)])).toEqual([
		['model-b', ['cybersecurity']],
	]);
	expect(v2Matrix!.levels['cybersecurity']!.map((level) => level.id)).toEqual(
		registry.get('pf-v2').determinations.map((determination) => determination.id),
	);

	// By level: the newest rating decides; v1 groups by the post-mitigation level.
	expect(modelsAtLevel(v1Matrix!, 'cbrn', 'high').map((entry) => entry.modelId)).toEqual([
		'model-a',
	]);
	expect(modelsAtLevel(v1Matrix!, 'cbrn', 'low').map((entry) => entry.modelId)).toEqual([
		'model-b',
	]);
	expect(modelsAtLevel(v1Matrix!, 'cbrn', 'medium')).toEqual([]);
	expect(riskLevelPath('pf-v2', 'cybersecurity', 'high')).toBe('/risk/pf-v2/cybersecurity/high/');
});

test('a card with two versions lists the rating of its later version first', () => {
	const catalogue = makeCatalogue({
		cards: {
			twice: {
				coverage: 'headline',
				models: ['model-a', 'model-b'],
				revisions: [{ date: '2025-06-01', summary: 'Updated.' }],
				ratings: [
					{
						category: 'cbrn',
						level: 'low',
						models: ['model-a'],
						locator: { source: 'example-card-pdf' },
					},
					{
						category: 'cbrn',
						preMitigation: 'medium',
						postMitigation: 'medium',
						models: ['model-a', 'model-b'],
						asOf: '2025-06-01',
						locator: { source: 'example-card-pdf' },
					},
				],
			},
		},
	});
	const cell = riskMatrices(catalogue)
		.find((matrix) => matrix.framework.id === 'pf-v1')!
		.rows.find((row) => row.modelId === 'model-a')!.cells['cbrn']!;
	expect(cell.map((rating) => [rating.asOf, rating.view.level.id])).toEqual([
		['2025-06-01', 'medium'],
		['2025-01-31', 'low'],
	]);
	expect(
		modelsAtLevel(
			riskMatrices(catalogue).find((matrix) => matrix.framework.id === 'pf-v1')!,
			'cbrn',
			'medium',
		).map((entry) => entry.modelId),
	).toEqual(['model-a', 'model-b']);
});

test('a rating names where it comes from: the kind of its source, and a link to it', () => {
	const catalogue = makeCatalogue({
		cards: {
			card: {
				ratings: [{ category: 'cbrn', level: 'low', locator: { source: 'blog' } }],
				coverage: 'headline',
			},
		},
		sources: {
			blog: {
				title: 'A blog post',
				publisher: 'A blogger',
				kind: 'secondary',
				url: 'https://example.org/post',
			},
		},
	});
	const [fact] = catalogue.ratings;
	expect([fact!.basis, fact!.source]).toEqual([
		'secondary',
		{ id: 'blog', title: 'A blog post', href: 'https://example.org/post' },
	]);
});
