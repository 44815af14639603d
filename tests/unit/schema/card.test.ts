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
		expect(issuesOf(cardSchema, makeCard({ kind: 'addendum' }))).toEqual([
			'parent: expected the id of the card this addendum extends',
		]);
	});

	test('a system card must not have a parent', () => {
		expect(issuesOf(cardSchema, makeCard({ parent: 'other-card' }))).toEqual([
			'parent: expected no parent: only addendum and update cards have one',
		]);
	});

	test('a v1 card rejects a v2 category', () => {
		const ratings = [
			{
				category: 'biological-and-chemical',
				preMitigation: 'low',
				postMitigation: 'low',
				locator: { source: 'example-card-pdf' },
			},
		];

		expect(issuesOf(cardSchema, makeCard({ ratings }))).toEqual([
			'ratings.0.category: expected a Preparedness Framework v1 category: "cbrn", "cybersecurity", "persuasion", "model-autonomy"',
		]);
	});

	test('a v2 card rejects a v1 level as a determination', () => {
		const ratings = [
			{
				category: 'cybersecurity',
				determination: 'medium',
				locator: { source: 'example-card-pdf' },
			},
		];

		expect(issuesOf(cardSchema, makeCard({ framework: 'pf-v2', ratings }))).toEqual([
			'ratings.0.determination: expected a Preparedness Framework v2 determination: "below-indicative-high", "below-high", "treated-as-high", "high", "critical"',
		]);
	});

	test('a v1 rating needs both pre- and post-mitigation levels', () => {
		const ratings = [
			{ category: 'cbrn', postMitigation: 'medium', locator: { source: 'example-card-pdf' } },
		];

		expect(issuesOf(cardSchema, makeCard({ ratings }))).toEqual([
			'ratings.0.preMitigation: expected preMitigation: a Preparedness Framework v1 rating gives both preMitigation and postMitigation levels ("low", "medium", "high", "critical"), or a single `level` when the source does not say which it is',
		]);
	});

	test('rejects rating the same category twice for the same models', () => {
		const rating = {
			category: 'cbrn',
			preMitigation: 'low',
			postMitigation: 'low',
			locator: { source: 'example-card-pdf' },
		};

		expect(issuesOf(cardSchema, makeCard({ ratings: [rating, rating] }))).toEqual([
			'ratings.1.category: duplicate rating: ratings[0] already rates this category for the same models',
		]);
	});

	test('a card without a framework cannot carry ratings', () => {
		expect(issuesOf(cardSchema, makeCard({ framework: 'none' }))[0]).toMatch(
			/^: unknown key "ratings"/,
		);
	});

	test.each([
		['javascript:alert(1)'],
		['ftp://openai.com/card'],
		['//openai.com/card'],
		['openai.com/card'],
		['http://openai.com/card'],
		['https://openai.com@evil.example/'],
		['https://user:secret@openai.com/card'],
	])('rejects the official URL %s', (officialUrl) => {
		expect(issuesOf(cardSchema, makeCard({ officialUrl }))).toEqual([
			'officialUrl: expected an absolute https URL without a user name or password, e.g. https://openai.com/index/o3-mini-system-card/',
		]);
	});

	test.each([['2025-13-01'], ['2025-02-30'], ['31/01/2025'], ['2025-13'], ['25'], ['sometime']])(
		'rejects the date %s',
		(published) => {
			expect(issuesOf(cardSchema, makeCard({ published }))).toEqual([
				'published: expected a date written YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2025-01-31, "2025-09", "2024"), or "unknown"',
			]);
		},
	);

	test.each([['2025-09'], ['2024'], [2024], ['unknown']])(
		'a headline card may give the date %s, with a note saying why',
		(published) => {
			expect(
				issuesOf(
					cardSchema,
					makeCard({ published, coverage: 'headline', publishedNote: 'Day not recovered.' }),
				),
			).toEqual([]);
			expect(issuesOf(cardSchema, makeCard({ published, coverage: 'headline' }))).toEqual([
				`publishedNote: expected a note saying why the date is "${published}" and not a full YYYY-MM-DD date`,
			]);
		},
	);

	test('a headline v1 rating may give one level when the source does not split pre and post', () => {
		const ratings = [
			{ category: 'persuasion', level: 'medium', locator: { source: 'example-card-pdf' } },
		];
		expect(
			issuesOf(
				cardSchema,
				makeCard({
					ratings,
					coverage: 'headline',
					overall: { level: 'medium', locator: { source: 'example-card-pdf' } },
				}),
			),
		).toEqual([]);
		expect(issuesOf(cardSchema, makeCard({ ratings }))).toEqual([
			'ratings.0.level: expected preMitigation and postMitigation: a level without the pre/post split is allowed only on cards with coverage "headline"',
		]);
	});

	test('the official URL may be missing, and an unverified entry says why', () => {
		const { officialUrl: _omitted, ...withoutUrl } = makeCard({
			coverage: 'headline',
			unverified: 'Named only by one third-party log.',
		}) as Record<string, unknown>;
		expect(issuesOf(cardSchema, withoutUrl)).toEqual([]);
		expect(issuesOf(cardSchema, makeCard({ unverified: '' }))).toEqual([
			'unverified: expected non-empty text',
		]);
	});
});
