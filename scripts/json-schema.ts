/** npm run schema: regenerate content/report.schema.json from the zod schema. */
import { writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../src/model/json-schema.ts';

writeFileSync('content/report.schema.json', reportJsonSchema());
console.log('wrote content/report.schema.json');
