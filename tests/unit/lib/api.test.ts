import { expect, test } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { cardFile, cardIndexFile, jsonFile, ratingsFile } from '../../../src/lib/api.ts';
import { withReferencesAsIds } from '../../../src/lib/references.ts';
import { apiJsonSchema } from '../../../src/schema/api.ts';
import { cardSchema, evaluationSchema, makeCard, makeEvaluation, modelSchema } from '../factories.ts';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);

const card = cardSchema.parse(
	makeCard({
		ratings: [
			{ category: 'cbrn', preMitigation: 'medium', postMitigation: 'medium', locator: { source: 'example-card-pdf', section: '5' } },
			{ category: 'cybersecurity', models: ['example-model'], preMitigation: 'low', postMitigation: 'low', locator: { source: 'example-card-pdf', section: '5' } },
		],
		overall: { preMitigation: 'medium', postMitigation: 'medium', locator: { source: 'example-card-pdf', section: '5' } },
	}),
);
const evaluations = new Map([['personqa', evaluationSchema.parse(makeEvaluation())]]);
const models = new Map([['example-model', modelSchema.parse({ name: 'Example Model', publisher: 'openai', summary: 'A model.' })]]);
const sources = new Map([['example-card-pdf', { title: 'Example card', publisher: 'Example', kind: 'official' as const, url: 'https://example.com/card.pdf' }]]);

test('references come back as the ids an author wrote; everything else is untouched', () => {
	expect(withReferencesAsIds({ model: { id: 'o3-mini', collection: 'models' }, list: [{ id: 'a', collection: 'sources' }], value: 1, nested: { id: 'x', other: 2 } })).toEqual({
		model: 'o3-mini',
		list: ['a'],
		value: 1,
		nested: { id: 'x', other: 2 },
	});
});

test('a card file keys ratings, evaluations and sources by their anchors on the card page', () => {
	const file = cardFile('example', card, evaluations, models, sources, ['example-card-pdf']);

	expect(Object.keys(file.ratings)).toEqual(['risk-cbrn', 'risk-cybersecurity--example-model', 'risk-overall']);
	expect(Object.keys(file.evaluations)).toEqual(['eval-personqa']);
	expect(Object.keys(file.sources)).toEqual(['source-example-card-pdf']);
	expect(file.card).not.toHaveProperty('ratings');
	expect(file.card).not.toHaveProperty('overall');
	expect((file.card as { models: unknown }).models).toEqual(['example-model']);
	expect((file.ratings['risk-cbrn'] as { locator: { source: unknown } }).locator.source).toBe('example-card-pdf');
});

test('every builder’s output validates against its published JSON Schema, and a mutated file does not', () => {
	const validateCard = ajv.compile(apiJsonSchema('card'));
	const file = JSON.parse(jsonFile(cardFile('example', card, evaluations, models, sources, ['example-card-pdf'])));
	expect(validateCard(file), JSON.stringify(validateCard.errors)).toBe(true);

	const mutated = structuredClone(file);
	mutated.ratings['risk-cbrn'].postMitigation = 'severe';
	expect(validateCard(mutated)).toBe(false);
	expect(validateCard({ ...file, schemaVersion: 2 })).toBe(false);

	const index = JSON.parse(jsonFile(cardIndexFile([{ id: 'example', data: card }])));
	expect(ajv.validate(apiJsonSchema('cards'), index), JSON.stringify(ajv.errors)).toBe(true);
	const ratings = JSON.parse(jsonFile(ratingsFile([{ id: 'example', data: card }])));
	expect(ajv.validate(apiJsonSchema('ratings'), ratings), JSON.stringify(ajv.errors)).toBe(true);
	expect(ratings.ratings.map((entry: { url: string }) => entry.url)).toEqual(['/cards/example/#risk-cbrn', '/cards/example/#risk-cybersecurity--example-model']);
});

test('the same content gives the same bytes', () => {
	const once = jsonFile(cardFile('example', card, evaluations, models, sources, ['example-card-pdf']));
	const again = jsonFile(cardFile('example', structuredClone(card), new Map(evaluations), new Map(models), new Map(sources), ['example-card-pdf']));
	expect(again).toBe(once);
	expect(once.endsWith('}\n')).toBe(true);
});
