/**
 * Entry ids come from file paths: `content/cards/o3-mini.mdx` is card `o3-mini`, and
 * `content/evaluations/o3-mini/personqa.yaml` is evaluation `o3-mini/personqa`. Astro's glob loader
 * and the standalone content check both use this function, so they always agree on ids.
 */
export function entryIdFromPath(relativePath: string): string {
	return relativePath.replace(/\\/g, '/').replace(/\.(mdx|md|yaml|yml|json)$/i, '');
}
