// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { anchorManifest } from './src/integrations/anchor-manifest.ts';

export default defineConfig({
	site: 'https://cardshelf.example',
	// A build writes into a staging folder first (see scripts/safe-build.mjs), so a failed build
	// never touches the last good dist/.
	outDir: process.env.CARDSHELF_OUT_DIR ?? './dist',
	trailingSlash: 'always',
	build: { format: 'directory' },
	compressHTML: true,
	// A strict policy on every page: scripts and styles only from this origin (Astro adds hashes for
	// what it bundles), no plugins, no foreign base. The search page alone widens it for Pagefind's
	// WebAssembly worker (see src/pages/search.astro).
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
				"img-src 'self' data:",
			],
		},
	},
	integrations: [contentCheck(), mdx(), sitemap(), pagefindIndex(), anchorManifest()],
});
