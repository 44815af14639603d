/**
 * Progressive enhancement for anchors: beside every self-link (`a[data-anchor-label]`), a "Copy
 * link" button that puts the full URL of that anchor on the clipboard. Without JavaScript the
 * buttons never exist, and the "#" links still work.
 */
export function anchorUrl(location: Pick<Location, 'origin' | 'pathname'>, id: string): string {
	return `${location.origin}${location.pathname}#${encodeURIComponent(id)}`;
}

export function installCopyLinks(document: Document): void {
	if (!navigator.clipboard) return;
	for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-anchor-label]')) {
		const id = decodeURIComponent(link.hash.slice(1));
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'copy-link';
		button.textContent = 'Copy link';
		button.setAttribute('aria-label', `Copy link to ${link.dataset['anchorLabel']}`);
		button.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText(anchorUrl(document.location, id));
				button.textContent = 'Copied';
			} catch {
				button.textContent = 'Copy failed';
			}
			setTimeout(() => (button.textContent = 'Copy link'), 2000);
		});
		link.after(button);
	}
}
