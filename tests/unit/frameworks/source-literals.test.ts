/**
 * Frameworks are data: outside the registry's entries and the scoring adapters, no source file
 * names a framework id or a level id. A page that wrote `framework === 'pf-v1'` or a CSS rule for
 * `.level-high` would go wrong silently for the next framework; this test finds them.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { registry } from '../../../src/frameworks/registry.ts';

const ROOT = join(import.meta.dirname, '../../..');
/** Where framework and level ids belong: the registry's data and the adapters of the scoring kinds. */
const ALLOWED = [
	'src/frameworks/entries/',
	'src/frameworks/publishers/',
	'src/frameworks/scoring/',
];
/** Another vocabulary that shares words with framework levels, by its declaration. */
const OTHER_VOCABULARIES = [
	{
		file: 'src/schema/evaluation.ts',
		declaration: /export const REASONING_EFFORTS = \[[^\]]*\]/,
		why: 'reasoning effort is a model setting, not a framework level',
	},
];

function sourceFiles(folder: string): string[] {
	return readdirSync(folder).flatMap((name) => {
		const path = join(folder, name);
		return statSync(path).isDirectory()
			? sourceFiles(path)
			: /\.(ts|astro|css|mjs|js)$/.test(name)
				? [path]
				: [];
	});
}

const frameworkIds = registry.frameworks.map((framework) => framework.id);
const formerPaths = registry.frameworks.flatMap((framework) =>
	framework.formerSlugs.map((slug) => `/risk/${slug}/`),
);
const levelIds = [
	...new Set(
		registry.frameworks.flatMap((framework) =>
			[...framework.levels, ...framework.determinations].map((step) => step.id),
		),
	),
];

/** Every place in `text` that names a framework id (anywhere) or a level id (as a whole string literal, or as a `level-<id>` class). */
export function idLiterals(text: string): string[] {
	const found: string[] = [];
	for (const id of frameworkIds)
		if (new RegExp(`(^|[^a-z0-9-])${id.replace(/\./g, '\\.')}([^a-z0-9-]|$)`).test(text))
			found.push(id);
	for (const path of formerPaths) if (text.includes(path)) found.push(path);
	for (const id of levelIds)
		if (new RegExp(`(['"\`])${id}\\1|level-${id}\\b`).test(text)) found.push(id);
	return found;
}

test('the detector finds ids written into code, and passes code that reads them from the registry', () => {
	expect(idLiterals(`if (card.framework === 'pf-v1') return LABELS['treated-as-high'];`)).toEqual([
		'pf-v1',
		'treated-as-high',
	]);
	expect(idLiterals('.level-critical { color: red; }')).toEqual(['critical']);
	expect(idLiterals("const href = '/risk/v1/cbrn/medium/';")).toEqual(['/risk/v1/']);
	expect(
		idLiterals('registry.get(card.framework).levels.map((level) => `tone-${level.tone}`)'),
	).toEqual([]);
});

test('no file under src/ outside the registry and the adapters names a framework id or a level id', () => {
	const offenders = sourceFiles(join(ROOT, 'src')).flatMap((path) => {
		const file = relative(ROOT, path).replace(/\\/g, '/');
		if (ALLOWED.some((folder) => file.startsWith(folder))) return [];
		let text = readFileSync(path, 'utf8');
		for (const vocabulary of OTHER_VOCABULARIES)
			if (vocabulary.file === file) text = text.replace(vocabulary.declaration, '');
		return idLiterals(text).map((id) => `${file}: ${id}`);
	});
	expect(offenders).toEqual([]);
});
