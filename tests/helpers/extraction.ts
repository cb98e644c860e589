import { expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/analysis.js';
import { ExtractionEngine, prepareDocument } from '../../src/extract/index.js';
import type { AttackType } from '../../src/vocabulary.js';

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

/** A case of the detection tests: what it says, the story's title and body, whether it reports an attack, and a type it must carry. */
export type Story = [says: string, title: string, content: string, isAttack: boolean, type?: AttackType];

/** One test per story: the shipped engine tells attack from no attack, with the type given. */
export function readsStories(stories: readonly Story[]): void {
  it.each(stories)('%s', (_says, title, content, isAttack, type) => {
    const x = extractStory(title, content);
    expect(x.isAttack).toBe(isAttack);
    expect(type === undefined || x.attackTypes.includes(type)).toBe(true);
  });
}
