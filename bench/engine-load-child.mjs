/**
 * Child of the start-up benchmark: imports the compiled engine (dist/extract) and loads it, as the
 * bot does, and prints the CPU time and the RSS that cost. Plain JavaScript on dist/ (built by the
 * parent with its compiled data): under tsx the engine runs from src/, which has no compiled data,
 * and the TypeScript loader's own memory would count. Run with --expose-gc.
 */
const MB = 1024 * 1024;
const cpuMs = (c) => (c.user + c.system) / 1000;

const rssBefore = process.memoryUsage().rss;
const cpuStart = process.cpuUsage();
const { ExtractionEngine } = await import('../dist/extract/index.js');
const importCpu = process.cpuUsage(cpuStart);
const engine = ExtractionEngine.load();
const loadCpu = process.cpuUsage(cpuStart);
const rssAfter = process.memoryUsage().rss;
globalThis.gc?.();
const { EngineDataFile, ENGINE_DATA_FILE, engineDataFingerprint } = await import('../dist/extract/engine-data-file.js');
const compiled = EngineDataFile.open(ENGINE_DATA_FILE, engineDataFingerprint());
compiled?.close();
console.log(
  JSON.stringify({
    importCpuMs: cpuMs(importCpu),
    totalCpuMs: cpuMs(loadCpu),
    rssBeforeMB: rssBefore / MB,
    rssAfterMB: rssAfter / MB,
    heapUsedMB: process.memoryUsage().heapUsed / MB,
    fromCompiledData: compiled !== undefined,
    countries: engine.gazetteer.countries().length,
  }),
);
