/// <reference path="../.astro/types.d.ts" />

declare namespace App {
	interface Locals {
		/** Set by the card page so MDX components can find the card's evaluations. */
		cardPage?: import('./lib/card-page.ts').CardPageContext;
	}
}
