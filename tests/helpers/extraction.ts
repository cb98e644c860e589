import type { Extraction } from '../../src/extract/analysis.js';
import { ExtractionEngine, prepareDocument } from '../../src/extract/index.js';

let engine: ExtractionEngine | undefined;

/** The engine on the shipped data, loaded once per test file that asks for it. */
export function shippedEngine(): ExtractionEngine {
  engine ??= ExtractionEngine.load();
  return engine;
}

/** What the shipped engine makes of a story told by its title and body. */
export function extractStory(title: string, content = ''): Extraction {
  return shippedEngine().extract(prepareDocument({ title, content }));
}
