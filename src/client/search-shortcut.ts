/**
 * "/" or Ctrl/Cmd+K focuses the search box from anywhere, unless the reader is typing in a field.
 * The box is a plain form, so search works without this; this only saves a click.
 */
export function isSearchShortcut(
	event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): boolean {
	if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey) return true;
	return event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
}

function isTyping(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function installSearchShortcut(document: Document): void {
	document.addEventListener('keydown', (event) => {
		if (!isSearchShortcut(event) || isTyping(event.target)) return;
		const input =
			document.querySelector<HTMLInputElement>('#search-page-input') ??
			document.querySelector<HTMLInputElement>('#site-search-input');
		if (!input) return;
		event.preventDefault();
		input.focus();
		input.select();
	});
}
