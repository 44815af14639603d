/**
 * Marks the search terms on a page reached from a search result (`?highlight=cbrn&highlight=medium`).
 * Pagefind's highlighter is loaded only when the URL asks for it, so reading a page without a search
 * costs nothing. Its inline style is turned off (the CSP allows no inline styles); `mark` is styled
 * by the site's stylesheet in both colour schemes.
 */
import { HIGHLIGHT_PARAM } from '../lib/search-state.ts';

// A runtime path, so the bundler leaves Pagefind (written after the build) alone.
const HIGHLIGHT_URL = '/pagefind/pagefind-highlight.js';

type PagefindHighlight = new (options: { highlightParam: string; addStyles: boolean }) => unknown;

export async function highlightSearchTerms(document: Document): Promise<void> {
	const terms = new URLSearchParams(document.location.search)
		.getAll(HIGHLIGHT_PARAM)
		.filter(Boolean);
	if (terms.length === 0) return;
	const { default: Highlight } = (await import(/* @vite-ignore */ HIGHLIGHT_URL)) as {
		default: PagefindHighlight;
	};
	new Highlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
	// A rating result already lands on its anchor; a page result lands on the first match.
	if (!document.location.hash)
		document.querySelector('mark.pagefind-highlight')?.scrollIntoView({ block: 'center' });
}
