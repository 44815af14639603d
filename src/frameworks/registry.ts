/**
 * The framework registry: every safety framework version the site knows, as data, each with the
 * adapter of its scoring kind, and the publishers that issue cards and frameworks.
 *
 * - a framework version is one file in `entries/` (its id is the file name);
 * - a publisher is one file in `publishers/`;
 * - a scoring kind is one module in `scoring/` that exports `adapter`.
 *
 * Adding any of them means adding a file: nothing else in the code names a framework, a level or a
 * kind. The files are read once per process. Under Vite (the build, the dev server, Vitest) they
 * are bundled with the code by `import.meta.glob`; under plain Node (the standalone content check)
 * they are read from the folders beside this module. A bad entry stops every process that loads
 * the registry, with the content check's report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describeIssue, formatPath, issueText } from '../lib/describe-issue.ts';
import { formatProblems, type ContentProblem } from '../lib/content-problems.ts';
import { parseYamlSource } from '../lib/yaml-source.ts';
import { FrameworkEntrySchema, PublisherEntrySchema, type PublisherEntry } from './schema.ts';
import type { Framework, ScoringAdapter } from './types.ts';

/** A card not rated under any framework says so with this id. */
export const NO_FRAMEWORK = 'none';

const HOME = 'src/frameworks';

export interface Publisher extends PublisherEntry {
	id: string;
}

export interface RegistryFiles {
	/** Path (for messages) and text of each framework entry. */
	entries: ReadonlyArray<{ file: string; text: string }>;
	publishers: ReadonlyArray<{ file: string; text: string }>;
	adapters: ReadonlyArray<{ file: string; module: { adapter?: ScoringAdapter } }>;
}

export interface Registry {
	/** Every framework version, oldest first. */
	frameworks: readonly Framework[];
	publishers: readonly Publisher[];
	/** Framework ids, then the id of "no framework": what a card's `framework` may be. */
	cardFrameworkIds: readonly string[];
	find(id: string): Framework | undefined;
	/** The framework with this id; content naming another has been rejected already. */
	get(id: string): Framework;
	adapterOf(framework: Framework): ScoringAdapter;
	publisher(id: string): Publisher;
	/** "Preparedness Framework v2", or "No framework". */
	frameworkLabel(id: string): string;
	/** The category's label in that framework (the id when the framework has no such category). */
	categoryLabel(framework: Framework, category: string): string;
	/** The frameworks of one publisher, oldest first. */
	frameworksOf(publisher: string): readonly Framework[];
}

const idOf = (file: string) => file.replace(/^.*\//, '').replace(/\.(ya?ml|ts)$/, '');

function parseEntries<T>(
	files: RegistryFiles['entries'],
	schema: {
		safeParse: (
			data: unknown,
			params: object,
		) => { success: boolean; data?: T; error?: { issues: Parameters<typeof issueText>[0][] } };
	},
	problems: ContentProblem[],
) {
	const parsed: Array<{
		id: string;
		file: string;
		data: T;
		lineOf: (path: readonly PropertyKey[]) => number | undefined;
	}> = [];
	for (const { file, text } of files) {
		const source = parseYamlSource(text);
		if (source.errors.length > 0) {
			problems.push(
				...source.errors.map((error) => ({ file, line: error.line, message: error.message })),
			);
			continue;
		}
		const result = schema.safeParse(source.data, { reportInput: true, error: describeIssue });
		if (!result.success) {
			for (const issue of result.error!.issues) {
				const path =
					issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
				problems.push({
					file,
					line: source.lineOf(path),
					field: formatPath(path),
					message: issueText(issue),
				});
			}
			continue;
		}
		parsed.push({ id: idOf(file), file, data: result.data!, lineOf: source.lineOf });
	}
	return parsed;
}

/** Builds the registry from its files, or throws the content check's report of what is wrong. */
export function createRegistry(files: RegistryFiles): Registry {
	const problems: ContentProblem[] = [];
	const adapters = new Map<string, ScoringAdapter>();
	for (const { file, module } of files.adapters) {
		if (!module.adapter)
			problems.push({
				file,
				message:
					'expected the module to export `adapter`, the scoring adapter of the kind named by its file',
			});
		else if (module.adapter.kind !== idOf(file))
			problems.push({
				file,
				message: `got adapter kind "${module.adapter.kind}"; expected "${idOf(file)}", the module's file name`,
			});
		else adapters.set(module.adapter.kind, module.adapter);
	}
	const publishers = parseEntries(files.publishers, PublisherEntrySchema, problems).map(
		({ id, data }) => ({ id, ...data }),
	);
	const entries = parseEntries(files.entries, FrameworkEntrySchema, problems);
	const frameworks: Framework[] = entries
		.map(({ id, file, data }) => ({ id, file, ...data }))
		.sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
	const byId = new Map(frameworks.map((framework) => [framework.id, framework]));
	const known = (values: Iterable<string>) => [...values].map((value) => `"${value}"`).join(', ');

	for (const { id, file, lineOf } of entries) {
		const framework = byId.get(id)!;
		const report = (path: PropertyKey[], input: unknown, message: string) =>
			problems.push({
				file,
				line: lineOf(path),
				field: formatPath(path),
				message: `${input === undefined ? 'got nothing (the field is missing)' : `got ${JSON.stringify(input)}`}; ${message}`,
			});
		if (id === NO_FRAMEWORK)
			problems.push({
				file,
				message: `got file name "${id}.yaml"; "${NO_FRAMEWORK}" is what a card not rated under any framework says, so no framework can have it as its id`,
			});
		if (!publishers.some((publisher) => publisher.id === framework.publisher))
			report(
				['publisher'],
				framework.publisher,
				`expected a publisher in ${HOME}/publishers/: ${known(publishers.map((publisher) => publisher.id))}`,
			);
		const adapter = adapters.get(framework.scoring);
		if (!adapter)
			report(
				['scoring'],
				framework.scoring,
				`expected a scoring kind with a module in ${HOME}/scoring/: ${known(adapters.keys())}`,
			);
		else adapter.checkEntry?.(framework, report);
		if (framework.previous !== undefined && !byId.has(framework.previous))
			report(
				['previous'],
				framework.previous,
				`expected the id of another framework entry: ${known(byId.keys())}`,
			);
		framework.alongside.forEach((otherId, index) => {
			const other = byId.get(otherId);
			if (!other || otherId === id)
				report(
					['alongside', index],
					otherId,
					`expected the id of another framework entry: ${known([...byId.keys()].filter((key) => key !== id))}`,
				);
			else if (other.publisher !== framework.publisher)
				report(
					['alongside', index],
					otherId,
					`expected a framework of the same publisher (${framework.publisher}); another lab's framework is related through \`lineage\` as a crosswalk`,
				);
		});
		const levelIds = framework.levels.map((level) => level.id);
		framework.determinations.forEach((determination, index) => {
			if (determination.meets !== undefined && !levelIds.includes(determination.meets))
				report(
					['determinations', index, 'meets'],
					determination.meets,
					`expected one of the entry's levels: ${known(levelIds)}`,
				);
		});
		const determinationIds = framework.determinations.map((determination) => determination.id);
		framework.categories.forEach((category, index) => {
			category.determinations?.forEach((determination, position) => {
				if (!determinationIds.includes(determination))
					report(
						['categories', index, 'determinations', position],
						determination,
						`expected one of the entry's determinations: ${known(determinationIds)}`,
					);
			});
		});
		framework.lineage.forEach((line, index) => {
			const other = byId.get(line.from);
			if (!other) {
				report(
					['lineage', index, 'from'],
					line.from,
					`expected the id of another framework entry: ${known(byId.keys())}`,
				);
				return;
			}
			line.mappings.forEach((mapping, mappingIndex) => {
				const at = ['lineage', index, 'mappings', mappingIndex];
				if (!other.categories.some((category) => category.id === mapping.from))
					report(
						[...at, 'from'],
						mapping.from,
						`expected a category of ${other.id}: ${known(other.categories.map((category) => category.id))}`,
					);
				if (
					mapping.to !== undefined &&
					!framework.categories.some((category) => category.id === mapping.to)
				)
					report(
						[...at, 'to'],
						mapping.to,
						`expected a category of ${framework.id}: ${known(framework.categories.map((category) => category.id))}`,
					);
				if ((mapping.fit === 'dropped') !== (mapping.to === undefined))
					report(
						[...at, 'fit'],
						mapping.fit,
						'expected "dropped" exactly when the mapping has no `to` category',
					);
				if (other.publisher !== framework.publisher && mapping.fit !== 'approximate')
					report(
						[...at, 'fit'],
						mapping.fit,
						'expected "approximate": a mapping between two labs\' frameworks is never exact',
					);
			});
		});
	}
	if (problems.length > 0) throw new Error(formatProblems(problems));

	const publisherById = new Map(publishers.map((publisher) => [publisher.id, publisher]));
	return {
		frameworks,
		publishers,
		cardFrameworkIds: [...frameworks.map((framework) => framework.id), NO_FRAMEWORK],
		find: (id) => byId.get(id),
		get(id) {
			const framework = byId.get(id);
			if (!framework)
				throw new Error(
					`No framework "${id}" in the registry: the card schema should have rejected it`,
				);
			return framework;
		},
		adapterOf: (framework) => adapters.get(framework.scoring)!,
		publisher(id) {
			const publisher = publisherById.get(id);
			if (!publisher)
				throw new Error(`No publisher "${id}" in the registry: the schema should have rejected it`);
			return publisher;
		},
		frameworkLabel: (id) => byId.get(id)?.shortName ?? 'No framework',
		categoryLabel: (framework, category) =>
			framework.categories.find((entry) => entry.id === category)?.label ?? category,
		frameworksOf: (publisher) =>
			frameworks.filter((framework) => framework.publisher === publisher),
	};
}

async function readRegistryFiles(): Promise<RegistryFiles> {
	const inHome = (key: string) => `${HOME}/${key.replace(/^\.\//, '')}`;
	try {
		const entries = import.meta.glob<string>('./entries/*.yaml', {
			eager: true,
			query: '?raw',
			import: 'default',
		});
		const publishers = import.meta.glob<string>('./publishers/*.yaml', {
			eager: true,
			query: '?raw',
			import: 'default',
		});
		const adapters = import.meta.glob<{ adapter?: ScoringAdapter }>('./scoring/*.ts', {
			eager: true,
		});
		const texts = (modules: Record<string, string>) =>
			Object.entries(modules).map(([key, text]) => ({ file: inHome(key), text }));
		return {
			entries: texts(entries),
			publishers: texts(publishers),
			adapters: Object.entries(adapters).map(([key, module]) => ({ file: inHome(key), module })),
		};
	} catch (error) {
		// Outside Vite, `import.meta.glob` does not exist.
		if (!(error instanceof TypeError)) throw error;
	}
	const folder = (name: string) => new URL(`./${name}/`, import.meta.url);
	const list = (name: string, extension: RegExp) =>
		readdirSync(folder(name))
			.filter((file) => extension.test(file))
			.sort();
	const texts = (name: string) =>
		list(name, /\.ya?ml$/).map((file) => ({
			file: `${HOME}/${name}/${file}`,
			text: readFileSync(new URL(file, folder(name)), 'utf8'),
		}));
	const adapters = await Promise.all(
		list('scoring', /\.ts$/).map(async (file) => ({
			file: `${HOME}/scoring/${file}`,
			module: (await import(/* @vite-ignore */ new URL(file, folder('scoring')).href)) as {
				adapter?: ScoringAdapter;
			},
		})),
	);
	return { entries: texts('entries'), publishers: texts('publishers'), adapters };
}

export const registry: Registry = createRegistry(await readRegistryFiles());
