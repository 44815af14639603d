/**
 * Runs the content check before Astro loads any content, so bad content stops the build (and the
 * dev server) with the check's own report: file, line, field, value received and what is allowed.
 * `npm run build` runs the same check itself, beside Astro, and this one stands down.
 */
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems } from '../lib/content-check.ts';
import { contentRoot } from '../lib/content-root.ts';
import { elapsed } from './elapsed.ts';

export class ContentCheckError extends Error {
	override name = 'ContentCheckError';
}

export function contentCheck(): AstroIntegration {
	return {
		name: 'cardshelf:content-check',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				// `npm run build` checks the content itself, beside Astro (scripts/safe-build.mjs).
				if (process.env['CARDSHELF_CONTENT_CHECK'] === 'beside-the-build') return;
				const started = performance.now();
				const { problems, cards, evaluations } = checkContent(contentRoot(), process.cwd());
				if (problems.length > 0) throw new ContentCheckError(formatProblems(problems));
				// `npm run bench` reads the durations these integrations log, to time each phase.
				logger.info(
					`Content OK: ${cards.size} cards, ${evaluations.size} evaluations, in ${elapsed(started)}.`,
				);
			},
		},
	};
}
