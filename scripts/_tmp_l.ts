import { ExtractionEngine } from '../src/extract/index.js';
import { labelledActorIds } from '../tests/eval/run.js';
const e = ExtractionEngine.load();
for (const s of process.argv.slice(2)) console.log(s, '→', [...labelledActorIds(e, s)].join(','));
