import { expect, test } from 'vitest';
import { V1_CATEGORIES, V1_TO_V2_LINEAGE, V2_CATEGORIES } from '../../../src/schema/framework.ts';
import { buildRiskMatrices, modelsAtLevel, riskLevelPath } from '../../../src/lib/risk-matrix.ts';
import { cardSchema, makeCard } from '../factories.ts';

const ref = (id: string) => ({ id, collection: 'models' });
const card = (id: string, overrides: Record<string, unknown>) => {
	const data = cardSchema.parse(makeCard(overrides));
	return { id, data: { ...data, models: data.models.map((model: { id: string }) => ref(model.id)) } as never };
};

test('the v1 to v2 lineage covers every v1 category once and names only v2 categories', () => {
	expect(V1_TO_V2_LINEAGE.map((line) => line.v1).sort()).toEqual([...V1_CATEGORIES].sort());
	for (const line of V1_TO_V2_LINEAGE) if (line.v2) expect(V2_CATEGORIES).toContain(line.v2);
	expect(V1_TO_V2_LINEAGE.find((line) => line.v1 === 'persuasion')!.v2).toBeNull();
	expect(V1_TO_V2_LINEAGE.find((line) => line.v1 === 'cbrn')).toMatchObject({ v2: 'biological-and-chemical', exact: false });
});

test('the matrix keeps each framework apart, links each rating, and lists newer cards first', () => {
	const older = card('older', {
		published: '2024-09-12',
		models: ['model-a', 'model-b'],
		ratings: [{ category: 'cbrn', preMitigation: 'medium', postMitigation: 'low', locator: { source: 'example-card-pdf' } }],
	});
	const newer = card('newer', {
		published: '2025-01-31',
		models: ['model-a'],
		coverage: 'headline',
		ratings: [{ category: 'cbrn', level: 'high', locator: { source: 'example-card-pdf' } }],
	});
	const v2 = card('v2', {
		published: '2025-04-16',
		models: ['model-b'],
		framework: 'pf-v2',
		ratings: [{ category: 'cybersecurity', determination: 'below-high', locator: { source: 'example-card-pdf' } }],
	});
	const [v1Matrix, v2Matrix] = buildRiskMatrices([older, newer, v2], (id) => id.toUpperCase());

	expect(v1Matrix!.framework).toBe('pf-v1');
	expect(v1Matrix!.rows.map((row) => row.modelId)).toEqual(['model-a', 'model-b']);
	const a = v1Matrix!.rows[0]!.cells['cbrn']!;
	expect(a.map((rating) => [rating.cardId, rating.level, rating.href])).toEqual([
		['newer', 'high', '/cards/newer/#risk-cbrn'],
		['older', 'low', '/cards/older/#risk-cbrn'],
	]);
	expect(v2Matrix!.rows.map((row) => [row.modelId, Object.keys(row.cells)])).toEqual([['model-b', ['cybersecurity']]]);

	// By level: the newest rating decides; v1 groups by the post-mitigation level.
	expect(modelsAtLevel(v1Matrix!, 'cbrn', 'high').map((entry) => entry.modelId)).toEqual(['model-a']);
	expect(modelsAtLevel(v1Matrix!, 'cbrn', 'low').map((entry) => entry.modelId)).toEqual(['model-b']);
	expect(modelsAtLevel(v1Matrix!, 'cbrn', 'medium')).toEqual([]);
	expect(riskLevelPath('pf-v2', 'cybersecurity', 'high')).toBe('/risk/v2/cybersecurity/high/');
	expect(riskLevelPath('pf-v1', 'cybersecurity', 'high')).toBe('/risk/v1/cybersecurity/high/');
});
