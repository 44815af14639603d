/**
 * `npm run check:content`: validates content/ in about a second, without building the site.
 * Usage: node scripts/check-content.ts [content-dir]
 */
import { resolve } from 'node:path';
import { checkContent, formatProblems } from '../src/lib/content-check.ts';

const contentRoot = resolve(process.argv[2] ?? process.env['CARDSHELF_CONTENT_DIR'] ?? 'content');
const { problems, cards, evaluations } = checkContent(contentRoot, process.cwd());
if (problems.length > 0) {
	console.error(formatProblems(problems));
	process.exit(1);
}
console.log(`Content OK: ${cards.size} cards, ${evaluations.size} evaluations.`);
