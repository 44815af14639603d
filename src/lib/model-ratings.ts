/**
 * Every Preparedness rating one model received, across cards, for its model page. A rating names
 * its models, or applies to all of the card's models when it names none.
 */
import type { Card, Rating } from '../schema/card.ts';
import { cardsInView, DEFAULT_INDEX_VIEW } from './card-list.ts';
import { modelRatingAnchor, ratingAnchor } from './anchors.ts';

export interface ModelRating {
	cardId: string;
	card: Card;
	rating: Rating;
	/** The rating's anchor on its card page. */
	cardAnchor: string;
	/** The rating's anchor on the model page. */
	anchor: string;
	/** Set on the newest rating of each category: the model page's short `#risk-<category>` id. */
	latestAnchor?: string;
	/** The anchor under the card's former ids, kept so links made before a rename still land. */
	formerAnchors: string[];
}

export function ratingsOfModel(modelId: string, cards: ReadonlyArray<{ id: string; data: Card }>): ModelRating[] {
	const ratings: ModelRating[] = [];
	const seenCategories = new Set<string>();
	for (const { id, data } of cardsInView(cards, DEFAULT_INDEX_VIEW)) {
		if (data.framework === 'none') continue;
		for (const rating of data.ratings as Rating[]) {
			const models = (rating.models ?? data.models).map((model) => model.id);
			if (!models.includes(modelId)) continue;
			const cardAnchor = ratingAnchor(rating.category, rating.models?.map((model) => model.id));
			const latest = !seenCategories.has(rating.category);
			seenCategories.add(rating.category);
			ratings.push({
				cardId: id,
				card: data,
				rating,
				cardAnchor,
				anchor: modelRatingAnchor(id, cardAnchor),
				formerAnchors: data.formerIds.map((formerId) => modelRatingAnchor(formerId, cardAnchor)),
				...(latest ? { latestAnchor: ratingAnchor(rating.category) } : {}),
			});
		}
	}
	return ratings;
}
