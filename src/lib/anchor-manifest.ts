/**
 * What the built pages promise to people who link to them: every page URL, every anchor on it (with
 * a label), and the old ids (aliases) that still land somewhere. Read from the built HTML, so it
 * lists what is really there. The build writes it to /anchors.json; the anchor lock compares it
 * with what earlier builds promised.
 */
import { decodeHTMLAttribute } from 'entities';

export interface ScannedPage {
	/** Every id on the page. */
	ids: string[];
	/** Anchors with a link affordance (`a[data-anchor-label][href^="#"]`), in page order. */
	anchors: Array<{ id: string; label: string }>;
	/** Old id → the anchor it now lands on. */
	aliases: Record<string, string>;
	/** Every `a[href]`, as written. */
	links: string[];
	/** For a page left at an old URL: where it forwards to. */
	redirectTo?: string;
}

/**
 * Start tags, where ids and links are. Comments, and the bodies of script and style elements, are
 * matched whole, so a "<" inside them starts no tag. (htmlparser2 took 4.6 s for the 251 MB of
 * a 1,000-card build, this 2.1 s, for the same result: a site test checks the two agree on every
 * page of the real site.)
 */
const MARKUP =
	/<!--[\s\S]*?-->|<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>[\s\S]*?<\/\1\s*>|<([a-z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** A start tag's attributes, as an HTML parser reads them: names in lower case, the first of a repeated name kept, entities decoded. */
function attributesOf(source: string): Record<string, string> {
	const attributes: Record<string, string> = {};
	for (const [, name, double, single, bare] of source.matchAll(ATTRIBUTE)) {
		const key = name!.toLowerCase();
		if (!Object.hasOwn(attributes, key)) {
			const value = double ?? single ?? bare ?? '';
			attributes[key] = value.includes('&') ? decodeHTMLAttribute(value) : value;
		}
	}
	return attributes;
}

export function scanPage(html: string): ScannedPage {
	const page: ScannedPage = { ids: [], anchors: [], aliases: {}, links: [] };
	for (const [, rawText, rawTextAttributes, tag, tagAttributes] of html.matchAll(MARKUP)) {
		const source = rawText ? rawTextAttributes! : tagAttributes;
		// Most tags have neither an id nor a link: skip them before reading their attributes.
		if (!source || !/id|href/i.test(source)) continue;
		const attributes = attributesOf(source);
		if (attributes['id'] !== undefined) page.ids.push(attributes['id']);
		if (attributes['id'] !== undefined && attributes['data-alias-of'] !== undefined)
			page.aliases[attributes['id']] = attributes['data-alias-of'];
		const href = attributes['href'];
		if (tag?.toLowerCase() !== 'a' || href === undefined) continue;
		page.links.push(href);
		if (attributes['data-anchor-label'] !== undefined && href.startsWith('#')) {
			page.anchors.push({
				id: decodeURIComponent(href.slice(1)),
				label: attributes['data-anchor-label'],
			});
		}
		if (attributes['data-redirect-target'] !== undefined) page.redirectTo = href;
	}
	return page;
}

/** Problems that make a page's anchors untrustworthy: duplicates, and affordances pointing nowhere. */
/**
 * The content a card or model page's id comes from, so a problem found in the built page names
 * the file and field to fix. `content` is the content folder as the author knows it.
 */
export function madeFrom(path: string, id: string, content = 'content'): string | undefined {
	const card = /^\/cards\/([^/]+)\/$/.exec(path)?.[1];
	if (card) {
		const file = `${content}/cards/${card}.mdx`;
		if (id.startsWith('risk-'))
			return `${file}, ratings (two ratings whose categories and models give the same anchor)`;
		if (id.startsWith('eval-'))
			return `${content}/evaluations/${card}/ (an evaluation id, with its rows or metrics)`;
		if (id.startsWith('spec-')) return `${content}/models/ (a model's specs)`;
		if (id.startsWith('source-')) return `${content}/sources/`;
		return `${file}, body or anchorAliases (a prose heading or an alias with this id)`;
	}
	const model = /^\/models\/([^/]+)\/$/.exec(path)?.[1];
	return model
		? `${content}/models/${model}.yaml and the ratings of the cards that rate it`
		: undefined;
}

export function anchorProblems(path: string, page: ScannedPage, content = 'content'): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	for (const id of page.ids) {
		if (seen.has(id)) {
			const source = madeFrom(path, id, content);
			problems.push(
				`${path}: the id "${id}" appears more than once${source ? `; it comes from ${source}` : ''}`,
			);
		}
		seen.add(id);
	}
	for (const anchor of page.anchors) {
		if (!seen.has(anchor.id))
			problems.push(
				`${path}: the link to "#${anchor.id}" (${anchor.label}) has no element with that id`,
			);
	}
	for (const [alias, target] of Object.entries(page.aliases)) {
		if (!seen.has(target))
			problems.push(
				`${path}: the alias "${alias}" points to "${target}", which is not on the page`,
			);
	}
	return problems;
}

export const MANIFEST_SCHEMA_VERSION = 1;

export interface AnchorManifest {
	schemaVersion: number;
	/** Page path → its anchors (deduplicated, in page order) and aliases. */
	pages: Record<
		string,
		{ anchors: Array<{ id: string; label: string }>; aliases: Record<string, string> }
	>;
	/** Old page path → the page it forwards to. */
	redirects: Record<string, string>;
}

export function buildManifest(pages: ReadonlyMap<string, ScannedPage>): AnchorManifest {
	const manifest: AnchorManifest = {
		schemaVersion: MANIFEST_SCHEMA_VERSION,
		pages: {},
		redirects: {},
	};
	for (const path of [...pages.keys()].sort()) {
		const page = pages.get(path)!;
		if (page.redirectTo) {
			manifest.redirects[path] = page.redirectTo;
			continue;
		}
		const unique = new Map<string, string>();
		for (const anchor of page.anchors)
			if (!unique.has(anchor.id)) unique.set(anchor.id, anchor.label);
		manifest.pages[path] = {
			anchors: [...unique].map(([id, label]) => ({ id, label })),
			aliases: page.aliases,
		};
	}
	return manifest;
}

/** The committed promise: page path → anchor ids that must keep working. */
export interface AnchorLock {
	pages: Record<string, string[]>;
}

export function lockFromManifest(manifest: AnchorManifest): AnchorLock {
	const pages: Record<string, string[]> = {};
	for (const [path, page] of Object.entries(manifest.pages))
		pages[path] = [...page.anchors.map((anchor) => anchor.id), ...Object.keys(page.aliases)].sort();
	return { pages };
}

/**
 * Every page and anchor in the lock that the manifest no longer provides. A page may have become a
 * redirect (its anchors are then looked up on the page it forwards to); an anchor may live on as an
 * alias of another.
 */
export function brokenPromises(lock: AnchorLock, manifest: AnchorManifest): string[] {
	const problems: string[] = [];
	for (const [path, ids] of Object.entries(lock.pages)) {
		const target = manifest.pages[path] ? path : manifest.redirects[path];
		const page = target === undefined ? undefined : manifest.pages[target];
		if (!page) {
			problems.push(
				`${path}: the page is gone. Keep its URL with a redirect (a card's \`formerIds\`) instead of removing it.`,
			);
			continue;
		}
		const provided = new Set([
			...page.anchors.map((anchor) => anchor.id),
			...Object.keys(page.aliases),
		]);
		for (const id of ids) {
			if (!provided.has(id)) {
				problems.push(
					`${path}#${id}: the anchor is gone${target !== path ? ` (the page now forwards to ${target})` : ''}. If it was renamed, add \`anchorAliases: { ${id}: <new id> }\` to the card.`,
				);
			}
		}
	}
	return problems;
}

/** The lock after a build: what it had plus what is new. Removals are never folded in silently. */
export function extendLock(lock: AnchorLock, manifest: AnchorManifest): AnchorLock {
	const next = lockFromManifest(manifest);
	for (const [path, ids] of Object.entries(lock.pages))
		next.pages[path] = [...new Set([...(next.pages[path] ?? []), ...ids])].sort();
	return {
		pages: Object.fromEntries(Object.entries(next.pages).sort(([a], [b]) => a.localeCompare(b))),
	};
}
