import { describe, expect, test } from 'vitest';
import { cardSchema, issuesOf, makeCard } from '../factories.ts';

describe('card schema', () => {
	test('accepts the minimal card and turns ids into references', () => {
		const card = cardSchema.parse(makeCard());

		expect(card.models).toEqual([{ id: 'example-model', collection: 'models' }]);
		expect(card.revisions).toEqual([]);
	});

	test('keeps a YAML date (parsed as Date) as the same calendar day', () => {
		const card = cardSchema.parse(makeCard({ published: new Date('2025-01-31T00:00:00Z') }));

		expect(card.published).toBe('2025-01-31');
	});

	test('an addendum must name its parent', () => {
		expect(issuesOf(cardSchema, makeCard({ kind: 'addendum' }))).toEqual(['parent: expected the id of the card this addendum extends']);
	});

	test('a system card must not have a parent', () => {
		expect(issuesOf(cardSchema, makeCard({ parent: 'other-card' }))).toEqual(['parent: expected no parent: only addendum and update cards have one']);
	});

	test('a v1 card rejects a v2 category', () => {
		const ratings = [{ category: 'biological-and-chemical', preMitigation: 'low', postMitigation: 'low', locator: { source: 'example-card-pdf' } }];

		expect(issuesOf(cardSchema, makeCard({ ratings }))).toEqual([
			'ratings.0.category: expected a Preparedness Framework v1 category: "cbrn", "cybersecurity", "persuasion", "model-autonomy"',
		]);
	});

	test('a v2 card rejects a v1 level as a determination', () => {
		const ratings = [{ category: 'cybersecurity', determination: 'medium', locator: { source: 'example-card-pdf' } }];

		expect(issuesOf(cardSchema, makeCard({ framework: 'pf-v2', ratings }))).toEqual([
			'ratings.0.determination: expected a Preparedness Framework v2 determination: "below-indicative-high", "below-high", "treated-as-high", "high", "critical"',
		]);
	});

	test('a v1 rating needs both pre- and post-mitigation levels', () => {
		const ratings = [{ category: 'cbrn', postMitigation: 'medium', locator: { source: 'example-card-pdf' } }];

		expect(issuesOf(cardSchema, makeCard({ ratings }))).toEqual([
			'ratings.0.preMitigation: expected a Preparedness Framework v1 level: "low", "medium", "high", "critical"',
		]);
	});

	test('rejects rating the same category twice for the same models', () => {
		const rating = { category: 'cbrn', preMitigation: 'low', postMitigation: 'low', locator: { source: 'example-card-pdf' } };

		expect(issuesOf(cardSchema, makeCard({ ratings: [rating, rating] }))).toEqual([
			'ratings.1.category: duplicate rating: ratings[0] already rates this category for the same models',
		]);
	});

	test('a card without a framework cannot carry ratings', () => {
		expect(issuesOf(cardSchema, makeCard({ framework: 'none' }))[0]).toMatch(/^: unknown key "ratings"/);
	});

	test.each([
		['javascript:alert(1)'],
		['ftp://openai.com/card'],
		['//openai.com/card'],
		['openai.com/card'],
	])('rejects the official URL %s', (officialUrl) => {
		expect(issuesOf(cardSchema, makeCard({ officialUrl }))).toEqual([
			'officialUrl: expected an absolute http(s) URL, e.g. https://openai.com/index/o3-mini-system-card/',
		]);
	});

	test.each([['2025-13-01'], ['2025-02-30'], ['31/01/2025']])('rejects the date %s', (published) => {
		expect(issuesOf(cardSchema, makeCard({ published }))).toEqual(['published: expected a calendar date written YYYY-MM-DD, e.g. 2025-01-31']);
	});
});
