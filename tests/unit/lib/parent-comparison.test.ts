import { expect, test } from 'vitest';
import { compareEvaluations, compareRatings } from '../../../src/lib/parent-comparison.ts';
import { cardSchema, makeCard } from '../factories.ts';

const v2 = (ratings: Array<Record<string, unknown>>, overrides: Record<string, unknown> = {}) =>
	cardSchema.parse(makeCard({ framework: 'pf-v2', ratings: ratings.map((rating) => ({ locator: { source: 'example-card-pdf' }, ...rating })), ...overrides }));

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

	const compared = compareRatings({ id: 'child', card: child }, { id: 'parent', card: parent });

	expect(compared.map((entry) => [entry.category, entry.status])).toEqual([
		['biological-and-chemical', 'only-parent'],
		['cybersecurity', 'same'],
		['ai-self-improvement', 'changed'],
	]);
	expect(compared[0]!.parent[0]!.href).toBe('/cards/parent/#risk-biological-and-chemical');
	expect(compared[1]!.here[0]!.href).toBe('/cards/child/#risk-cybersecurity');
});

test('a child under a newer framework keeps its categories first, then the parent’s', () => {
	const parent = cardSchema.parse(makeCard());
	const child = v2([{ category: 'cybersecurity', determination: 'below-high' }]);

	const compared = compareRatings({ id: 'child', card: child }, { id: 'parent', card: parent });

	expect(compared.map((entry) => [entry.category, entry.status])).toEqual([
		['cybersecurity', 'only-here'],
		['cbrn', 'only-parent'],
	]);
});

test('v1 ratings differ when either level differs, and are the same only when the split matches too', () => {
	const parent = cardSchema.parse(makeCard());
	const changed = cardSchema.parse(makeCard({ ratings: [{ category: 'cbrn', preMitigation: 'high', postMitigation: 'medium', locator: { source: 'example-card-pdf' } }] }));
	const same = cardSchema.parse(makeCard());

	expect(compareRatings({ id: 'c', card: changed }, { id: 'p', card: parent })[0]!.status).toBe('changed');
	expect(compareRatings({ id: 'c', card: same }, { id: 'p', card: parent })[0]!.status).toBe('same');
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
