import { expect, test } from 'vitest';
import { registry } from '../../../src/frameworks/registry.ts';
import { buildTimeline, frameworkEventNote } from '../../../src/lib/timeline.ts';

const card = (id: string, published: string) => ({
	id,
	data: {
		title: id,
		published,
		kind: 'system-card' as const,
		framework: 'none' as const,
		publisher: 'openai' as const,
		coverage: 'headline' as const,
	},
});

test('framework versions are placed before the first card published after them; unknown dates go last', () => {
	const timeline = buildTimeline(
		[
			card('gpt-4', '2023-03'),
			card('dall-e-3', '2023-10-03'),
			card('gpt-4o', '2024-08-08'),
			card('o3', '2025-04-16'),
			card('gpt-4-5', '2025-02-27'),
			card('lost', 'unknown'),
		],
		registry,
	);
	const flat = timeline.map(({ year, entries }) => [
		year,
		entries.map((entry) => (entry.type === 'card' ? entry.card.id : entry.framework.id)),
	]);
	expect(flat).toEqual([
		['2023', ['gpt-4', 'rsp-v1-0', 'dall-e-3', 'pf-v1']],
		['2024', ['fsf-v1-0', 'gpt-4o', 'rsp-v2-0']],
		[
			'2025',
			[
				'microsoft-fgf-v1',
				'meta-faf-v1-1',
				'fsf-v2-0',
				'amazon-fmsf-v1',
				'gpt-4-5',
				'rsp-v2-1',
				'pf-v2',
				'o3',
				'rsp-v2-2',
				'xai-rmf-2025-08',
				'fsf-v3-0',
				'xai-faf-2025-12',
			],
		],
		[
			'2026',
			[
				'rsp-v3-0',
				'rsp-v3-1',
				'meta-aasf-v2',
				'fsf-v3-1',
				'rsp-v3-2',
				'rsp-v3-3',
				'fgf',
				'xai-faf-2026-06',
				'rsp-v3-4',
			],
		],
		['Date not recovered', ['lost']],
	]);
});

test('a new version governs the cards after it; a framework in force beside another does not', () => {
	expect(frameworkEventNote(registry, registry.get('pf-v2'))).toBe(
		"OpenAI's cards after this point fall under it until the next version.",
	);
	expect(frameworkEventNote(registry, registry.get('fgf'))).toBe(
		'It runs alongside the Preparedness Framework v2 and does not replace it; each card names the framework it is rated under.',
	);
});
