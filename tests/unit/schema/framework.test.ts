import { expect, test } from 'vitest';
import { FRAMEWORKS, V1_CATEGORIES, V2_CATEGORIES, v1LevelsAtMost, v2ThresholdsMet } from '../../../src/schema/framework.ts';

test('v1 has four categories scored pre and post mitigation; v2 has three Tracked Categories', () => {
	expect(V1_CATEGORIES).toEqual(['cbrn', 'cybersecurity', 'persuasion', 'model-autonomy']);
	expect(V2_CATEGORIES).toEqual(['biological-and-chemical', 'cybersecurity', 'ai-self-improvement']);
	expect(FRAMEWORKS['pf-v1'].scoring).toBe('pre-post-levels');
	expect(FRAMEWORKS['pf-v2'].researchCategories).toContain('sandbagging');
});

test('a v1 level counts as at least every level up to it', () => {
	expect(v1LevelsAtMost('medium')).toEqual(['low', 'medium']);
	expect(v1LevelsAtMost('low')).toEqual(['low']);
	expect(v1LevelsAtMost('critical')).toEqual(['low', 'medium', 'high', 'critical']);
});

test('a precautionary High meets the High threshold; below High meets none', () => {
	expect(v2ThresholdsMet('treated-as-high')).toEqual(['high']);
	expect(v2ThresholdsMet('below-high')).toEqual([]);
	expect(v2ThresholdsMet('critical')).toEqual(['high', 'critical']);
});
