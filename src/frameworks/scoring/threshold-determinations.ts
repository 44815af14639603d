/**
 * Threshold determinations: for each category the card states one determination from the
 * framework's list (e.g. below the threshold, treated as reaching it as a precaution, reaching it).
 * A determination counts as reaching every level up to the one it `meets`. A category may allow
 * only some of the list, as when a framework words a threshold's outcome (ruled out or not) apart
 * from the safeguard standard a model is deployed under.
 */
import { z } from 'astro/zod';
import { strictObject } from '../../schema/shared.ts';
import { badgeOf, idsOf, quoted, stepIn, stepsUpTo } from '../ladder.ts';
import type { Framework, FrameworkStep, ScoringAdapter } from '../types.ts';

/** The determinations a rating of `category` may state: the category's own list, or all of them. */
function determinationsFor(framework: Framework, category?: string): FrameworkStep[] {
	const allowed = framework.categories.find((entry) => entry.id === category)?.determinations;
	return allowed
		? framework.determinations.filter((determination) => allowed.includes(determination.id))
		: framework.determinations;
}

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
		// Where categories allow only some determinations, the check below names the category's own
		// list; a list of all of them would offer values the category rejects.
		const perCategory = framework.categories.some((entry) => entry.determinations);
		return strictObject({
			category,
			/** What the card determined for this category. */
			determination: perCategory
				? z.string()
				: z.enum(ids, {
						error: `expected a ${framework.shortName} determination: ${quoted(ids)}`,
					}),
			models,
			locator,
			note,
			asOf,
		}).superRefine((rating, ctx) => {
			const category = String(rating.category);
			const allowed = idsOf(determinationsFor(framework, category));
			if (allowed.includes(rating.determination)) return;
			const label = framework.categories.find((entry) => entry.id === category)!.label;
			ctx.addIssue({
				code: 'custom',
				path: ['determination'],
				input: rating.determination,
				message: `expected a determination the ${framework.shortName} allows for ${label}: ${quoted(allowed)}`,
			});
		});
	},
	columns: () => ['Determination'],
	groupingLevels: determinationsFor,
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
