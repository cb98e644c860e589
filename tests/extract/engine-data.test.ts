/**
 * The compiled engine data (src/extract/engine-data.ts): an engine read from it is the engine the
 * data files make in memory — the same tries, catalogue and gazetteer table, the same extraction
 * of every labelled story — and a file that no longer matches its sources is not read.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDataDir, readRawDataFile } from '../../src/extract/data-file.js';
import { compiledEngine, ENGINE_PARTS, type EngineParts } from '../../src/extract/engine-data.js';
import { ENGINE_DATA_FILE, EngineDataFile, engineDataFingerprint, GRAMMAR_FILE } from '../../src/extract/engine-data-file.js';
import { Gazetteer } from '../../src/extract/gazetteer/index.js';
import { ActorCatalog, AttackLexicon, ExtractionEngine, prepareDocument } from '../../src/extract/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-engine-data-'));
/** The file tests/global-setup.ts compiled (writeEngineData) for this run's src/. */
const file = ENGINE_DATA_FILE;
let fromFiles: EngineParts;
let fromCompiled: EngineParts;

beforeAll(() => {
  const data = defaultDataDir();
  fromFiles = {
    gazetteer: Gazetteer.load(data),
    actors: ActorCatalog.load(path.join(data, 'actors.yaml')),
    lexicon: AttackLexicon.load(path.join(data, 'attack-terms.yaml')),
  };
  const compiled = compiledEngine(data, ENGINE_PARTS, file);
  if (!compiled) throw new Error(`the compiled data the test setup wrote (${file}) was not read`);
  fromCompiled = compiled;
}, 120_000); // the data files compiled in memory: seconds of CPU, many more on a loaded machine
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an engine read from the compiled data', () => {
  it('has the same phrase tries, node for node, with one object per distinct value', () => {
    const a = fromFiles.lexicon.pack();
    const b = fromCompiled.lexicon.pack();
    for (const name of ['matcher', 'hitPlaces', 'headlineCues', 'blastReading'] as const) {
      expect(b[name].words, name).toEqual(a[name].words);
      expect(b[name].values, name).toEqual(a[name].values);
      expect(b[name].size, name).toBe(a[name].size);
      expect(Buffer.from(b[name].shape.buffer).equals(Buffer.from(a[name].shape.buffer)), name).toBe(true);
    }
    expect(fromCompiled.lexicon.data).toEqual(fromFiles.lexicon.data);
  });

  it("has the actor catalogue's tries and written forms as compiled, not made again at load", () => {
    const a = fromFiles.actors.pack();
    const b = fromCompiled.actors.pack();
    expect(b.matcher.words).toEqual(a.matcher.words);
    expect(b.matcher.values).toEqual(a.matcher.values);
    expect(Buffer.from(b.matcher.shape.buffer).equals(Buffer.from(a.matcher.shape.buffer))).toBe(true);
    expect(b.heads.map((h) => h.trie.size)).toEqual(a.heads.map((h) => h.trie.size));
    expect(b.headOf).toEqual(a.headOf);
    expect(b.names).toEqual(a.names);
    expect(new Set(b.vocabulary)).toEqual(new Set(a.vocabulary));
  });

  it('reads only the parts asked for', () => {
    const names = compiledEngine(defaultDataDir(), ['gazetteer', 'actors'], file);
    expect(Object.keys(names ?? {}).sort()).toEqual(['actors', 'gazetteer']);
    expect(names?.actors.all()).toEqual(fromFiles.actors.all());
    expect(names?.gazetteer.shared.countries).toEqual(fromFiles.gazetteer.shared.countries);
  });

  it('has the same actors and the same gazetteer table, on arrays threads share', () => {
    expect(fromCompiled.actors.all()).toEqual(fromFiles.actors.all());
    const a = fromFiles.gazetteer.shared;
    const b = fromCompiled.gazetteer.shared;
    expect(b.countries).toEqual(a.countries);
    for (const [name, array] of Object.entries(a.places)) {
      const other = b.places[name as keyof typeof b.places];
      expect(other.constructor, name).toBe(array.constructor);
      expect(other.buffer, name).toBeInstanceOf(SharedArrayBuffer);
      expect(Buffer.from(other.buffer, other.byteOffset, other.byteLength).equals(Buffer.from(array.buffer, array.byteOffset, array.byteLength)), name).toBe(
        true,
      );
    }
  });

  it('extracts the same from every story of the labelled sets, trace included', () => {
    const engines = [fromFiles, fromCompiled].map((p) => new ExtractionEngine(p.gazetteer, p.actors, p.lexicon));
    const sets = path.resolve(import.meta.dirname, '../eval/data');
    let stories = 0;
    for (const set of readdirSync(sets)) {
      for (const line of readFileSync(path.join(sets, set), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const { title, content } = JSON.parse(line) as { title: string; content?: string };
        const doc = prepareDocument({ title, content: content ?? '' });
        const [a, b] = engines.map((e) => JSON.stringify(e.explain(doc)));
        expect(b, title).toBe(a);
        stories++;
      }
    }
    expect(stories).toBeGreaterThan(1000);
  });

  it('stores the grammar words as the YAML reads', () => {
    const data = EngineDataFile.open(file, engineDataFingerprint());
    expect(data?.json(GRAMMAR_FILE)).toEqual(readRawDataFile(path.join(defaultDataDir(), GRAMMAR_FILE), 'grammar words'));
    data?.close();
  });
});

describe('a compiled file that does not match', () => {
  it('is not read once a data file changes, nor when it is cut short or missing', () => {
    const data = path.join(dir, 'data');
    cpSync(defaultDataDir(), data, { recursive: true });
    // A copy of the data is the same data: the fingerprint is of the contents, not the folder.
    expect(engineDataFingerprint(data)).toBe(engineDataFingerprint());
    expect(compiledEngine(data, ENGINE_PARTS, file)).toBeDefined();
    const edited = path.join(dir, 'edited');
    cpSync(defaultDataDir(), edited, { recursive: true });
    writeFileSync(path.join(edited, 'actors.yaml'), `${readFileSync(path.join(edited, 'actors.yaml'), 'utf8')}\n# a comment changes the bytes\n`);
    expect(compiledEngine(edited, ENGINE_PARTS, file)).toBeUndefined();
    const cut = path.join(dir, 'cut.bin');
    const whole = readFileSync(file);
    for (const end of [50, whole.length >> 1, whole.length - 1]) {
      writeFileSync(cut, whole.subarray(0, end));
      expect(compiledEngine(defaultDataDir(), ENGINE_PARTS, cut), `cut at ${end}`).toBeUndefined();
    }
    expect(compiledEngine(defaultDataDir(), ENGINE_PARTS, path.join(dir, 'absent.bin'))).toBeUndefined();
    // A data folder that does not exist: the data files' own loading says so.
    expect(compiledEngine(path.join(dir, 'no-such-folder'), ENGINE_PARTS, file)).toBeUndefined();
    expect(() => ExtractionEngine.load(path.join(dir, 'no-such-folder'))).toThrow(/gazetteer: cannot read .*no-such-folder/);
  });

  it('leaves ExtractionEngine.load to the data files when they changed, which give the same engine', () => {
    // The compiled file beside the code (tests/global-setup.ts writes one for src/) no longer
    // matches a data folder with one file's bytes changed: the engine is compiled from its files.
    const edited = path.join(dir, 'commented');
    cpSync(defaultDataDir(), edited, { recursive: true });
    writeFileSync(path.join(edited, 'actors.yaml'), `${readFileSync(path.join(edited, 'actors.yaml'), 'utf8')}\n# a comment changes the bytes\n`);
    expect(compiledEngine(edited, ENGINE_PARTS)).toBeUndefined();
    const engine = ExtractionEngine.load(edited);
    const doc = prepareDocument({ title: 'Car bomb kills 12 near Mogadishu checkpoint', content: 'Al-Shabaab said it carried out the attack.' });
    const compiled = new ExtractionEngine(fromCompiled.gazetteer, fromCompiled.actors, fromCompiled.lexicon);
    expect(JSON.stringify(compiled.extract(doc))).toBe(JSON.stringify(engine.extract(doc)));
  });
});
