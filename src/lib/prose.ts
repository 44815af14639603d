/**
 * A card's prose, read with the parser the build uses (Sätteri, through @astrojs/mdx), so what the
 * check sees is what the page will be. Prose may hold Markdown, headings, links to http(s)
 * addresses or to this site, and the project's own components with their props checked
 * (`<Evaluation id="…" />`); nothing that runs code or reaches another origin: no `import` or
 * `export`, no `{…}` expression, no raw HTML and no other component. An MDX comment (`{/* … *\/}`)
 * may stay, and nothing inside it counts.
 */
import GithubSlugger from 'github-slugger';
import { markdownToMdast, mdxToHast, mdxToMdast, markdownToHast } from 'satteri';

/** The components prose may use, with the props each takes (all required strings). */
export const PROSE_COMPONENTS: Record<string, readonly string[]> = { Evaluation: ['id'] };

export interface ProseProblem {
	line?: number;
	message: string;
}

export interface ProseReading {
	/**
	 * Each `<Evaluation id="…" />`, in order; in a .md card, where it would show as text, each is
	 * listed too (and reported), so it is not also reported as missing.
	 */
	placements: Array<{ id: string; line?: number }>;
	/** Ids of the h2 and h3 headings, as the build gives them. */
	headingIds: string[];
	/** Every heading's id with its line, all levels. */
	headings: Array<{ id: string; line?: number }>;
	problems: ProseProblem[];
}

type Node = {
	type: string;
	name?: string | null;
	value?: string;
	url?: string;
	tagName?: string;
	attributes?: Array<{ type: string; name?: string; value?: unknown }>;
	children?: Node[];
	position?: { start?: { line?: number } };
};

/** The features @astrojs/mdx turns on by default, so the trees match the build's. */
const FEATURES = { gfm: true, smartPunctuation: true };

/** `https:`, `http:`, a site path (`/…`, not `//…`) or a fragment: where a link in prose may go. */
const SAFE_LINK = /^(?:https?:\/\/|\/(?!\/)|#)/i;

const onlyComments = (code: string) =>
	code
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/\/\/[^\n]*/g, '')
		.trim() === '';

const shorten = (text: string) => {
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length > 60 ? `${line.slice(0, 57)}...` : line;
};

function textOf(node: Node): string {
	if (node.type === 'text') return node.value ?? '';
	return (node.children ?? []).map(textOf).join('');
}

/** Reads a card file's whole text (frontmatter included, so lines are the file's lines). */
export function readProse(text: string, format: 'mdx' | 'md'): ProseReading {
	const problems: ProseProblem[] = [];
	const placements: ProseReading['placements'] = [];
	let tree: Node;
	let hast: Node;
	try {
		tree = (format === 'mdx' ? mdxToMdast : markdownToMdast)(text, { features: FEATURES }) as Node;
		hast = (format === 'mdx' ? mdxToHast : markdownToHast)(text, { features: FEATURES }) as Node;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const line = /(\d+):\d+/.exec(message)?.[1];
		return {
			placements,
			headingIds: [],
			headings: [],
			problems: [
				{
					line: line ? Number(line) : undefined,
					message: `malformed MDX: ${message.split('\n')[0]}`,
				},
			],
		};
	}
	const report = (node: Node, message: string) =>
		problems.push({ line: node.position?.start?.line, message });

	function visit(node: Node): void {
		switch (node.type) {
			case 'mdxjsEsm':
				report(
					node,
					`got \`${shorten(node.value ?? '')}\`; expected prose: an import or export runs code when the site is built`,
				);
				return;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				if (!onlyComments(node.value ?? ''))
					report(
						node,
						`got the expression {${shorten(node.value ?? '')}}; expected prose: an expression runs code when the site is built (an MDX comment, {/* … */}, may stay)`,
					);
				return;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				checkComponent(node);
				return;
			case 'html': {
				const tag = /^<Evaluation\s+id=["']([^"']*)["']/.exec(node.value ?? '');
				if (tag) placements.push({ id: tag[1]!, line: node.position?.start?.line });
				report(
					node,
					/^<Evaluation\b/.test(node.value ?? '')
						? `got ${shorten(node.value ?? '')} in a .md card, which would show it as text; expected the card as .mdx to place evaluations`
						: `got the raw HTML ${shorten(node.value ?? '')}; expected Markdown: prose cannot hold HTML`,
				);
				return;
			}
			case 'link':
			case 'definition':
				if (!SAFE_LINK.test(node.url ?? ''))
					report(
						node,
						`got the link target ${JSON.stringify(node.url)}; expected an http(s) address or a path on this site, e.g. /cards/o3-mini/`,
					);
				break;
			case 'image':
				if (!/^\/(?!\/)/.test(node.url ?? ''))
					report(
						node,
						`got the image ${JSON.stringify(node.url)}; expected an image on this site (a path starting with /), as pages load nothing from elsewhere`,
					);
				break;
		}
		node.children?.forEach(visit);
	}

	function checkComponent(node: Node): void {
		const name = node.name ?? '';
		const props = PROSE_COMPONENTS[name];
		if (!props) {
			report(
				node,
				`got the tag <${name || '>'}${name ? '>' : ''}; expected Markdown: prose cannot hold HTML or components other than ${Object.entries(
					PROSE_COMPONENTS,
				)
					.map(
						([component, required]) =>
							`<${component} ${required.map((prop) => `${prop}="…"`).join(' ')} />`,
					)
					.join(', ')}`,
			);
			return;
		}
		const attributes = node.attributes ?? [];
		const bad = attributes.find(
			(attribute) =>
				attribute.type !== 'mdxJsxAttribute' ||
				!props.includes(attribute.name ?? '') ||
				typeof attribute.value !== 'string',
		);
		const missing = props.filter(
			(prop) => !attributes.some((attribute) => attribute.name === prop),
		);
		const hasContent = (node.children ?? []).some(
			(child) => child.type !== 'text' || (child.value ?? '').trim() !== '',
		);
		const id = attributes.find(
			(attribute) => attribute.name === 'id' && typeof attribute.value === 'string',
		);
		// A placement with a readable id counts as placed, so a bad prop is reported once.
		if (name === 'Evaluation' && id)
			placements.push({ id: String(id.value), line: node.position?.start?.line });
		if (bad || missing.length > 0 || hasContent) {
			const got = bad
				? bad.type === 'mdxJsxAttribute'
					? `the prop ${bad.name}${typeof bad.value === 'string' ? `="${bad.value}"` : bad.value === null || bad.value === undefined ? '' : '={…}'}`
					: 'a spread of props'
				: missing.length > 0
					? `no ${missing.join(', ')}`
					: 'content inside it';
			report(
				node,
				`got <${name}> with ${got}; expected <${name} ${props.map((prop) => `${prop}="…"`).join(' ')} />, with text values only`,
			);
		}
	}

	tree.children?.forEach(visit);
	return { placements, ...headingsOf(hast), problems };
}

/**
 * Ids of the h2 and h3 headings, made as the build makes them: GitHub's slugger over each
 * heading's text in the rendered tree (links, code and smart punctuation included), numbering
 * repeats across all headings in page order.
 */
function headingsOf(hast: Node): Pick<ProseReading, 'headingIds' | 'headings'> {
	const slugger = new GithubSlugger();
	const headingIds: string[] = [];
	const headings: ProseReading['headings'] = [];
	const walk = (node: Node) => {
		const depth = /^h([1-6])$/.exec(node.tagName ?? '')?.[1];
		if (depth) {
			const id = slugger.slug(textOf(node));
			headings.push({ id, line: node.position?.start?.line });
			if (depth === '2' || depth === '3') headingIds.push(id);
			return;
		}
		node.children?.forEach(walk);
	};
	walk(hast);
	return { headingIds, headings };
}
