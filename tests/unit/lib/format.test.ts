import { expect, test } from 'vitest';
import { formatDate, formatValue, formatWithInterval } from '../../../src/lib/format-value.ts';
import { formatSpecValue } from '../../../src/lib/spec-value.ts';
import { describeConditions } from '../../../src/lib/conditions.ts';
import { locatorText } from '../../../src/lib/locator-text.ts';
import { entryIdFromPath } from '../../../src/lib/entry-id.ts';
import {
	cardPath,
	evaluationAnchor,
	ratingAnchor,
	sourceAnchor,
	specAnchor,
} from '../../../src/lib/anchors.ts';
import { referencedIds } from '../../../src/lib/references.ts';

test('values print as the source prints them', () => {
	expect(formatValue(14.8, { unit: 'percent' })).toBe('14.8%');
	expect(formatValue(1, { unit: 'fraction', decimals: 2 })).toBe('1.00');
	expect(formatValue(0.73, { unit: 'fraction' })).toBe('0.73');
	expect(formatWithInterval(73.3, 4, { unit: 'percent', decimals: 1 })).toBe('73.3% ± 4.0%');
});

test('dates are written out without time-zone shifts', () => {
	expect(formatDate('2025-01-31')).toBe('31 January 2025');
	expect(formatDate('2025-02-01')).toBe('1 February 2025');
});

test('spec values', () => {
	expect(formatSpecValue(200000, 'tokens')).toBe('200,000 tokens');
	expect(formatSpecValue(['text', 'image'])).toBe('text, image');
	expect(formatSpecValue('2025-01-31')).toBe('31 January 2025');
});

test('conditions and locators read as short labels', () => {
	expect(
		describeConditions({ passAtK: 12, tools: false, sampleSize: 3000, grader: 'o1-preview' }),
	).toEqual(['pass@12', 'tools off', 'n = 3,000', 'graded by o1-preview']);
	expect(
		describeConditions({
			modelVersion: 'Preview (05-06)',
			thinking: 'extended',
			thinkingBudget: 16000,
			subset: 'hard subset',
			safeguards: false,
		}),
	).toEqual([
		'Preview (05-06)',
		'extended thinking',
		'16,000-token thinking budget',
		'hard subset',
		'without safeguards',
	]);
	expect(locatorText({ section: '4.1.3', table: 'Table 3', page: 4 })).toBe(
		'§4.1.3, Table 3, p. 4',
	);
	expect(locatorText({ figure: 'CTF results', page: '10-11' })).toBe(
		'figure: CTF results, p. 10-11',
	);
});

test('ids come from paths and data ids, never from display text', () => {
	expect(entryIdFromPath('o3-mini/personqa.yaml')).toBe('o3-mini/personqa');
	expect(entryIdFromPath('o3-mini.mdx')).toBe('o3-mini');
	expect([
		ratingAnchor('cbrn'),
		ratingAnchor('cybersecurity', ['o3', 'o4-mini']),
		evaluationAnchor('personqa'),
		specAnchor('o3-mini', 'context-window'),
		sourceAnchor('s1'),
		cardPath('o3-mini'),
	]).toEqual([
		'risk-cbrn',
		'risk-cybersecurity--o3-o4-mini',
		'eval-personqa',
		'spec-o3-mini-context-window',
		'source-s1',
		'/cards/o3-mini/',
	]);
});

test('referencedIds finds every reference to one collection, once, in order', () => {
	const data = {
		sources: [{ id: 'pdf', collection: 'sources' }],
		deep: [
			{ locator: { source: { id: 'post', collection: 'sources' } } },
			{ id: 'pdf', collection: 'sources' },
			{ id: 'm', collection: 'models' },
		],
	};
	expect(referencedIds('sources', data)).toEqual(['pdf', 'post']);
});

test('ratings follow the framework order, whatever order the card lists them in', async () => {
	const { scorecardOf } = await import('../../../src/lib/card-page.ts');
	const { makeCatalogue } = await import('../factories.ts');
	const rating = (category: string) => ({
		category,
		preMitigation: 'low',
		postMitigation: 'low',
		locator: { source: 'pdf' },
	});
	const catalogue = makeCatalogue({
		cards: {
			card: { ratings: [rating('model-autonomy'), rating('cybersecurity'), rating('cbrn')] },
		},
	});

	const scorecard = scorecardOf(catalogue, catalogue.card('card')!)!;
	expect(scorecard.ratings.map((fact) => fact.category)).toEqual([
		'cbrn',
		'cybersecurity',
		'model-autonomy',
	]);
	expect(scorecard.unrated.map((entry) => entry.anchor)).toEqual(['risk-persuasion']);
});

test('numbers JavaScript writes in exponent form are printed in full', async () => {
	const { formatNumber } = await import('../../../src/lib/format-value.ts');
	expect([
		formatNumber(1.5e-7),
		formatNumber(2e-7),
		formatNumber(1e21),
		formatNumber(-3.25e-8),
		formatNumber(0.5),
		formatNumber(1.5e-7, 8),
	]).toEqual([
		'0.00000015',
		'0.0000002',
		'1000000000000000000000',
		'-0.0000000325',
		'0.5',
		'0.00000015',
	]);
});
