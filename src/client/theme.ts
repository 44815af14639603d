/**
 * The theme switch: light, dark, or the system's (the default). The choice is kept in
 * localStorage and applied before the page paints by the inline script in Base.astro
 * (THEME_BOOT below, allowed by its hash), so no page flashes the wrong theme. Without JavaScript
 * the switch stays hidden and the system's preference applies.
 */
export const THEME_KEY = 'cardshelf-theme';
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Runs in the page's head before it paints; kept tiny and without imports, as it is inlined. */
export const THEME_BOOT = `try{var t=localStorage.getItem('${THEME_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

export function readTheme(storage: Pick<Storage, 'getItem'>): Theme {
	const stored = storage.getItem(THEME_KEY);
	return stored === 'light' || stored === 'dark' ? stored : 'system';
}

export function applyTheme(
	root: HTMLElement,
	storage: Pick<Storage, 'setItem' | 'removeItem'>,
	theme: Theme,
): void {
	if (theme === 'system') {
		storage.removeItem(THEME_KEY);
		delete root.dataset['theme'];
	} else {
		storage.setItem(THEME_KEY, theme);
		root.dataset['theme'] = theme;
	}
}

export function installThemeSwitch(document: Document): void {
	const control = document.querySelector<HTMLSelectElement>('#theme-select');
	if (!control) return;
	let storage: Storage;
	try {
		storage = window.localStorage;
	} catch {
		return;
	}
	control.value = readTheme(storage);
	control.addEventListener('change', () =>
		applyTheme(document.documentElement, storage, control.value as Theme),
	);
	control.closest<HTMLElement>('.theme-switch')!.hidden = false;
}
