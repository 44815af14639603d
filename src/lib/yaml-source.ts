/**
 * YAML as the build reads it. The data comes from js-yaml's `load` with its default options, the
 * parser and options Astro's loaders use for data files and frontmatter, so the content check can
 * never accept what the build reads differently. A second reader (the `yaml` package) is used only
 * for positions: the line of a field, the text a value was written as, and duplicate keys with
 * both their lines.
 */
import { load, YAMLException } from 'js-yaml';
import { isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';

export interface YamlSource {
	data: unknown;
	errors: Array<{ line?: number; message: string }>;
	/** The line of a field path in the file (the nearest enclosing field that exists). */
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
	/** The text a scalar at `path` was written as, e.g. `.nan` or `1e309`. */
	writtenAs: (path: readonly PropertyKey[]) => string | undefined;
}

/** More values than this once aliases are expanded is a resource-exhaustion attack, not content. */
export const MAX_EXPANDED_VALUES = 100_000;

type Range = [number, number, number];

function lineFinder(doc: Document, source: string, firstLine: number) {
	const lineAt = (offset: number) => firstLine + source.slice(0, offset).split('\n').length - 1;
	return (path: readonly PropertyKey[]) => {
		for (let depth = path.length; depth >= 0; depth--) {
			const node = doc.getIn(path.slice(0, depth) as unknown[], true) as
				{ range?: Range } | undefined;
			if (node && typeof node === 'object' && node.range) {
				// For a key that exists, point at the key's line rather than a nested block below it.
				if (depth > 0) {
					const parent =
						depth > 1 ? doc.getIn(path.slice(0, depth - 1) as unknown[], true) : doc.contents;
					if (isMap(parent)) {
						const pair = parent.items.find(
							(item) => (item.key as { value?: unknown })?.value === path[depth - 1],
						);
						const keyRange = (pair?.key as { range?: Range } | undefined)?.range;
						if (keyRange) return lineAt(keyRange[0]);
					}
					if (isSeq(parent)) return lineAt(node.range[0]);
				}
				return lineAt(node.range[0]);
			}
		}
		return undefined;
	};
}

/** `duplicate key "title" (lines 2 and 9)`: js-yaml names only the second line. */
function duplicateKeys(doc: Document, lineAt: (offset: number) => number): YamlSource['errors'] {
	const found: YamlSource['errors'] = [];
	visit(doc, {
		Map(_key, map) {
			const seen = new Map<unknown, Node>();
			for (const { key } of map.items) {
				if (!isScalar(key)) continue;
				const first = seen.get(key.value);
				if (first?.range && key.range) {
					found.push({
						line: lineAt(key.range[0]),
						message: `got the key ${JSON.stringify(key.value)} twice, on lines ${lineAt(first.range[0])} and ${lineAt(key.range[0])}; expected each key once in its mapping`,
					});
				}
				seen.set(key.value, key);
			}
		},
	});
	return found;
}

/**
 * How many values the data holds with every alias expanded, as anything that walks it (a schema,
 * JSON) would see them; stops counting past the limit. A cycle counts as over the limit.
 */
function expandedSize(value: unknown, limit: number): number {
	const sizes = new Map<object, number>();
	const walking = new Set<object>();
	const size = (node: unknown): number => {
		if (node === null || typeof node !== 'object') return 1;
		const known = sizes.get(node);
		if (known !== undefined) return known;
		if (walking.has(node)) return Infinity;
		walking.add(node);
		let total = 1;
		for (const child of Object.values(node)) {
			total += size(child);
			if (total > limit) break;
		}
		walking.delete(node);
		sizes.set(node, total);
		return total;
	};
	return size(value);
}

/**
 * Parses `text`, whose first line is line `firstLine` of its file. The data comes from js-yaml
 * alone; the positional reader, several times slower, runs only when a position is asked for (a
 * problem to report, or a date to compare with its text), so valid content costs one parse.
 */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
	let parsedDoc: Document | undefined;
	const doc = () =>
		(parsedDoc ??= parseDocument(text, { uniqueKeys: false, keepSourceTokens: true }));
	const lineAt = (offset: number) => firstLine + text.slice(0, offset).split('\n').length - 1;
	let findLine: YamlSource['lineOf'] | undefined;
	const lineOf: YamlSource['lineOf'] = (path) =>
		(findLine ??= lineFinder(doc(), text, firstLine))(path);
	const writtenAs = (path: readonly PropertyKey[]) => {
		const node = doc().getIn(path as unknown[], true) as { range?: Range } | undefined;
		return node?.range ? text.slice(node.range[0], node.range[1]).trim() : undefined;
	};
	const source = { lineOf, writtenAs };
	let data: unknown;
	try {
		data = load(text);
	} catch (error) {
		if (!(error instanceof YAMLException)) throw error;
		// js-yaml rejects a repeated key too, but names only its second line.
		const duplicates = duplicateKeys(doc(), lineAt);
		if (duplicates.length > 0) return { data: undefined, errors: duplicates, ...source };
		return {
			data: undefined,
			errors: [
				{
					line: error.mark ? firstLine + error.mark.line : undefined,
					message: `malformed YAML: ${error.reason}`,
				},
			],
			...source,
		};
	}
	if (expandedSize(data, MAX_EXPANDED_VALUES) > MAX_EXPANDED_VALUES) {
		return {
			data: undefined,
			errors: [
				{
					message: `got YAML aliases that expand to more than ${MAX_EXPANDED_VALUES.toLocaleString('en-US')} values (or refer to themselves); expected content that reuses anchors a sensible number of times`,
				},
			],
			...source,
		};
	}
	return {
		data: datesAsWritten(text) ? (data ?? {}) : writtenDates(data ?? {}, [], writtenAs),
		errors: [],
		...source,
	};
}

/** Anything js-yaml may read as a timestamp: a date, with or without a time after it. */
const TIMESTAMP_LIKE = /\d{4}-\d\d?-\d\d?(?:[Tt]|[ \t]+\d)?/g;

/**
 * Whether every date in `text` is a plain `YYYY-MM-DD` that exists, so no date js-yaml reads can
 * differ from its text and `writtenDates` has nothing to keep. Anything else that looks like a
 * date, quoted or not, sends the text through `writtenDates`, which decides from the parse. (This
 * saves the positional parse of every card, whose dates are all of the plain kind.)
 */
function datesAsWritten(text: string): boolean {
	for (const [written] of text.matchAll(TIMESTAMP_LIKE)) {
		if (!/^\d{4}-\d\d-\d\d$/.test(written)) return false;
		const day = Date.parse(`${written}T00:00:00Z`);
		if (Number.isNaN(day) || new Date(day).toISOString().slice(0, 10) !== written) return false;
	}
	return true;
}

/**
 * js-yaml reads an unquoted `2025-31-01` as a date and rolls it over to 2027-07-01. A date whose
 * text is not the date it became is kept as the text written, so the schema rejects it as written
 * instead of accepting a day nobody wrote.
 */
function writtenDates(
	value: unknown,
	path: PropertyKey[],
	writtenAs: YamlSource['writtenAs'],
): unknown {
	if (value instanceof Date) {
		const written = writtenAs(path);
		return written !== undefined &&
			!written.replace(/^['"]|['"]$/g, '').startsWith(value.toISOString().slice(0, 10))
			? written
			: value;
	}
	if (Array.isArray(value))
		value.forEach(
			(item, index) => (value[index] = writtenDates(item, [...path, index], writtenAs)),
		);
	else if (value && typeof value === 'object')
		for (const key of Object.keys(value))
			(value as Record<string, unknown>)[key] = writtenDates(
				(value as Record<string, unknown>)[key],
				[...path, key],
				writtenAs,
			);
	return value;
}
