/**
 * /api/cards/<id>.json for every card, in one bundle that the build unpacks (see
 * src/integrations/file-bundles.ts). The dev server serves the same files from
 * src/pages/api/cards/[id].json.ts.
 */
import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../catalogue.ts';
import { bundleResponse } from '../../integrations/file-bundles.ts';
import { apiCardPath } from '../../lib/anchors.ts';
import { cardFile, jsonFile } from '../../lib/api.ts';

export const GET: APIRoute = async () => {
	const catalogue = await loadCatalogue();
	return bundleResponse(
		Object.fromEntries(
			catalogue.cards.map((card) => [apiCardPath(card.id), jsonFile(cardFile(catalogue, card.id))]),
		),
	);
};
