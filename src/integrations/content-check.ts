/**
 * Runs the content check before Astro loads any content, so bad content stops the build (and the
 * dev server) with the check's own report: file, line, field, value received and what is allowed.
 */
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems } from '../lib/content-check.ts';
import { contentRoot } from '../lib/content-root.ts';

export class ContentCheckError extends Error {
	override name = 'ContentCheckError';
}

export function contentCheck(): AstroIntegration {
	return {
		name: 'cardshelf:content-check',
		hooks: {
			'astro:config:setup': () => {
				const { problems } = checkContent(contentRoot(), process.cwd());
				if (problems.length > 0) throw new ContentCheckError(formatProblems(problems));
			},
		},
	};
}
