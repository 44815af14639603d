/**
 * The content check: reads every content file, validates it with the same schemas Astro uses, and
 * then checks what a single-entry schema cannot see: that every reference points at an entry that
 * exists, that ids are unique, that a rating or evaluation uses its card's framework, and that every
 * evaluation is placed on its card's page exactly once.
 *
 * It runs before every build (see `src/integrations/content-check.ts`), in the content tests, and
 * against the bad-content fixtures. It never throws on bad content: it returns problems.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { registry } from '../frameworks/registry.ts';
import {
	COLLECTION_LAYOUT,
	ID_RULE,
	isId,
	createCardSchema,
	createEvaluationSchema,
	createModelSchema,
	standaloneContext,
	BenchmarkSchema,
	SourceSchema,
	type Benchmark,
	type Card,
	type CollectionName,
	type Source,
	type Evaluation,
	type Model,
} from '../schema/index.ts';
import type { ContentProblem } from './content-problems.ts';
import { describeIssue, formatPath, issueText, showValue } from './describe-issue.ts';
import { entryIdFromPath } from './entry-id.ts';
import { findReferences } from './references.ts';
import { isPageId, ratingAnchor } from './anchors.ts';
import { unratedCategories } from './rating-facts.ts';
import { readProse } from './prose.ts';
import { restatedResult } from './restatements.ts';
import { parseYamlSource } from './yaml-source.ts';
import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';

export { formatProblems, type ContentProblem } from './content-problems.ts';

interface LoadedFile {
	collection: CollectionName;
	id: string;
	file: string;
	data: unknown;
	body?: string;
	/** Maps a field path to its line in the file. */
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
	/** The text a value was written as. */
	writtenAs: (path: readonly PropertyKey[]) => string | undefined;
}

function listFiles(folder: string): string[] {
	let names: string[];
	try {
		names = readdirSync(folder);
	} catch {
		return [];
	}
	return names.flatMap((name) => {
		const path = join(folder, name);
		return statSync(path).isDirectory()
			? listFiles(path).map((child) => `${name}/${child}`)
			: [name];
	});
}

function loadFile(
	contentRoot: string,
	displayRoot: string,
	collection: CollectionName,
	relativePath: string,
	problems: ContentProblem[],
): LoadedFile | undefined {
	const absolute = join(contentRoot, COLLECTION_LAYOUT[collection].folder, relativePath);
	const file = relative(displayRoot, absolute).replace(/\\/g, '/');
	const text = readFileSync(absolute, 'utf8');
	let yamlText = text;
	let body: string | undefined;
	let firstLine = 1;
	if (collection === 'cards') {
		// Astro's own frontmatter reader, so the check and the build split a card the same way.
		const rawFrontmatter = extractFrontmatter(text);
		if (rawFrontmatter === undefined) {
			problems.push({
				file,
				line: 1,
				message: 'expected YAML frontmatter between two "---" lines at the top of the file',
			});
			return undefined;
		}
		yamlText = rawFrontmatter;
		firstLine = text.slice(0, text.indexOf(rawFrontmatter)).split('\n').length;
	}
	const source = parseYamlSource(yamlText, firstLine);
	if (source.errors.length > 0) {
		problems.push(
			...source.errors.map((error) => ({ file, line: error.line, message: error.message })),
		);
		return undefined;
	}
	// The body as the MDX build gets it: frontmatter blanked, so lines keep their numbers.
	if (collection === 'cards')
		body = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content;
	return {
		collection,
		id: entryIdFromPath(relativePath),
		file,
		data: source.data,
		body,
		lineOf: source.lineOf,
		writtenAs: source.writtenAs,
	};
}

function schemaFor(collection: CollectionName): z.ZodType {
	switch (collection) {
		case 'cards':
			return createCardSchema(standaloneContext);
		case 'evaluations':
			return createEvaluationSchema(standaloneContext);
		case 'models':
			return createModelSchema(standaloneContext);
		case 'benchmarks':
			return BenchmarkSchema;
		case 'sources':
			return SourceSchema;
	}
}

export interface CheckedContent {
	problems: ContentProblem[];
	cards: Map<string, Card>;
	evaluations: Map<string, Evaluation>;
	models: Map<string, Model>;
	sources: Map<string, Source>;
	benchmarks: Map<string, Benchmark>;
}

/**
 * Checks the content tree under `contentRoot`. File names in problems are relative to
 * `displayRoot` (the project root by default), so they can be opened as printed.
 */
export function checkContent(
	contentRoot: string,
	displayRoot = join(contentRoot, '..'),
): CheckedContent {
	const problems: ContentProblem[] = [];
	const parsed = new Map<CollectionName, Map<string, { file: LoadedFile; data: any }>>();
	// Entries that exist but failed their own check: references to them are not reported again.
	const invalid = new Set<string>();
	const report = (file: LoadedFile, path: readonly PropertyKey[], message: string) =>
		problems.push({ file: file.file, line: file.lineOf(path), field: formatPath(path), message });

	for (const [collection, layout] of Object.entries(COLLECTION_LAYOUT) as Array<
		[CollectionName, (typeof COLLECTION_LAYOUT)[CollectionName]]
	>) {
		const entries = new Map<string, { file: LoadedFile; data: any }>();
		parsed.set(collection, entries);
		const schema = schemaFor(collection);
		const seen = new Map<string, string>();
		for (const relativePath of listFiles(join(contentRoot, layout.folder)).sort()) {
			const file = relative(displayRoot, join(contentRoot, layout.folder, relativePath)).replace(
				/\\/g,
				'/',
			);
			if (!layout.pattern.test(relativePath)) {
				problems.push({
					file,
					message: `unexpected file in content/${layout.folder}/; expected ${layout.expected}`,
				});
				continue;
			}
			const id = entryIdFromPath(relativePath);
			if (!id.split('/').every(isId)) {
				problems.push({
					file,
					message: `got file name ${showValue(relativePath)}; expected ${ID_RULE}, because the id becomes a URL and an anchor`,
				});
				continue;
			}
			if (seen.has(id)) {
				problems.push({
					file,
					message: `duplicate id ${showValue(id)}: ${seen.get(id)} already defines it; ids must be unique in ${collection}`,
				});
				continue;
			}
			seen.set(id, file);
			const loaded = loadFile(contentRoot, displayRoot, collection, relativePath, problems);
			if (!loaded) {
				invalid.add(`${collection}:${id}`);
				continue;
			}
			const result = schema.safeParse(loaded.data, { reportInput: true, error: describeIssue });
			if (!result.success) {
				for (const issue of result.error.issues) {
					// Point an unknown key at its own line, not at the object that holds it.
					const path =
						issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
					problems.push({
						file: loaded.file,
						line: loaded.lineOf(path),
						field: formatPath(path),
						message: issueText(issue, loaded.writtenAs(issue.path)),
					});
				}
				invalid.add(`${collection}:${id}`);
				continue;
			}
			entries.set(id, { file: loaded, data: result.data });
		}
	}

	// A content folder with no card files at all is almost always the wrong folder (a content
	// directory set one level too high); publishing it would replace the site with an empty one.
	const cardFolder = join(contentRoot, COLLECTION_LAYOUT.cards.folder);
	if (listFiles(cardFolder).length === 0)
		problems.push({
			file: `${relative(displayRoot, cardFolder).replace(/\\/g, '/')}/`,
			message:
				'got no card files; expected at least one card, since an empty site would replace the published one (is the content directory the folder that holds cards/, evaluations/ and the rest?)',
		});

	// References: each must name an entry that exists (and passed its own schema).
	for (const entries of parsed.values()) {
		for (const { file, data } of entries.values()) {
			for (const { ref, path } of findReferences(data)) {
				const target = parsed.get(ref.collection as CollectionName);
				if (target?.has(ref.id) || invalid.has(`${ref.collection}:${ref.id}`)) continue;
				const known = [...(target?.keys() ?? [])].sort();
				report(
					file,
					path,
					`got ${showValue(ref.id)}; expected the id of an existing entry in ${ref.collection} (content/${COLLECTION_LAYOUT[ref.collection as CollectionName].folder}/)${
						known.length
							? `, e.g. ${known
									.slice(0, 6)
									.map((id) => `"${id}"`)
									.join(', ')}`
							: ''
					}`,
				);
			}
		}
	}

	const cards = new Map<string, Card>();
	const formerIdOwners = new Map<string, string>();
	for (const [id, { file, data }] of parsed.get('cards')!) {
		const card = data as Card;
		cards.set(id, card);
		if (card.parent?.id === id)
			report(
				file,
				['parent'],
				`got ${showValue(id)}; expected another card: a card cannot be its own parent`,
			);
		card.formerIds.forEach((formerId, index) => {
			const clash = parsed.get('cards')!.has(formerId)
				? `the id of an existing card`
				: formerIdOwners.has(formerId)
					? `already a former id of "${formerIdOwners.get(formerId)}"`
					: undefined;
			if (clash)
				report(
					file,
					['formerIds', index],
					`got ${showValue(formerId)}, which is ${clash}; expected an id no other card uses, since its old URL must forward here`,
				);
			formerIdOwners.set(formerId, id);
		});
		const cardModels = new Set(card.models.map((model) => model.id));
		const scoped = [
			...card.ratings.map((rating, index) => ({
				rating,
				path: ['ratings', index] as PropertyKey[],
				key: rating.category,
			})),
			...(card.overall === undefined
				? []
				: Array.isArray(card.overall)
					? card.overall.map((rating, index) => ({
							rating,
							path: ['overall', index] as PropertyKey[],
							key: 'overall',
						}))
					: [{ rating: card.overall, path: ['overall'] as PropertyKey[], key: 'overall' }]),
		];
		for (const { rating, path } of scoped) {
			rating.models?.forEach((model, modelIndex) => {
				if (!cardModels.has(model.id))
					report(
						file,
						[...path, 'models', modelIndex],
						`got ${showValue(model.id)}; expected one of the card's models: ${[...cardModels].map((m) => `"${m}"`).join(', ')}`,
					);
			});
		}
		// Anchors join a category and model ids with hyphens, so two model lists can meet in one id.
		const anchors = new Map<string, PropertyKey[]>(
			unratedCategories(registry, card).map((category) => [ratingAnchor(category), ['ratings']]),
		);
		for (const { rating, path, key } of scoped) {
			const anchor = ratingAnchor(
				key,
				rating.models?.map((model) => model.id),
			);
			const other = anchors.get(anchor);
			if (other)
				report(
					file,
					[...path, 'models'],
					`gives the rating the anchor "#${anchor}", which ${formatPath(other) === 'ratings' ? 'the card already uses for an unrated category' : `${formatPath(other)} already has`}; expected ratings whose categories and models give each its own anchor`,
				);
			anchors.set(anchor, path);
		}
	}

	// A chain of parents must end: a card that is its own ancestor has no page to start from.
	for (const [id, { file }] of parsed.get('cards')!) {
		const chain = [id];
		for (
			let parent = cards.get(id)?.parent?.id;
			parent !== undefined && cards.has(parent);
			parent = cards.get(parent)?.parent?.id
		) {
			if (parent === id) {
				if (chain.length > 1)
					report(
						file,
						['parent'],
						`got ${showValue(cards.get(id)!.parent!.id)}, whose parents lead back here (${[...chain, id].join(' → ')}); expected parents that end at a card without one`,
					);
				break;
			}
			if (chain.includes(parent)) break;
			chain.push(parent);
		}
	}

	const evaluations = new Map<string, Evaluation>();
	const placedIds = new Map<string, string[]>();
	for (const [id, { file, data }] of parsed.get('evaluations')!) {
		const evaluation = data as Evaluation;
		const [cardId] = id.split('/') as [string];
		const card = cards.get(cardId);
		evaluations.set(id, evaluation);
		if (!card) {
			if (invalid.has(`cards:${cardId}`)) continue;
			problems.push({
				file: file.file,
				message: `got card folder ${showValue(cardId)}; expected the id of an existing card in content/cards/, as evaluations live in content/evaluations/<card-id>/`,
			});
			continue;
		}
		if (evaluation.riskCategory) {
			const allowed =
				registry.find(card.framework)?.categories.map((category) => category.id) ?? [];
			if (!allowed.includes(evaluation.riskCategory)) {
				report(
					file,
					['riskCategory'],
					`got ${showValue(evaluation.riskCategory)}; expected a category of the card's framework (${card.framework}): ${allowed.map((c) => `"${c}"`).join(', ') || 'none, as the card has no framework'}`,
				);
			}
		}
		placedIds.set(cardId, [...(placedIds.get(cardId) ?? []), id.slice(cardId.length + 1)]);
	}

	// A figure restated on a later card must name exactly one cell there, for the same model.
	for (const [id, { file, data }] of parsed.get('evaluations')!) {
		const [cardId] = id.split('/') as [string];
		(data as Evaluation).results.forEach((result, resultIndex) => {
			result.restatedIn?.forEach((restatement, index) => {
				const at = (...path: PropertyKey[]) => [
					'results',
					resultIndex,
					'restatedIn',
					index,
					...path,
				];
				const targetId = restatement.evaluation.id;
				const target = evaluations.get(targetId);
				if (!target) return;
				if (targetId.split('/')[0] === cardId) {
					report(
						file,
						at('evaluation'),
						`got ${showValue(targetId)}, an evaluation of this same card; expected one on a later card that prints this model's figure again`,
					);
					return;
				}
				const found = restatedResult(target, result.model.id, restatement);
				if ('problem' in found)
					report(
						file,
						at(found.path),
						`got ${showValue(restatement[found.path])} for ${showValue(targetId)}; ${found.problem}`,
					);
			});
		});
	}

	for (const key of invalid) {
		const [collection, id] = key.split(':') as [string, string];
		if (collection !== 'evaluations') continue;
		const [cardId] = id.split('/') as [string];
		placedIds.set(cardId, [...(placedIds.get(cardId) ?? []), id.slice(cardId.length + 1)]);
	}

	// Prose: what the body may hold, and the placements and headings read from its parsed tree.
	for (const [cardId, { file }] of parsed.get('cards')!) {
		if (invalid.has(`cards:${cardId}`)) continue;
		const prose = readProse(file.body ?? '', file.file.endsWith('.md') ? 'md' : 'mdx');
		for (const problem of prose.problems)
			problems.push({
				file: file.file,
				line: problem.line,
				field: 'body',
				message: problem.message,
			});
		const existing = placedIds.get(cardId) ?? [];
		const placed = prose.placements.map((placement) => placement.id);
		prose.placements.forEach(({ id: tag, line }, index) => {
			if (!existing.includes(tag)) {
				problems.push({
					file: file.file,
					line,
					field: 'body',
					message: `<Evaluation id=${showValue(tag)} /> names no evaluation; expected one of content/evaluations/${cardId}/: ${existing.map((e) => `"${e}"`).join(', ') || '(none yet)'}`,
				});
			} else if (placed.indexOf(tag) !== index) {
				problems.push({
					file: file.file,
					line,
					field: 'body',
					message: `<Evaluation id=${showValue(tag)} /> appears twice; each evaluation is placed once, so its anchor is unique`,
				});
			}
		});
		for (const evaluationId of existing) {
			if (!placed.includes(evaluationId)) {
				problems.push({
					file: file.file,
					field: 'body',
					message: `evaluation ${showValue(evaluationId)} is not placed on the page; add <Evaluation id="${evaluationId}" /> where it belongs in the prose`,
				});
			}
		}
		const headings = prose.headingIds;
		for (const heading of prose.headings.filter(({ id }) => isPageId(id))) {
			problems.push({
				file: file.file,
				line: heading.line,
				field: 'body',
				message: `got a heading whose id is ${showValue(heading.id)}, which the card page already uses for its own section or anchors; expected a heading worded differently`,
			});
		}
		(cards.get(cardId)?.safeguardSections ?? []).forEach((sectionId, index) => {
			if (!headings.includes(sectionId))
				report(
					file,
					['safeguardSections', index],
					`got ${showValue(sectionId)}; expected the id of a heading in this card's text: ${headings.map((heading) => `"${heading}"`).join(', ') || '(it has none)'}`,
				);
		});
	}

	const models = new Map<string, Model>(
		[...parsed.get('models')!].map(([id, { data }]) => [id, data as Model]),
	);
	const valid = <T>(collection: CollectionName) =>
		new Map<string, T>([...parsed.get(collection)!].map(([id, { data }]) => [id, data as T]));
	return {
		problems,
		cards,
		evaluations,
		models,
		sources: valid<Source>('sources'),
		benchmarks: valid<Benchmark>('benchmarks'),
	};
}
