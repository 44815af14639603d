/**
 * The two feeds. "Cards" lists every card by publication date. "Changes" lists what a reader tracking
 * ratings needs to know, each dated: a card published with its ratings, and each dated revision of
 * a card. A date known only to the month or year is written as such in the item and not given as
 * an RSS date, because RSS dates need a day and inventing one would put a false fact in the feed.
 */
import type { Card } from '../schema/card.ts';
import { CARD_KIND_LABELS } from '../schema/card.ts';
import { FRAMEWORK_LABELS } from '../schema/framework.ts';
import { PUBLISHER_LABELS } from '../schema/model.ts';
import { isFullDate } from '../schema/shared.ts';
import { cardPath } from './anchors.ts';
import { DEFAULT_INDEX_VIEW, cardsInView } from './card-list.ts';
import { formatPartialDate } from './format-value.ts';
import { ratingSentence } from './ratings.ts';

export interface FeedItem {
	title: string;
	link: string;
	description: string;
	/** Only for a date known to the day. */
	pubDate?: Date;
	/** For sorting: the ISO date as precisely as known. */
	date: string;
}

type Entry = { id: string; data: Card };

const rssDate = (date: string): Date | undefined => (isFullDate(date) ? new Date(`${date}T00:00:00Z`) : undefined);

/** Newest first; ties by link so the order is the same every build. */
const newestFirst = (a: FeedItem, b: FeedItem) => b.date.localeCompare(a.date) || a.link.localeCompare(b.link);

function ratingsInWords(card: Card, modelName: (id: string) => string): string {
	if (card.framework === 'none') return 'Published before the Preparedness Framework; no ratings.';
	if (card.ratings.length === 0) return `Rated under the ${FRAMEWORK_LABELS[card.framework]}; no rating was recovered from the sources we hold.`;
	// A rating that covers only some of the card's models says which.
	const sentences = card.ratings.map((rating) => `${rating.models ? `${rating.models.map((model) => modelName(model.id)).join(', ')}: ` : ''}${ratingSentence(rating)}`);
	return `Ratings under the ${FRAMEWORK_LABELS[card.framework]}: ${sentences.join(' ')}`;
}

export function cardFeedItems(cards: readonly Entry[]): FeedItem[] {
	return cardsInView(cards, DEFAULT_INDEX_VIEW).map(({ id, data }) => {
		const pubDate = rssDate(data.published);
		return {
			title: data.title,
			link: cardPath(id),
			description: [`${CARD_KIND_LABELS[data.kind]} by ${PUBLISHER_LABELS[data.publisher]}.`, pubDate ? '' : `Published: ${formatPartialDate(data.published)}.`, data.summary].filter(Boolean).join(' '),
			...(pubDate ? { pubDate } : {}),
			date: data.published,
		};
	});
}

export function changeFeedItems(cards: readonly Entry[], modelName: (id: string) => string): FeedItem[] {
	const items: FeedItem[] = [];
	for (const { id, data } of cards) {
		const pubDate = rssDate(data.published);
		items.push({
			title: `New card: ${data.title}${pubDate ? '' : ` (${formatPartialDate(data.published)})`}`,
			link: data.framework === 'none' ? cardPath(id) : `${cardPath(id)}#scorecard`,
			description: ratingsInWords(data, modelName),
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
