/**
 * Writes a synthetic content tree of N cards for the benchmark: valid against the real schemas and
 * shaped like real cards (ratings, a dozen evaluation tables with rows, comparison models,
 * approximate and missing cells, prose between tables). Deterministic for a given N.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { registry } from '../../src/frameworks/registry.ts';
import { ratedCategories } from '../../src/schema/rating.ts';

// Half the cards are rated under OpenAI's first framework (pre/post levels), half under its second
// (threshold determinations), as the real catalogue is.
const [prePost, thresholds] = [registry.get('pf-v1'), registry.get('pf-v2')];
const ids = (steps: ReadonlyArray<{ id: string }>) => steps.map((step) => step.id);

const MODEL_COUNT = 40;
/**
 * Prose words. Real cards use a large vocabulary, so a query term is on some pages, not all; a tiny
 * vocabulary would put every word on every page and inflate the search index the benchmark measures.
 * Common words come from a short list; the rest are generated, roughly Zipf-distributed.
 */
const COMMON_WORDS =
	'the model evaluation refusal jailbreak biology cyber persuasion autonomy safety benchmark accuracy threshold mitigation research agent coding reasoning policy'.split(
		' ',
	);
const RARE_WORDS = Array.from({ length: 3000 }, (_, index) => `term${index.toString(36)}`);
const word = (next: () => number) =>
	next() < 0.4
		? COMMON_WORDS[Math.floor(next() * COMMON_WORDS.length)]!
		: RARE_WORDS[Math.floor(RARE_WORDS.length * next() ** 2)]!;

/** A small deterministic pseudo-random generator, so two runs write the same tree. */
function random(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

function sentence(next: () => number, words: number): string {
	const text = Array.from({ length: words }, () => word(next)).join(' ');
	return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

export function writeSyntheticContent(
	root: string,
	cardCount: number,
	evaluationsPerCard = 12,
): void {
	rmSync(root, { recursive: true, force: true });
	for (const folder of ['cards', 'models', 'sources', 'benchmarks', 'evaluations'])
		mkdirSync(join(root, folder), { recursive: true });
	const next = random(cardCount);
	for (let m = 0; m < MODEL_COUNT; m++) {
		writeFileSync(
			join(root, 'models', `model-${m}.yaml`),
			`name: Synthetic Model ${m}\npublisher: openai\nsummary: ${sentence(next, 10)}\n`,
		);
	}
	for (let b = 0; b < 10; b++) {
		writeFileSync(
			join(root, 'benchmarks', `benchmark-${b}.yaml`),
			`name: Synthetic Benchmark ${b}\narea: safety\ndescription: ${sentence(next, 12)}\n`,
		);
	}
	for (let c = 0; c < cardCount; c++) {
		const id = `card-${c}`;
		const v2 = c % 2 === 1;
		const subject = `model-${c % MODEL_COUNT}`;
		writeFileSync(
			join(root, 'sources', `${id}-pdf.yaml`),
			`title: Synthetic System Card ${c}\npublisher: OpenAI\nkind: official\nurl: https://example.org/cards/${id}.pdf\n`,
		);
		const locator = `{ source: ${id}-pdf, section: "5", page: ${1 + (c % 30)} }`;
		const ratings = v2
			? ratedCategories(thresholds)
					.map(
						(category) =>
							`  - category: ${category}\n    determination: ${ids(thresholds.determinations)[Math.floor(next() * 3)]}\n    locator: ${locator}\n`,
					)
					.join('')
			: ratedCategories(prePost)
					.map((category) => {
						const level = ids(prePost.levels)[Math.floor(next() * 3)];
						return `  - category: ${category}\n    preMitigation: ${level}\n    postMitigation: ${level}\n    locator: ${locator}\n`;
					})
					.join('');
		const year = 2023 + (c % 3);
		const published = `${year}-${String(1 + (c % 12)).padStart(2, '0')}-${String(1 + (c % 28)).padStart(2, '0')}`;
		mkdirSync(join(root, 'evaluations', id));
		const body: string[] = [];
		for (let e = 0; e < evaluationsPerCard; e++) {
			const models = [
				subject,
				...Array.from({ length: 3 }, (_, k) => `model-${(c + 7 * (k + 1)) % MODEL_COUNT}`),
			].filter((model, index, all) => all.indexOf(model) === index);
			const rows = Array.from({ length: 2 + (e % 5) }, (_, r) => `row-${r}`);
			const results = rows.flatMap((row) =>
				models.map((model, k) => {
					const roll = next();
					if (roll < 0.05) return `  - { model: ${model}, row: ${row}, missing: not-recovered }`;
					const value = Math.round(next() * 1000) / 10;
					return `  - { model: ${model}, row: ${row}, value: ${value}${roll < 0.25 && k > 0 ? ', basis: chart-reading' : ''} }`;
				}),
			);
			writeFileSync(
				join(root, 'evaluations', id, `evaluation-${e}.yaml`),
				[
					`title: Synthetic evaluation ${e}`,
					`area: safety`,
					`benchmark: benchmark-${e % 10}`,
					`description: ${sentence(next, 18)}`,
					`locator: { source: ${id}-pdf, section: "4.${e}", table: Table ${e + 1}, page: ${2 + e} }`,
					`conditions: { passAtK: 1, sampleSize: ${100 + e * 10} }`,
					`metrics:\n  - { id: score, label: Score, unit: percent, higherIsBetter: true }`,
					`rows:\n${rows.map((row, r) => `  - { id: ${row}, label: Subset ${r} }`).join('\n')}`,
					`results:\n${results.join('\n')}`,
					'',
				].join('\n'),
			);
			if (e % 3 === 0)
				body.push(`## Section ${e / 3 + 1}\n\n${sentence(next, 40)} ${sentence(next, 30)}\n`);
			body.push(`<Evaluation id="evaluation-${e}" />\n`);
		}
		writeFileSync(
			join(root, 'cards', `${id}.mdx`),
			`---\ntitle: Synthetic System Card ${c}\nsummary: ${sentence(next, 16)}\nkind: system-card\npublisher: openai\npublished: ${published}\nmodels: [${subject}]\nofficialUrl: https://example.org/cards/${id}/\nsources: [${id}-pdf]\ncoverage: full\nframework: ${v2 ? thresholds.id : prePost.id}\nratings:\n${ratings}---\n\n${body.join('\n')}`,
		);
	}
}
