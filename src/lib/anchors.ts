/**
 * Anchor ids for the things people link to. They come from data ids, never from display text, so
 * rewording a heading or a table title does not move a link.
 */
export const ratingAnchor = (category: string, modelIds?: readonly string[]): string =>
	modelIds && modelIds.length > 0 ? `risk-${category}--${modelIds.join('-')}` : `risk-${category}`;

export const evaluationAnchor = (evaluationId: string): string => `eval-${evaluationId}`;

export const specAnchor = (modelId: string, key: string): string => `spec-${modelId}-${key}`;

export const sourceAnchor = (sourceId: string): string => `source-${sourceId}`;

export const cardPath = (cardId: string): string => `/cards/${cardId}/`;
