/** Ratings in the framework's own category order, so every card's scorecard reads the same way. */
import { FRAMEWORKS, type V1Level } from '../schema/framework.ts';

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
