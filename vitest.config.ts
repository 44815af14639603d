import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
			// Content tests run the content check over the real content and the bad-content fixtures,
			// and build fixture sites; they need no browser.
			{
				test: {
					name: 'content',
					include: ['tests/content/**/*.test.ts'],
					environment: 'node',
					testTimeout: 120_000,
					hookTimeout: 120_000,
				},
			},
			// Site tests drive Chromium against the built dist/; `npm test` builds first.
			{
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					environment: 'node',
					testTimeout: 60_000,
					hookTimeout: 60_000,
					fileParallelism: false,
				},
			},
		],
	},
});
