/**
 * Every evaluation table as CSV, in bundles of a hundred cards' tables that the build unpacks to
 * /cards/<card>/evals/<evaluation>.csv (see src/integrations/file-bundles.ts). The dev server
 * serves the same files from src/pages/cards/[id]/evals/[evaluation].csv.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalogue } from '../../catalogue.ts';
import { bundleParts, bundleResponse } from '../../integrations/file-bundles.ts';
import { evaluationCsvFiles } from '../../lib/evaluation-csv.ts';

export const getStaticPaths = (async () =>
	bundleParts((await loadCatalogue()).cards.map((card) => card.id))) satisfies GetStaticPaths;

export const GET: APIRoute<{ cards: string[] }> = async ({ props }) =>
	bundleResponse(evaluationCsvFiles(await loadCatalogue(), props.cards));
