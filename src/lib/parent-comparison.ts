/**
 * An addendum or update set against the card it extends: which ratings it repeats, changes or
 * leaves to the parent, and which evaluations it measures again, adds or does not repeat. Only what
 * both cards' data say is compared; the site never claims a parent's figure carries over.
 */
import type { Card } from '../schema/card.ts';
import { FRAMEWORKS } from '../schema/framework.ts';
import { toMatrixRating, type MatrixRating } from './risk-matrix.ts';

export type RatingStatus = 'same' | 'changed' | 'only-here' | 'only-parent';

export interface CategoryComparison {
	category: string;
	here: MatrixRating[];
	parent: MatrixRating[];
	status: RatingStatus;
}

const ratingValue = (rating: MatrixRating): string => JSON.stringify(rating.v2 ?? rating.v1);

function status(here: MatrixRating[], parent: MatrixRating[]): RatingStatus {
	if (parent.length === 0) return 'only-here';
	if (here.length === 0) return 'only-parent';
	const values = (ratings: MatrixRating[]) => [...new Set(ratings.map(ratingValue))].sort().join('|');
	return values(here) === values(parent) ? 'same' : 'changed';
}

/**
 * Ratings by category, in the child's framework order and then any category only the parent rates
 * (a parent under another framework version rates other categories). Categories neither rates are
 * left out.
 */
export function compareRatings(child: { id: string; card: Card }, parent: { id: string; card: Card }): CategoryComparison[] {
	const ratingsOf = ({ id, card }: { id: string; card: Card }) => (card.framework === 'none' ? [] : card.ratings.map((rating) => ({ category: rating.category, rating: toMatrixRating(id, card, rating) })));
	const here = ratingsOf(child);
	const there = ratingsOf(parent);
	const order = [child.card.framework, parent.card.framework].flatMap((framework) => (framework === 'none' ? [] : FRAMEWORKS[framework].categories));
	return [...new Set(order)]
		.map((category) => {
			const inCategory = (entries: typeof here) => entries.filter((entry) => entry.category === category).map((entry) => entry.rating);
			return { category, here: inCategory(here), parent: inCategory(there) };
		})
		.filter((entry) => entry.here.length > 0 || entry.parent.length > 0)
		.map((entry) => ({ ...entry, status: status(entry.here, entry.parent) }));
}

export interface EvaluationComparison {
	/** Measured on both cards: same evaluation id, or the same shared benchmark. */
	both: Array<{ here: string; parent: string }>;
	onlyHere: string[];
	onlyParent: string[];
}

/** Evaluations of the two cards by id (within each card), matched by id or by shared benchmark. */
export function compareEvaluations(here: ReadonlyMap<string, { benchmark?: { id: string } }>, parent: ReadonlyMap<string, { benchmark?: { id: string } }>): EvaluationComparison {
	const matchInParent = (id: string): string | undefined => {
		if (parent.has(id)) return id;
		const benchmark = here.get(id)?.benchmark?.id;
		return benchmark ? [...parent].find(([, evaluation]) => evaluation.benchmark?.id === benchmark)?.[0] : undefined;
	};
	const both: EvaluationComparison['both'] = [];
	const onlyHere: string[] = [];
	for (const id of here.keys()) {
		const match = matchInParent(id);
		if (match) both.push({ here: id, parent: match });
		else onlyHere.push(id);
	}
	const matched = new Set(both.map((pair) => pair.parent));
	return { both, onlyHere, onlyParent: [...parent.keys()].filter((id) => !matched.has(id)) };
}
