/**
 * schema.org data for a card page: the page is a TechArticle about the publisher's report, which
 * it is based on. Dates are given at the precision known (ISO 8601 allows "2025-09"), or left out.
 */
import { UNKNOWN_DATE } from '../schema/shared.ts';

export function cardJsonLd(
	card: { title: string; summary: string; published: string; officialUrl?: string },
	publisher: string,
	pageUrl: string,
	apiUrl: string,
): Record<string, unknown> {
	const report = {
		'@type': 'Report',
		name: card.title,
		author: { '@type': 'Organization', name: publisher },
		...(card.published !== UNKNOWN_DATE ? { datePublished: card.published } : {}),
		...(card.officialUrl ? { url: card.officialUrl } : {}),
	};
	return {
		'@context': 'https://schema.org',
		'@type': 'TechArticle',
		headline: card.title,
		description: card.summary,
		url: pageUrl,
		publisher: { '@type': 'Organization', name: 'Cardshelf' },
		about: report,
		isBasedOn: report,
		encoding: { '@type': 'MediaObject', encodingFormat: 'application/json', contentUrl: apiUrl },
	};
}
