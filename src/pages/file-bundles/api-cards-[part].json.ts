/**
 * /api/cards/<id>.json for every card, in bundles of a hundred cards that the build unpacks (see
 * src/integrations/file-bundles.ts). The dev server serves the same files from
 * src/pages/api/cards/[id].json.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalogue } from '../../catalogue.ts';
import { bundleParts, bundleResponse } from '../../integrations/file-bundles.ts';
import { apiCardPath } from '../../lib/anchors.ts';
import { cardFile, jsonFile } from '../../lib/api.ts';

export const getStaticPaths = (async () =>
	bundleParts((await loadCatalogue()).cards.map((card) => card.id))) satisfies GetStaticPaths;

export const GET: APIRoute<{ cards: string[] }> = async ({ props }) => {
	const catalogue = await loadCatalogue();
	return bundleResponse(
		Object.fromEntries(
			props.cards.map((id) => [apiCardPath(id), jsonFile(cardFile(catalogue, id))]),
		),
	);
};
