/** Sends a reader from a moved page to its new URL, carrying over the `#fragment`. */
export function followRedirect(document: Document): void {
	const link = document.querySelector<HTMLAnchorElement>('a[data-redirect-target]');
	if (link) document.location.replace(`${link.pathname}${document.location.hash}`);
}
