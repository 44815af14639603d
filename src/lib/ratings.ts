/** Ratings in the framework's own category order, so every card's scorecard reads the same way. */
import { CATEGORY_LABELS, DETERMINATION_LABELS, FRAMEWORKS, LEVEL_LABELS, type V1Level, type V2Determination } from '../schema/framework.ts';

export function ratingsInFrameworkOrder<Rating extends { category: string }>(framework: keyof typeof FRAMEWORKS, ratings: readonly Rating[]): Rating[] {
	const order: readonly string[] = FRAMEWORKS[framework].categories;
	return [...ratings].sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category));
}

/**
 * A v1 score as a source reports it: both levels, or one level with the pre/post split unstated.
 * The schema guarantees one of the two shapes; this gives callers a type that says so.
 */
export type V1Score = { split: true; preMitigation: V1Level; postMitigation: V1Level } | { split: false; level: V1Level };

export function v1Score(rating: { preMitigation?: V1Level; postMitigation?: V1Level; level?: V1Level }): V1Score {
	if (rating.level !== undefined) return { split: false, level: rating.level };
	if (rating.preMitigation === undefined || rating.postMitigation === undefined) {
		throw new Error('v1 rating without levels: the schema should have rejected it');
	}
	return { split: true, preMitigation: rating.preMitigation, postMitigation: rating.postMitigation };
}

/** The level a v1 score is filtered by: post-mitigation (what the gates use), else the one reported. */
export function v1GatingLevel(score: V1Score): V1Level {
	return score.split ? score.postMitigation : score.level;
}

/** Tracked categories of the framework that a card gives no rating for: shown as not recovered. */
export function unratedCategories(framework: keyof typeof FRAMEWORKS, ratings: readonly { category: string }[]): string[] {
	const rated = new Set(ratings.map((rating) => rating.category));
	return FRAMEWORKS[framework].categories.filter((category) => !rated.has(category));
}

/** A rating in one sentence, e.g. "CBRN risk: Medium before mitigations, Low after mitigations." */
export function ratingSentence(rating: { category: string; determination?: V2Determination; preMitigation?: V1Level; postMitigation?: V1Level; level?: V1Level }): string {
	const category = CATEGORY_LABELS[rating.category as keyof typeof CATEGORY_LABELS] ?? rating.category;
	if (rating.determination) return `${category}: ${DETERMINATION_LABELS[rating.determination]}.`;
	const score = v1Score(rating);
	return score.split
		? `${category} risk: ${LEVEL_LABELS[score.preMitigation]} before mitigations, ${LEVEL_LABELS[score.postMitigation]} after mitigations.`
		: `${category} risk: ${LEVEL_LABELS[score.level]}; the source does not say whether before or after mitigations.`;
}
