/** Ratings in the framework's own category order, so every card's scorecard reads the same way. */
import { FRAMEWORKS } from '../schema/framework.ts';
import type { Card } from '../schema/card.ts';

type RatedCard = Extract<Card, { framework: 'pf-v1' | 'pf-v2' }>;

export function ratingsInFrameworkOrder(card: RatedCard): RatedCard['ratings'] {
	const order: readonly string[] = FRAMEWORKS[card.framework].categories;
	return [...card.ratings].sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category));
}
