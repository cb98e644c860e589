/**
 * An extraction worker (ExtractionPool): the engine loaded once, items analysed as the main
 * thread would (prepared, extracted, copies of one text analysed once).
 */
import { ExtractionEngine } from '../extract/index.js';
import { analyseItem, serveExtractions } from './extraction-pool.js';
import { MemoisedExtractor } from './memo.js';

const extractor = new MemoisedExtractor(ExtractionEngine.load());
serveExtractions((item) => analyseItem(extractor, item));
