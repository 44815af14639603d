/**
 * A benchmark that recurs across cards (SWE-bench Verified, multilingual MMLU, PersonQA...). Each
 * card's evaluation points at one of these, so results from different cards can be put side by side.
 */
import { z } from 'astro/zod';
import { AnchorIdSchema, HttpUrlSchema, NameSchema, strictObject, TextSchema } from './shared.ts';

export const BENCHMARK_AREAS = ['capability', 'safety', 'preparedness'] as const;

export const BenchmarkSchema = strictObject({
	name: NameSchema,
	area: z.enum(BENCHMARK_AREAS),
	/** What it measures, in our words. */
	description: TextSchema,
	/** The benchmark's own paper or home page. */
	url: HttpUrlSchema.optional(),
	/**
	 * Anchors of the benchmark page that were renamed, `{ old-id: new-id }`: links to the old id keep
	 * landing on the setup it meant. The anchor lock test requires one for every anchor a build would
	 * otherwise drop.
	 */
	anchorAliases: z.record(AnchorIdSchema, AnchorIdSchema).default({}),
});
export type Benchmark = z.output<typeof BenchmarkSchema>;
