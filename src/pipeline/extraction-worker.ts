/**
 * An extraction worker (ExtractionPool): the engine loaded once over the main thread's shared
 * gazetteer, items analysed as the main thread would (prepared, extracted, copies of one text
 * analysed once).
 */
import { analyseItem, serveExtractions, workerEngine } from './extraction-pool.js';
import { MemoisedExtractor } from './memo.js';

const extractor = new MemoisedExtractor(workerEngine());
serveExtractions((item) => analyseItem(extractor, item));
