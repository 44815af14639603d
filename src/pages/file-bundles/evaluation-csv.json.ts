/**
 * Every evaluation table as CSV, in one bundle that the build unpacks to
 * /cards/<card>/evals/<evaluation>.csv (see src/integrations/file-bundles.ts). The dev server
 * serves the same files from src/pages/cards/[id]/evals/[evaluation].csv.ts.
 */
import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../catalogue.ts';
import { bundleResponse } from '../../integrations/file-bundles.ts';
import { evaluationCsvFiles } from '../../lib/evaluation-csv.ts';

export const GET: APIRoute = async () => bundleResponse(evaluationCsvFiles(await loadCatalogue()));
