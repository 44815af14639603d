/**
 * `npm run synthetic -- <dir> <cards>`: writes a synthetic content tree of that many cards (the
 * benchmark's; see scripts/lib/synthetic-content.ts). Build it with
 * `CARDSHELF_CONTENT_DIR=<dir> CARDSHELF_DIST=<out> npm run build`.
 */
import { resolve } from 'node:path';
import { writeSyntheticContent } from './lib/synthetic-content.ts';

const [dir, cards] = process.argv.slice(2);
if (!dir || !cards || !/^\d+$/.test(cards)) {
	console.error(
		'Usage: npm run synthetic -- <dir> <cards>   e.g. npm run synthetic -- /tmp/cards 1000',
	);
	process.exit(2);
}
writeSyntheticContent(resolve(dir), Number(cards));
console.log(`Wrote ${cards} synthetic cards to ${resolve(dir)}.`);
