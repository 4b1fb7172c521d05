// `npm run faq:starting`: writes docs/starting-faq.md from the starting FAQ, for officers to check and import.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startingFaqDocument } from '../bot/src/questions/demo/starting-faq-document';

const target = path.resolve(__dirname, '../../docs/starting-faq.md');
writeFileSync(target, startingFaqDocument());
process.stdout.write(`Wrote ${target}\n`);
