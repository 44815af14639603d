/**
 * YAML as the content check reads it: the data, the parser's errors with their lines, and a map
 * from a field path to the line it is on, so every message can point at the line to fix.
 */
import { isMap, isSeq, parseDocument, type Document } from 'yaml';

export interface YamlSource {
	data: unknown;
	errors: Array<{ line?: number; message: string }>;
	/** The line of a field path in the file (the nearest enclosing field that exists). */
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

function lineFinder(doc: Document, source: string, firstLine: number) {
	const lineAt = (offset: number) => firstLine + source.slice(0, offset).split('\n').length - 1;
	return (path: readonly PropertyKey[]) => {
		for (let depth = path.length; depth >= 0; depth--) {
			const node = doc.getIn(path.slice(0, depth) as unknown[], true) as
				{ range?: [number, number, number] } | undefined;
			if (node && typeof node === 'object' && node.range) {
				// For a key that exists, point at the key's line rather than a nested block below it.
				if (depth > 0) {
					const parent =
						depth > 1 ? doc.getIn(path.slice(0, depth - 1) as unknown[], true) : doc.contents;
					if (isMap(parent)) {
						const pair = parent.items.find(
							(item) => (item.key as { value?: unknown })?.value === path[depth - 1],
						);
						const keyRange = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
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

/** Parses `text`, whose first line is line `firstLine` of its file (frontmatter starts at 2). */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
	const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
	return {
		data: doc.errors.length > 0 ? undefined : (doc.toJS() ?? {}),
		errors: doc.errors.map((error) => {
			const line = error.linePos?.[0]?.line;
			return {
				line: line === undefined ? undefined : firstLine + line - 1,
				message: `malformed YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
			};
		}),
		lineOf: lineFinder(doc, text, firstLine),
	};
}
