import { neutralise } from '../src/discord/embeds.ts';
import { escapeMarkdown } from 'discord.js';
for (const n of [1000, 4000, 8192]) {
  const t = performance.now();
  neutralise('x'.repeat(n * 3));
  const t2 = performance.now();
  escapeMarkdown('x'.repeat(n), { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
  const t3 = performance.now();
  escapeMarkdown('word '.repeat(n/5), { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
  console.log(n, (t2 - t).toFixed(1), (t3 - t2).toFixed(1), (performance.now() - t3).toFixed(1));
}
