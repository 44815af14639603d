import { expect, test } from 'vitest';
import { readProse } from '../../../src/lib/prose.ts';

test('heading ids match the MDX build: h2 and h3 only, repeats numbered, links and smart quotes as rendered, fenced code skipped', () => {
	const body = [
		'# Title',
		'## Product-level safeguards: the sandbox',
		'text',
		'### Safeguards',
		'```',
		'## Not a heading',
		'```',
		'## Safeguards',
		"## The [model's](https://example.org/) card",
		'#### Deep',
	].join('\n');
	expect(readProse(body, 'mdx').headingIds).toEqual([
		'product-level-safeguards-the-sandbox',
		'safeguards',
		'safeguards-1',
		'the-models-card',
	]);
});

test('placements come from the parsed tree: comments and code do not count, either quote style does', () => {
	const body = [
		'{/* <Evaluation id="commented" /> */}',
		'```mdx',
		'<Evaluation id="fenced" />',
		'```',
		"<Evaluation id='single' />",
		'<Evaluation id="closed"></Evaluation>',
	].join('\n\n');
	const prose = readProse(body, 'mdx');

	expect(prose.placements.map((placement) => placement.id)).toEqual(['single', 'closed']);
	expect(prose.problems).toEqual([]);
});

test('prose cannot run code, hold HTML or other components, or link off the web', () => {
	const lines = [
		'import fs from "node:fs"',
		'Home is {process.env.HOME}.',
		'<script src="/x.js"></script>',
		'<a href="#x" onclick="steal()">x</a>',
		'<Evaluation id="x" note="y" />',
		'<Evaluation id={name} />',
		'[click](javascript:alert(1))',
		'![pixel](https://tracker.example/p.gif)',
		'[ref]: data:text/html,hi',
	];
	const prose = readProse(lines.join('\n\n'), 'mdx');

	expect(prose.problems.map((problem) => [problem.line, problem.message.split(';')[0]])).toEqual([
		[1, 'got `import fs from "node:fs"`'],
		[3, 'got the expression {process.env.HOME}'],
		[5, 'got the tag <script>'],
		[7, 'got the tag <a>'],
		[9, 'got <Evaluation> with the prop note="y"'],
		[11, 'got <Evaluation> with the prop id={…}'],
		[13, 'got the link target "javascript:alert(1)"'],
		[15, 'got the image "https://tracker.example/p.gif"'],
		[17, 'got the link target "data:text/html,hi"'],
	]);
});

test('a .md card cannot place evaluations or hold HTML', () => {
	const prose = readProse(
		'Text.\n\n<Evaluation id="x" />\n\n<iframe src="https://example.org"></iframe>',
		'md',
	);

	expect(prose.placements.map((placement) => placement.id)).toEqual(['x']);
	expect(prose.problems.map((problem) => problem.message.split(';')[0])).toEqual([
		'got <Evaluation id="x" /> in a .md card, which would show it as text',
		'got the raw HTML <iframe src="https://example.org"></iframe>',
	]);
});
