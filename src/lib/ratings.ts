/** Ratings in the framework's own category order, so every card's scorecard reads the same way. */
import { FRAMEWORKS } from '../schema/framework.ts';

export function ratingsInFrameworkOrder<Rating extends { category: string }>(framework: keyof typeof FRAMEWORKS, ratings: readonly Rating[]): Rating[] {
	const order: readonly string[] = FRAMEWORKS[framework].categories;
	return [...ratings].sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category));
}
