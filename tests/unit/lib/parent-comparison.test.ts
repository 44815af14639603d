import { expect, test } from 'vitest';
import { compareEvaluations, compareRatings } from '../../../src/lib/parent-comparison.ts';
import { makeCard, makeCatalogue } from '../factories.ts';

const v2 = (ratings: Array<Record<string, unknown>>, overrides: Record<string, unknown> = {}) => ({
	framework: 'pf-v2',
	ratings: ratings.map((rating) => ({ locator: { source: 'example-card-pdf' }, ...rating })),
	...overrides,
});
const compare = (child: Record<string, unknown>, parent: Record<string, unknown>) =>
	compareRatings(makeCatalogue({ cards: { child, parent } }), 'child', 'parent');

test('ratings are compared per category: same, changed, here only, parent only', () => {
	const parent = v2([
		{ category: 'biological-and-chemical', determination: 'treated-as-high' },
		{ category: 'cybersecurity', determination: 'below-high' },
		{ category: 'ai-self-improvement', determination: 'below-high' },
	]);
	const child = v2([
		{ category: 'cybersecurity', determination: 'below-high' },
		{ category: 'ai-self-improvement', determination: 'treated-as-high' },
	]);

	const compared = compare(child, parent);

	expect(compared.map((entry) => [entry.category, entry.status])).toEqual([
		['biological-and-chemical', 'only-parent'],
		['cybersecurity', 'same'],
		['ai-self-improvement', 'changed'],
	]);
	expect(compared[0]!.parent[0]!.href).toBe('/cards/parent/#risk-biological-and-chemical');
	expect(compared[1]!.here[0]!.href).toBe('/cards/child/#risk-cybersecurity');
});

test('a child under a newer framework keeps its categories first, then the parent’s', () => {
	const parent = makeCard();
	const child = v2([{ category: 'cybersecurity', determination: 'below-high' }]);

	const compared = compare(child, parent);

	expect(compared.map((entry) => [entry.category, entry.status])).toEqual([
		['cybersecurity', 'only-here'],
		['cbrn', 'only-parent'],
	]);
});

test('v1 ratings differ when either level differs, and are the same only when the split matches too', () => {
	const parent = makeCard();
	const changed = makeCard({
		ratings: [
			{
				category: 'cbrn',
				preMitigation: 'high',
				postMitigation: 'medium',
				locator: { source: 'example-card-pdf' },
			},
		],
	});
	const same = makeCard();

	expect(compare(changed, parent)[0]!.status).toBe('changed');
	expect(compare(same, parent)[0]!.status).toBe('same');
});

test('the same words under two frameworks are not the same rating', () => {
	const v1High = makeCard({
		coverage: 'headline',
		ratings: [
			{ category: 'cybersecurity', level: 'high', locator: { source: 'example-card-pdf' } },
		],
	});
	const v2High = v2([{ category: 'cybersecurity', determination: 'high' }]);

	expect(compare(v2High, v1High).find((entry) => entry.category === 'cybersecurity')!.status).toBe(
		'changed',
	);
});

test('evaluations match by id or by shared benchmark; the rest are new or parent-only', () => {
	const here = new Map([
		['swe-launch', { benchmark: { id: 'swe-bench-verified' } }],
		['jailbreaks', {}],
		['false-completion', {}],
	]);
	const parent = new Map([
		['swe-bench-verified', { benchmark: { id: 'swe-bench-verified' } }],
		['jailbreaks', {}],
		['personqa', { benchmark: { id: 'personqa' } }],
	]);

	expect(compareEvaluations(here, parent)).toEqual({
		both: [
			{ here: 'swe-launch', parent: 'swe-bench-verified' },
			{ here: 'jailbreaks', parent: 'jailbreaks' },
		],
		onlyHere: ['false-completion'],
		onlyParent: ['personqa'],
	});
});
