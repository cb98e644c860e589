/**
 * `node dist/extract/compile-data.js`, run by `npm run build`: compiles config/data for the engine
 * beside it (engine-data.ts), so that loading the engine reads no YAML.
 */

import { writeEngineData } from './engine-data.js';
import { ENGINE_DATA_FILE } from './engine-data-file.js';

writeEngineData();
console.log(`engine data compiled: ${ENGINE_DATA_FILE}`);
