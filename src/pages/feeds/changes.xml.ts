import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../catalogue.ts';
import { changeFeedItems } from '../../lib/feeds.ts';

/** RSS of items from src/lib/feeds.ts. */
export const GET: APIRoute = async ({ site }) =>
	rss({
		title: 'Cardshelf: changes to ratings and cards',
		description:
			'New system cards with their risk ratings, and dated revisions of cards, newest first. Revisions whose date no source gives are listed on their card only.',
		site: site!,
		items: changeFeedItems(await loadCatalogue())
			// Absolute links pass through as they are; relative ones would get a slash added after a fragment.
			.map(({ date: _date, link, ...item }) => ({ ...item, link: new URL(link, site).href })),
		customData: '<language>en</language>',
	});
