/**
 * Pre- and post-mitigation levels: each category is scored twice on the framework's ladder, before
 * and after safety mitigations, and the post-mitigation level is the one the gates use. A source
 * that gives one level without saying which is kept as `level` alone, never copied into both
 * (which would state a split nobody reported). A card may add an overall score of the same shape.
 */
import { z } from 'astro/zod';
import { strictObject } from '../../schema/shared.ts';
import { badgeOf, idsOf, quoted, stepIn, stepsUpTo } from '../ladder.ts';
import type { AuthoredCardLevel, AuthoredRating, Framework, ScoringAdapter } from '../types.ts';

type Score =
	{ split: true; preMitigation: string; postMitigation: string } | { split: false; level: string };

/** The schema guarantees one of the two shapes; this gives the view a type that says so. */
function scoreOf(rating: AuthoredRating | AuthoredCardLevel): Score {
	if (typeof rating['level'] === 'string') return { split: false, level: rating['level'] };
	return {
		split: true,
		preMitigation: String(rating['preMitigation']),
		postMitigation: String(rating['postMitigation']),
	};
}

type LevelFields = { preMitigation?: unknown; postMitigation?: unknown; level?: unknown };

function levelFields(framework: Framework) {
	const level = z.enum(idsOf(framework.levels), {
		error: `expected a ${framework.shortName} level: ${quoted(idsOf(framework.levels))}`,
	});
	return {
		/** Level of the model before safety mitigations (the worst known case). */
		preMitigation: level.optional(),
		/** Level after mitigations; the gates are decided on this one. */
		postMitigation: level.optional(),
		/** The one level a source reports when it does not say whether it is pre- or post-mitigation. */
		level: level.optional(),
	};
}

function requireOneLevelShape(framework: Framework) {
	const levels = quoted(idsOf(framework.levels));
	return (fields: LevelFields, ctx: z.core.$RefinementCtx<LevelFields>) => {
		const hasPair = fields.preMitigation !== undefined || fields.postMitigation !== undefined;
		if (fields.level !== undefined && hasPair) {
			ctx.addIssue({
				code: 'custom',
				path: ['level'],
				input: fields.level,
				message: 'expected either `level` or preMitigation and postMitigation, not both',
			});
			return;
		}
		if (fields.level !== undefined) return;
		for (const key of ['preMitigation', 'postMitigation'] as const) {
			if (fields[key] === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: [key],
					input: undefined,
					message: `expected ${key}: a ${framework.shortName} rating gives both preMitigation and postMitigation levels (${levels}), or a single \`level\` when the source does not say which it is`,
				});
			}
		}
	};
}

export const adapter: ScoringAdapter = {
	kind: 'pre-post-levels',
	description:
		'Each category gets two levels from the ladder: one for the model before safety mitigations and one after. Where a source gives a single level without saying which, that level is shown alone and marked. A card may also give an overall score.',
	ratingSchema(framework, { category, models, locator, note, asOf }) {
		return strictObject({
			category,
			...levelFields(framework),
			models,
			locator,
			note,
			asOf,
		}).superRefine(requireOneLevelShape(framework));
	},
	cardLevel: {
		label: 'Overall',
		schema: (framework, { locator, note, asOf }) =>
			strictObject({ ...levelFields(framework), locator, note, asOf }).superRefine(
				requireOneLevelShape(framework),
			),
	},
	refineCard(card, _framework, report) {
		// A level without its pre/post split is a headline summary; a full card has the scorecard itself.
		if (card.coverage !== 'full') return;
		const scored: Array<{ rating: AuthoredRating | AuthoredCardLevel; path: PropertyKey[] }> =
			card.ratings.map((rating, index) => ({ rating, path: ['ratings', index] }));
		if (card.overall) scored.push({ rating: card.overall as AuthoredCardLevel, path: ['overall'] });
		for (const { rating, path } of scored) {
			if (rating['level'] !== undefined && rating['preMitigation'] === undefined) {
				report(
					[...path, 'level'],
					rating['level'],
					'expected preMitigation and postMitigation: a level without the pre/post split is allowed only on cards with coverage "headline"',
				);
			}
		}
	},
	columns: () => ['Pre-mitigation', 'Post-mitigation'],
	groupingLevels: (framework) => framework.levels,
	view(rating, framework, subject) {
		const score = scoreOf(rating);
		if (score.split) {
			const [pre, post] = [
				stepIn(framework.levels, score.preMitigation),
				stepIn(framework.levels, score.postMitigation),
			];
			return {
				level: post,
				badges: [
					badgeOf(pre, { hiddenBefore: 'Pre-mitigation ' }),
					badgeOf(post, { hiddenBefore: 'post-mitigation ' }),
				],
				joiner: '→',
				cells: [{ badges: [badgeOf(pre)] }, { badges: [badgeOf(post)] }],
				atLeast: stepsUpTo(framework.levels, post.id).map((step) => step.label),
				facetLevels: [...new Set([pre.label, post.label])],
				sentence: `${subject} risk: ${pre.label} before mitigations, ${post.label} after mitigations.`,
				key: JSON.stringify(score),
			};
		}
		const level = stepIn(framework.levels, score.level);
		return {
			level,
			badges: [badgeOf(level, { hiddenAfter: ' (pre- or post-mitigation not stated)' })],
			mark: '*',
			cells: [
				{
					badges: [badgeOf(level)],
					span: 2,
					detail: 'Pre- or post-mitigation not stated in the source',
				},
			],
			atLeast: stepsUpTo(framework.levels, level.id).map((step) => step.label),
			facetLevels: [level.label],
			sentence: `${subject} risk: ${level.label}; the source does not say whether before or after mitigations.`,
			key: JSON.stringify(score),
		};
	},
	legend: () =>
		'Ratings read pre → post mitigation; * marks a level reported without saying whether it is pre- or post-mitigation.',
	groupingNote: () =>
		'That is the post-mitigation level, the one the framework gates deployment on, or the single level a source gives when it does not say which.',
};
