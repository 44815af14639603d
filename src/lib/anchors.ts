/**
 * Anchor ids for the things people link to. They come from data ids, never from display text, so
 * rewording a heading or a table title does not move a link.
 */
export const ratingAnchor = (category: string, modelIds?: readonly string[]): string =>
	modelIds && modelIds.length > 0 ? `risk-${category}--${modelIds.join('-')}` : `risk-${category}`;

export const evaluationAnchor = (evaluationId: string): string => `eval-${evaluationId}`;

/** One row of an evaluation table: `eval-personqa--accuracy`, from the row and/or metric ids. */
export const evaluationRowAnchor = (evaluationId: string, rowKey: string): string =>
	`${evaluationAnchor(evaluationId)}--${rowKey}`;

export const specAnchor = (modelId: string, key: string): string => `spec-${modelId}-${key}`;

/** A setup's group on a benchmark page, from the slug of its title. */
export const setupAnchor = (titleSlug: string): string => `setup-${titleSlug}`;

export const sourceAnchor = (sourceId: string): string => `source-${sourceId}`;

export const cardPath = (cardId: string): string => `/cards/${cardId}/`;

export const benchmarkPath = (benchmarkId: string): string => `/benchmarks/${benchmarkId}/`;
/** Every result of one setup, when the benchmark page shows only the best of them. */
export const benchmarkSetupPath = (benchmarkId: string, anchor: string): string =>
	`${benchmarkPath(benchmarkId)}${anchor}/`;

export const modelPath = (modelId: string): string => `/models/${modelId}/`;

/**
 * On a model page, the rating a card gave the model: `o3-mini--risk-cbrn`. The card id comes first
 * so that one model rated by several cards (or twice by one) gets one anchor per rating.
 */
export const modelRatingAnchor = (cardId: string, ratingAnchorId: string): string =>
	`${cardId}--${ratingAnchorId}`;

/** What an HTML id must be for every browser and for `#fragment` links: non-empty, no whitespace. */
export const VALID_HTML_ID = /^[^\s]+$/;

/** Where the API files of a card, model and benchmark are. */
export const apiCardPath = (cardId: string): string => `/api/cards/${cardId}.json`;
export const apiModelPath = (modelId: string): string => `/api/models/${modelId}.json`;
export const apiBenchmarkPath = (benchmarkId: string): string =>
	`/api/benchmarks/${benchmarkId}.json`;

/** Ids the card page gives its own sections, so a prose heading cannot take one of them. */
const CARD_PAGE_IDS = new Set([
	'main',
	'site-search-input',
	'toc-title',
	'scorecard',
	'scorecard-title',
	'gates',
	'against-parent',
	'against-parent-title',
	'against-parent-ratings',
	'against-parent-evaluations',
	'against-parent-safeguards',
	'specs',
	'specs-title',
	'revisions',
	'revisions-title',
	'cite',
	'cite-title',
	'cite-document',
	'cite-document-title',
	'cite-page',
	'cite-page-title',
	'sources',
	'sources-title',
]);
/** Prefixes of the anchors made from data ids. */
const DATA_ANCHOR_PREFIXES = ['risk-', 'eval-', 'spec-', 'source-', 'gate-'];

/** Whether an id is one the card page uses for its own sections or its data anchors. */
export function isPageId(id: string): boolean {
	return CARD_PAGE_IDS.has(id) || DATA_ANCHOR_PREFIXES.some((prefix) => id.startsWith(prefix));
}
