// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';
import { fileBundles } from './src/integrations/file-bundles.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { writeAnchorManifest } from './src/integrations/anchor-manifest.ts';
import { CSP_DIRECTIVES, staticHeaders } from './src/integrations/static-headers.ts';

export default defineConfig({
	site: 'https://cardshelf.example',
	// A build writes into a staging folder first (see scripts/safe-build.mjs), so a failed build
	// never touches the last good dist/.
	outDir: process.env.CARDSHELF_OUT_DIR ?? './dist',
	// Where Astro keeps its content store; a test points a build at its own to read what it loaded.
	cacheDir: process.env.CARDSHELF_CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	build: { format: 'directory' },
	compressHTML: true,
	// Code in prose is shown plain: a highlighter's inline colours would need 'unsafe-inline' styles.
	markdown: { syntaxHighlight: false },
	// A strict policy on every page: scripts and styles only from this origin (Astro adds hashes for
	// what it bundles), no plugins, no foreign base. The search page alone widens it for Pagefind's
	// WebAssembly worker (see src/pages/search.astro). Hosts also get it as headers (_headers).
	security: {
		csp: {
			directives: [...CSP_DIRECTIVES],
		},
	},
	vite: {
		build: {
			rollupOptions: {
				// Astro's MDX output starts with a "use astro:head-inject" directive that the bundler
				// warns it may drop: harmless, and one 12-line warning per card (12,000 lines of build
				// log at 1,000 cards). withastro/astro#18087, open; every other warning is kept.
				onwarn(warning, warn) {
					if (
						warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
						warning.message.includes('use astro:head-inject')
					)
						return;
					warn(warning);
				},
			},
		},
	},
	integrations: [
		contentCheck(),
		mdx(),
		fileBundles(),
		sitemap(),
		// The anchor manifest is checked and written while Pagefind's process indexes the pages.
		pagefindIndex({ whileIndexing: writeAnchorManifest }),
		staticHeaders(),
	],
});
