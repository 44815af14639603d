import { API_FILE_KINDS, apiJsonSchema } from '../src/schema/api.ts';
for (const kind of API_FILE_KINDS) { try { console.log(kind, JSON.stringify(apiJsonSchema(kind)).length); } catch (e) { console.log(kind, 'ERR', (e as Error).message); } }
