/**
 * The search page: loads Pagefind on arrival, shows filters with counts, and keeps the query and
 * filters in the URL. Results link straight to their target; a rating result links to its anchor.
 */
import {
	HIGHLIGHT_PARAM,
	hasSearch,
	pagefindFilters,
	readSearchState,
	writeSearchState,
	type SearchState,
} from '../lib/search-state.ts';

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(
		term: string | null,
		options?: { filters?: unknown },
	): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }>;
}

// A runtime path, so the bundler leaves Pagefind (written after the build) alone.
const PAGEFIND_URL = '/pagefind/pagefind.js';

export async function startSearchPage(document: Document): Promise<void> {
	const form = document.querySelector<HTMLFormElement>('#search-form')!;
	const input = document.querySelector<HTMLInputElement>('#search-page-input')!;
	const filtersBox = document.querySelector<HTMLElement>('#search-filters')!;
	const status = document.querySelector<HTMLElement>('#search-status')!;
	const list = document.querySelector<HTMLOListElement>('#search-results')!;
	const filterNames = JSON.parse(form.dataset['filters'] ?? '[]') as string[];
	const filterLabels = JSON.parse(form.dataset['filterLabels'] ?? '{}') as Record<string, string>;

	let state: SearchState = readSearchState(new URLSearchParams(location.search), filterNames);
	input.value = state.query;
	status.textContent = 'Loading search…';
	const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
	await pagefind.options({
		excerptLength: 24,
		highlightParam: HIGHLIGHT_PARAM,
		// A rating record is one sentence, and Pagefind's default (0.75) favoured short pages so much
		// that "o3-mini" listed the card's four ratings before the card. 0.1 is Starlight's choice.
		ranking: { pageLength: 0.1 },
	});

	// Filter counts cost a download per filter, so they load only when the reader opens the panel
	// (or arrives with filters in the URL).
	const panel = document.querySelector<HTMLDetailsElement>('#search-filter-panel')!;
	let filtersLoaded = false;
	async function loadFilters(): Promise<void> {
		if (filtersLoaded) return;
		filtersLoaded = true;
		const counts = await pagefind.filters();
		filtersBox.replaceChildren(
			...filterNames
				.filter((name) => counts[name] && Object.keys(counts[name]!).length > 0)
				.map((name) => {
					const fieldset = document.createElement('fieldset');
					const legend = document.createElement('legend');
					legend.textContent = filterLabels[name] ?? name;
					fieldset.append(legend);
					for (const [value, count] of Object.entries(counts[name]!).sort(([a], [b]) =>
						a.localeCompare(b),
					)) {
						const label = document.createElement('label');
						const box = document.createElement('input');
						box.type = 'checkbox';
						box.name = name;
						box.value = value;
						box.checked = state.filters[name]?.includes(value) ?? false;
						label.append(box, ` ${value} `);
						const number = document.createElement('span');
						number.className = 'filter-count';
						number.textContent = `(${count})`;
						label.append(number);
						fieldset.append(label);
					}
					return fieldset;
				}),
		);
	}
	panel.addEventListener('toggle', () => {
		if (panel.open) void loadFilters();
	});
	if (Object.keys(state.filters).length > 0) {
		panel.open = true;
		await loadFilters();
	}

	// Each result costs a fragment download (about 2 KB for a card), so results come in pages of
	// five, as in Pagefind's own interface: at 1,000 cards, ten made a common two-word query cost
	// more than its 100 KB budget (BENCHMARKS.md).
	const PAGE_SIZE = 5;
	const more = document.createElement('button');
	more.type = 'button';
	more.className = 'search-more';
	more.textContent = 'Show more results';
	more.hidden = true;
	list.after(more);

	let searchNumber = 0;
	let current: Array<{ data(): Promise<PagefindResultData> }> = [];

	function render(result: PagefindResultData): HTMLLIElement {
		const item = document.createElement('li');
		item.className = 'search-result';
		const link = document.createElement('a');
		link.href = result.url;
		link.textContent = result.meta['title'] ?? result.url;
		const heading = document.createElement('h2');
		heading.append(link);
		const kind = document.createElement('p');
		kind.className = 'result-kind';
		kind.textContent = [
			result.filters['type']?.[0],
			result.meta['card'] && result.meta['card'] !== result.meta['title']
				? result.meta['card']
				: undefined,
		]
			.filter(Boolean)
			.join(' · ');
		const excerpt = document.createElement('p');
		// Pagefind escapes page text and adds only <mark> around matches.
		excerpt.innerHTML = result.excerpt;
		item.append(heading, kind, excerpt);
		if (result.meta['basis'] && result.meta['source_url']) {
			const basis = document.createElement('p');
			basis.className = 'result-basis';
			const source = document.createElement('a');
			source.href = result.meta['source_url'];
			source.textContent = result.meta['source'] ?? result.meta['source_url'];
			basis.append(`${result.meta['basis']}: `, source);
			item.append(basis);
		}
		const modelPages = JSON.parse(result.meta['model_pages'] ?? '[]') as Array<[string, string]>;
		if (modelPages.length > 0) {
			const models = document.createElement('p');
			models.className = 'result-models';
			models.append(modelPages.length === 1 ? 'Model page: ' : 'Model pages: ');
			modelPages.forEach(([name, path], index) => {
				const link = document.createElement('a');
				link.href = path;
				link.textContent = name;
				models.append(...(index > 0 ? [', '] : []), link);
			});
			item.append(models);
		}
		return item;
	}

	/** Shows the next page of results, or the first one in place of the old list (no empty flash). */
	async function showMore(mine: number, replace = false): Promise<void> {
		const shown = replace ? 0 : list.children.length;
		const data = await Promise.all(
			current.slice(shown, shown + PAGE_SIZE).map((result) => result.data()),
		);
		if (mine !== searchNumber) return;
		if (replace) list.replaceChildren(...data.map(render));
		else list.append(...data.map(render));
		more.hidden = list.children.length >= current.length;
		status.textContent = `${current.length} ${current.length === 1 ? 'result' : 'results'}${current.length > list.children.length ? `, showing ${list.children.length}` : ''}.`;
	}

	async function run(): Promise<void> {
		const mine = ++searchNumber;
		history.replaceState(null, '', `${location.pathname}${writeSearchState(state)}`);
		if (!hasSearch(state)) {
			current = [];
			list.replaceChildren();
			more.hidden = true;
			status.textContent = 'Type a search, or pick a filter.';
			return;
		}
		const search = await pagefind.search(state.query || null, {
			filters: pagefindFilters(state.filters),
		});
		if (mine !== searchNumber) return;
		current = search.results;
		await showMore(mine, true);
	}

	more.addEventListener('click', () => void showMore(searchNumber));

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			state = { ...state, query: input.value.trim() };
			void run();
		}, 150);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		state = { ...state, query: input.value.trim() };
		void run();
	});
	filtersBox.addEventListener('change', () => {
		const filters: Record<string, string[]> = {};
		for (const box of filtersBox.querySelectorAll<HTMLInputElement>(
			'input[type=checkbox]:checked',
		)) {
			(filters[box.name] ??= []).push(box.value);
		}
		state = { ...state, filters };
		void run();
	});
	await run();
}
