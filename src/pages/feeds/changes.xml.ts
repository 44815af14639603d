import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { changeFeedItems } from '../../lib/feeds.ts';

/** RSS of items from src/lib/feeds.ts. */
export const GET: APIRoute = async ({ site }) => {
	const names = new Map((await getCollection('models')).map((model) => [model.id, model.data.name]));
	return rss({
		title: 'Cardshelf: changes to ratings and cards',
		description: 'New system cards with their Preparedness ratings, and dated revisions of cards, newest first. Revisions whose date no source gives are listed on their card only.',
		site: site!,
		items: changeFeedItems(await getCollection('cards'), (id) => names.get(id) ?? id)
			// Absolute links pass through as they are; relative ones would get a slash added after a fragment.
			.map(({ date: _date, link, ...item }) => ({ ...item, link: new URL(link, site).href })),
		customData: '<language>en</language>',
	});
};
