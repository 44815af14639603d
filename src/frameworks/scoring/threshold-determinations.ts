/**
 * Threshold determinations: for each category the card states one determination from the
 * framework's list (e.g. below the threshold, treated as reaching it as a precaution, reaching it).
 * A determination counts as reaching every level up to the one it `meets`.
 */
import { z } from 'astro/zod';
import { strictObject } from '../../schema/shared.ts';
import { badgeOf, idsOf, quoted, stepIn, stepsUpTo } from '../ladder.ts';
import type { ScoringAdapter } from '../types.ts';

export const adapter: ScoringAdapter = {
	kind: 'threshold-determinations',
	description:
		'Each category gets one determination: whether the model stays below a threshold, is treated as reaching it as a precaution, or reaches it. A determination counts as reaching every level up to the one it meets.',
	checkEntry(framework, report) {
		if (framework.determinations.length === 0)
			report(
				['determinations'],
				undefined,
				'expected the determinations a card can state: a framework scored by threshold determinations lists them',
			);
	},
	ratingSchema(framework, { category, models, locator, note, asOf }) {
		const ids = idsOf(framework.determinations);
		return strictObject({
			category,
			/** What the card determined for this category. */
			determination: z.enum(ids, {
				error: `expected a ${framework.shortName} determination: ${quoted(ids)}`,
			}),
			models,
			locator,
			note,
			asOf,
		});
	},
	columns: () => ['Determination'],
	groupingLevels: (framework) => framework.determinations,
	view(rating, framework, subject) {
		const determination = stepIn(framework.determinations, String(rating['determination']));
		return {
			level: determination,
			badges: [badgeOf(determination)],
			cells: [{ badges: [badgeOf(determination)] }],
			atLeast: determination.meets
				? stepsUpTo(framework.levels, determination.meets).map((step) => step.label)
				: [],
			facetLevels: [determination.label],
			sentence: `${subject}: ${determination.label}.`,
			key: JSON.stringify(determination.id),
		};
	},
	legend: () => 'Each rating is the determination the card states for the category.',
};
