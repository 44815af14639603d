import { writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { reportFor } from './bad-content.test.ts';
import { BAD_CONTENT_CASES } from './bad-content-cases.ts';
test('print', () => {
	const out: Record<string, string> = {};
	for (const name of (process.env.CASES ?? '').split('|')) out[name] = reportFor(BAD_CONTENT_CASES.find((c) => c.name === name)!.apply);
	writeFileSync('/tmp/pins.json', JSON.stringify(out));
});
