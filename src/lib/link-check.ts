/**
 * Link checking over a built site: every internal link must reach a page or file that exists, and
 * every fragment an id on that page. External links are checked for form only (CI has no network).
 */
import type { ScannedPage } from './anchor-manifest.ts';

const BASE = 'https://site.invalid';
const MAX_LISTED = 30;

function describeFragments(page: ScannedPage): string {
	const ids = page.anchors.length > 0 ? page.anchors.map((anchor) => anchor.id) : page.ids;
	const unique = [...new Set(ids)];
	const listed = unique
		.slice(0, MAX_LISTED)
		.map((id) => `#${id}`)
		.join(', ');
	return unique.length === 0
		? 'the page has no anchors'
		: `anchors on that page: ${listed}${unique.length > MAX_LISTED ? `, and ${unique.length - MAX_LISTED} more` : ''}`;
}

/**
 * @param pages built pages by path (`/cards/o3-mini/`)
 * @param fileExists whether a non-page path (`/favicon.svg`) is a file in the build
 * @returns one message per broken link, naming the page, the link and what exists instead
 */
export function brokenLinks(
	pages: ReadonlyMap<string, ScannedPage>,
	fileExists: (path: string) => boolean,
): string[] {
	const problems: string[] = [];
	for (const [path, page] of pages) {
		for (const href of new Set(page.links)) {
			let url: URL;
			try {
				url = new URL(href, `${BASE}${path}`);
			} catch {
				problems.push(`${path}: "${href}" is not a valid URL`);
				continue;
			}
			if (url.origin !== BASE) {
				if (!['http:', 'https:', 'mailto:'].includes(url.protocol))
					problems.push(`${path}: "${href}" uses ${url.protocol}, expected http(s)`);
				continue;
			}
			const targetPath = decodeURIComponent(url.pathname);
			let target = pages.get(targetPath);
			if (target?.redirectTo) target = pages.get(target.redirectTo);
			if (!target) {
				if (fileExists(targetPath)) continue;
				const hint = pages.has(`${targetPath}/`) ? ` (did you mean ${targetPath}/ ?)` : '';
				problems.push(
					`${path}: "${href}" leads to ${targetPath}, which is not a page or file of the site${hint}`,
				);
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && !target.ids.includes(fragment)) {
				problems.push(
					`${path}: "${href}" points to #${fragment}, which is not on ${targetPath}; ${describeFragments(target)}`,
				);
			}
		}
	}
	return problems;
}
