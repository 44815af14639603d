import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../catalogue.ts';
import { cardFeedItems } from '../../lib/feeds.ts';

/** RSS of items from src/lib/feeds.ts. */
export const GET: APIRoute = async ({ site }) =>
	rss({
		title: 'Cardshelf: system cards',
		description: 'Every AI system card in the Cardshelf catalogue, newest first.',
		site: site!,
		items: cardFeedItems(await loadCatalogue())
			// Absolute links pass through as they are; relative ones would get a slash added after a fragment.
			.map(({ date: _date, link, ...item }) => ({ ...item, link: new URL(link, site).href })),
		customData: '<language>en</language>',
	});
