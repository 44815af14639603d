/**
 * An addendum or update set against the card it extends: which ratings it repeats, changes or
 * leaves to the parent, and which evaluations it measures again, adds or does not repeat. Only what
 * both cards' data say is compared; the site never claims a parent's figure carries over.
 */
import type { Catalogue } from './catalogue.ts';
import { categoryFacts, type RatingFact } from './rating-facts.ts';

export type RatingStatus = 'same' | 'changed' | 'only-here' | 'only-parent';

export const RATING_STATUS_TEXT: Record<RatingStatus, string> = {
	same: 'Same',
	changed: 'Differs',
	'only-here': 'Rated here only',
	'only-parent': 'Rated in the parent only',
};

export interface CategoryComparison {
	category: string;
	/** The category's label in whichever card's framework has it. */
	label: string;
	here: RatingFact[];
	parent: RatingFact[];
	status: RatingStatus;
}

function status(here: RatingFact[], parent: RatingFact[]): RatingStatus {
	if (parent.length === 0) return 'only-here';
	if (here.length === 0) return 'only-parent';
	// Two cards under different frameworks never say the same thing, even with the same words.
	const values = (ratings: RatingFact[]) =>
		[...new Set(ratings.map((rating) => JSON.stringify([rating.framework.id, rating.view.key])))]
			.sort()
			.join('|');
	return values(here) === values(parent) ? 'same' : 'changed';
}

/**
 * Ratings by category, in the child's framework order and then any category only the parent rates
 * (a parent under another framework version rates other categories). Categories neither rates are
 * left out.
 */
export function compareRatings(
	catalogue: Catalogue,
	childId: string,
	parentId: string,
): CategoryComparison[] {
	const ofCard = (cardId: string) =>
		categoryFacts(catalogue.ratings).filter((fact) => fact.cardId === cardId);
	const here = ofCard(childId);
	const there = ofCard(parentId);
	const frameworks = [childId, parentId].flatMap((id) => {
		const framework = catalogue.registry.find(catalogue.card(id)?.data.framework ?? '');
		return framework ? [framework] : [];
	});
	const categories = new Map<string, string>();
	for (const framework of frameworks)
		for (const category of framework.categories)
			if (!categories.has(category.id)) categories.set(category.id, category.label);
	return [...categories]
		.map(([category, label]) => {
			const inCategory = (facts: RatingFact[]) =>
				facts.filter((fact) => fact.category === category);
			return { category, label, here: inCategory(here), parent: inCategory(there) };
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
export function compareEvaluations(
	here: ReadonlyMap<string, { benchmark?: { id: string } }>,
	parent: ReadonlyMap<string, { benchmark?: { id: string } }>,
): EvaluationComparison {
	const matchInParent = (id: string): string | undefined => {
		if (parent.has(id)) return id;
		const benchmark = here.get(id)?.benchmark?.id;
		return benchmark
			? [...parent].find(([, evaluation]) => evaluation.benchmark?.id === benchmark)?.[0]
			: undefined;
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
