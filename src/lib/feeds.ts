/**
 * The two feeds. "Cards" lists every card by publication date. "Changes" lists what a reader tracking
 * ratings needs to know, each dated: a card published with its ratings, and each dated revision of
 * a card. A date known only to the month or year is written as such in the item and not given as
 * an RSS date, because RSS dates need a day and inventing one would put a false fact in the feed.
 */
import type { Card } from '../schema/card.ts';
import { CARD_KIND_LABELS } from '../schema/card.ts';
import { isFullDate } from '../schema/shared.ts';
import { cardPath } from './anchors.ts';
import type { Catalogue } from './catalogue.ts';
import { frameworkStatus } from './framework-pages.ts';
import { formatPartialDate } from './format-value.ts';
import { categoryFacts } from './rating-facts.ts';

export interface FeedItem {
	title: string;
	link: string;
	description: string;
	/** Only for a date known to the day. */
	pubDate?: Date;
	/** For sorting: the ISO date as precisely as known. */
	date: string;
}

const rssDate = (date: string): Date | undefined =>
	isFullDate(date) ? new Date(`${date}T00:00:00Z`) : undefined;

/** Newest first; ties by link so the order is the same every build. */
const newestFirst = (a: FeedItem, b: FeedItem) =>
	b.date.localeCompare(a.date) || a.link.localeCompare(b.link);

function ratingsInWords(catalogue: Catalogue, cardId: string, card: Card): string {
	const framework = catalogue.registry.find(card.framework);
	if (!framework) return `${frameworkStatus(catalogue.registry, card)}; no ratings.`;
	if (card.ratings.length === 0)
		return `Rated under the ${framework.shortName}; no rating was recovered from the sources we hold.`;
	// A rating that covers only some of the card's models says which; in the card's own order.
	const facts = categoryFacts(catalogue.ratings)
		.filter((fact) => fact.cardId === cardId)
		.sort(
			(a, b) =>
				card.ratings.indexOf(a.rating as Card['ratings'][number]) -
				card.ratings.indexOf(b.rating as Card['ratings'][number]),
		);
	const sentences = facts.map(
		(fact) =>
			`${fact.scopeModelIds ? `${fact.scopeModelIds.map(catalogue.modelName).join(', ')}: ` : ''}${fact.view.sentence}`,
	);
	return `Ratings under the ${framework.shortName}: ${sentences.join(' ')}`;
}

export function cardFeedItems(catalogue: Catalogue): FeedItem[] {
	return catalogue.cardsNewestFirst.map(({ id, data }) => {
		const pubDate = rssDate(data.published);
		return {
			title: data.title,
			link: cardPath(id),
			description: [
				`${CARD_KIND_LABELS[data.kind]} by ${catalogue.registry.publisher(data.publisher).name}.`,
				pubDate ? '' : `Published: ${formatPartialDate(data.published)}.`,
				data.summary,
			]
				.filter(Boolean)
				.join(' '),
			...(pubDate ? { pubDate } : {}),
			date: data.published,
		};
	});
}

export function changeFeedItems(catalogue: Catalogue): FeedItem[] {
	const items: FeedItem[] = [];
	for (const { id, data } of catalogue.cards) {
		const pubDate = rssDate(data.published);
		items.push({
			title: `New card: ${data.title}${pubDate ? '' : ` (${formatPartialDate(data.published)})`}`,
			link: catalogue.registry.find(data.framework) ? `${cardPath(id)}#scorecard` : cardPath(id),
			description: ratingsInWords(catalogue, id, data),
			...(pubDate ? { pubDate } : {}),
			date: data.published,
		});
		data.revisions.forEach((revision, index) => {
			if (!revision.date) return;
			items.push({
				title: `Revised: ${data.title}`,
				link: `${cardPath(id)}#revisions`,
				description: revision.summary,
				pubDate: new Date(`${revision.date}T00:00:00Z`),
				// The index keeps two revisions on one day apart.
				date: `${revision.date}#${index}`,
			});
		});
	}
	return items.sort(newestFirst);
}
