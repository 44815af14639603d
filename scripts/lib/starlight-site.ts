/**
 * The benchmark's yardstick: the same synthetic cards as a Starlight site. Each card becomes one
 * Markdown page with the same title, summary, prose and tables (its ratings as a table, and each
 * evaluation as a table of rows against models), read from the Cardshelf content tree, so both
 * sites are built from the same data. Starlight's default sidebar (every page, from the folder) and its own search (Pagefind) are kept, as a Starlight site has them.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

type Row = { id: string; label: string };
type Result = { model: string; row: string; value?: number; missing?: string; basis?: string };
type Evaluation = { title: string; description: string; rows: Row[]; results: Result[] };

const cell = (result: Result | undefined) =>
	result === undefined || result.value === undefined
		? 'not recovered'
		: `${result.basis === 'chart-reading' ? '≈ ' : ''}${result.value}%`;

function evaluationTable(evaluation: Evaluation): string {
	const models = [...new Set(evaluation.results.map((result) => result.model))];
	const lines = [
		`**${evaluation.title}.** ${evaluation.description}`,
		'',
		`| Row | ${models.join(' | ')} |`,
		`| --- | ${models.map(() => '---').join(' | ')} |`,
		...evaluation.rows.map(
			(row) =>
				`| ${row.label} | ${models
					.map((model) =>
						cell(evaluation.results.find((r) => r.model === model && r.row === row.id)),
					)
					.join(' | ')} |`,
		),
	];
	return lines.join('\n');
}

/**
 * Writes a Starlight project for the content tree at `content` into `root`, a folder inside this
 * project (`.bench/`), so it resolves Astro and Starlight from this project's node_modules.
 */
export function writeStarlightSite(content: string, root: string): void {
	rmSync(root, { recursive: true, force: true });
	const docs = join(root, 'src/content/docs/cards');
	mkdirSync(docs, { recursive: true });
	writeFileSync(
		join(root, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ outDir: process.env.STARLIGHT_OUT_DIR, integrations: [starlight({ title: 'Synthetic cards' })] });\n`,
	);
	writeFileSync(
		join(root, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
	);
	writeFileSync(
		join(root, 'src/content/docs/index.md'),
		'---\ntitle: Synthetic cards\n---\n\nThe benchmark cards.\n',
	);
	for (const file of readdirSync(join(content, 'cards'))) {
		const id = file.replace(/\.mdx$/, '');
		const text = readFileSync(join(content, 'cards', file), 'utf8');
		const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
		const card = load(frontmatter!) as {
			title: string;
			summary: string;
			ratings: Array<Record<string, string>>;
		};
		const ratings = [
			'| Category | Rating |',
			'| --- | --- |',
			...card.ratings.map(
				(rating) =>
					`| ${rating['category']} | ${rating['determination'] ?? `${rating['preMitigation']} before, ${rating['postMitigation']} after mitigation`} |`,
			),
		].join('\n');
		const markdown = body!.replace(/<Evaluation id="([^"]+)" \/>/g, (_, evaluationId: string) =>
			evaluationTable(
				load(
					readFileSync(join(content, 'evaluations', id, `${evaluationId}.yaml`), 'utf8'),
				) as Evaluation,
			),
		);
		writeFileSync(
			join(docs, `${id}.md`),
			`---\ntitle: ${JSON.stringify(card.title)}\ndescription: ${JSON.stringify(card.summary)}\n---\n\n## Ratings\n\n${ratings}\n\n${markdown}`,
		);
	}
}
