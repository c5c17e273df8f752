/**
 * `npm run validate -- path/to/file.json`: the app's own validation as a
 * command. Prints every problem and exits 1, or a one-line summary and exits 0.
 * Several files may be named; each is reported.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileSizeProblem } from '../data/limits';
import { formatProblem } from '../data/problem';
import { parseDataset } from '../data/parse';
import type { Dataset } from '../data/schema';

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
};

function main(args: string[]): number {
  const files = args.filter((a) => a !== '--');
  if (files.length === 0) {
    console.error('usage: npm run validate -- path/to/file.json [more.json …]');
    return 2;
  }
  // Every file is checked; the exit code is 1 if any of them has a problem.
  return Math.max(...files.map(check));
}

/** "9 questions for the class": the story steps (of every story) that carry one. */
function questionCount(dataset: Dataset): string {
  const steps = [...(dataset.story ?? []), ...(dataset.stories ?? []).flatMap((s) => s.steps)];
  const n = steps.filter((step) => step.question).length;
  return n === 0 ? '' : `${n} ${n === 1 ? 'question' : 'questions'} for the class`;
}

function check(file: string): number {
  let text: string;
  try {
    const tooLarge = fileSizeProblem(statSync(file).size);
    if (tooLarge) {
      console.log(`${file}: ${formatProblem(tooLarge)}`);
      return 1;
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = READ_ERRORS[code] ?? String(error);
    console.log(`${file}: cannot read the file: ${reason}`);
    return 1;
  }
  const result = parseDataset(text);
  if (result.ok) {
    const { nodes, edges, story, stories, meta } = result.dataset;
    const extra = [
      meta.layers?.length ? `layers: ${meta.layers.map((l) => l.id).join(', ')}` : '',
      stories?.length ? `${stories.length} more ${stories.length === 1 ? 'story' : 'stories'}` : '',
      questionCount(result.dataset),
    ].filter(Boolean);
    console.log(
      `ok: ${nodes.length} nodes, ${edges.length} edges, ${story?.length ?? 0} story steps` +
        (extra.length > 0 ? ` (${extra.join('; ')})` : ''),
    );
    return 0;
  }
  const total = result.problems.length + (result.omitted ?? 0);
  console.log(`${file}: ${total} ${total === 1 ? 'problem' : 'problems'}`);
  for (const p of result.problems) console.log(`  ${formatProblem(p)}`);
  if (result.omitted) console.log(`  … and ${result.omitted} more problems`);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
