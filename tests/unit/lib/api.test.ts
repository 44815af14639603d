import { expect, test } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { cardFile, cardIndexFile, jsonFile, ratingsFile } from '../../../src/lib/api.ts';
import { withReferencesAsIds } from '../../../src/lib/references.ts';
import { apiJsonSchema } from '../../../src/lib/api-schema.ts';
import { makeCatalogue, makeModel } from '../factories.ts';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);

const parts = {
	cards: {
		example: {
			ratings: [
				{
					category: 'cbrn',
					preMitigation: 'medium',
					postMitigation: 'medium',
					locator: { source: 'example-card-pdf', section: '5' },
				},
				{
					category: 'cybersecurity',
					models: ['example-model'],
					preMitigation: 'low',
					postMitigation: 'low',
					locator: { source: 'example-card-pdf', section: '5' },
				},
			],
			overall: {
				preMitigation: 'medium',
				postMitigation: 'medium',
				locator: { source: 'example-card-pdf', section: '5' },
			},
		},
	},
	evaluations: { 'example/personqa': {} },
	models: { 'example-model': makeModel('Example Model') },
	sources: {
		'example-card-pdf': {
			title: 'Example card',
			publisher: 'Example',
			kind: 'official' as const,
			url: 'https://example.com/card.pdf',
		},
	},
};
const catalogue = makeCatalogue(parts);

test('references come back as the ids an author wrote; everything else is untouched', () => {
	expect(
		withReferencesAsIds({
			model: { id: 'o3-mini', collection: 'models' },
			list: [{ id: 'a', collection: 'sources' }],
			value: 1,
			nested: { id: 'x', other: 2 },
		}),
	).toEqual({
		model: 'o3-mini',
		list: ['a'],
		value: 1,
		nested: { id: 'x', other: 2 },
	});
});

test('a card file keys ratings, evaluations and sources by their anchors on the card page', () => {
	const file = cardFile(catalogue, 'example');

	expect(Object.keys(file.ratings)).toEqual([
		'risk-cbrn',
		'risk-cybersecurity--example-model',
		'risk-overall',
	]);
	expect(Object.keys(file.evaluations)).toEqual(['eval-personqa']);
	expect(Object.keys(file.sources)).toEqual(['source-example-card-pdf']);
	expect(file.card).not.toHaveProperty('ratings');
	expect(file.card).not.toHaveProperty('overall');
	expect((file.card as { models: unknown }).models).toEqual(['example-model']);
	expect((file.ratings['risk-cbrn'] as { locator: { source: unknown } }).locator.source).toBe(
		'example-card-pdf',
	);
});

test('every builder’s output validates against its published JSON Schema, and a mutated file does not', () => {
	const validateCard = ajv.compile(apiJsonSchema('card'));
	const file = JSON.parse(jsonFile(cardFile(catalogue, 'example')));
	expect(validateCard(file), JSON.stringify(validateCard.errors)).toBe(true);

	const mutated = structuredClone(file);
	mutated.ratings['risk-cbrn'].postMitigation = 'severe';
	expect(validateCard(mutated)).toBe(false);
	expect(validateCard({ ...file, schemaVersion: 2 })).toBe(false);

	const index = JSON.parse(jsonFile(cardIndexFile(catalogue)));
	expect(ajv.validate(apiJsonSchema('cards'), index), JSON.stringify(ajv.errors)).toBe(true);
	const ratings = JSON.parse(jsonFile(ratingsFile(catalogue)));
	expect(ajv.validate(apiJsonSchema('ratings'), ratings), JSON.stringify(ajv.errors)).toBe(true);
	expect(ratings.ratings.map((entry: { url: string }) => entry.url)).toEqual([
		'/cards/example/#risk-cbrn',
		'/cards/example/#risk-cybersecurity--example-model',
	]);
});

test('the same content gives the same bytes', () => {
	const once = jsonFile(cardFile(catalogue, 'example'));
	const again = jsonFile(cardFile(makeCatalogue(structuredClone(parts)), 'example'));
	expect(again).toBe(once);
	expect(once.endsWith('}\n')).toBe(true);
});
