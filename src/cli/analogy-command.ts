import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { AnalogyReport } from '../shared/contract';
import { StudioError } from '../shared/errors';
import type { AnalysisContext } from '../core/analysis/analysis-context';
import { evaluateAnalogies } from '../core/analogy/analogy-evaluation';
import { parseQuestionFile } from '../core/analogy/question-file';
import { solveAnalogy } from '../core/analogy/solve-analogy';
import { EmbedderRegistry } from '../core/embedders/embedder-registry';
import { WordVectorsEmbedder } from '../core/embedders/word-vectors/word-vectors-embedder';
import { uninterruptible } from '../core/jobs/cooperation';
import type { AnalogyOptions } from './analogy-options';
import { checkReadable, loadWordVectors } from './load-word-vectors';

const percent = (share: number): string => `${(100 * share).toFixed(2)}%`;

/** The report as an aligned table: one row per section, then the overall row. */
export function formatAnalogyReport(report: AnalogyReport, title: string): string {
  const rows: { name: string; counts: Omit<AnalogyReport['sections'][number], 'name'> }[] = [
    ...report.sections.map((section) => ({ name: section.name, counts: section })),
    { name: 'overall', counts: report },
  ];
  const width = Math.max(7, ...rows.map(({ name }) => name.length));
  const line = (cells: readonly string[]): string =>
    `${(cells[0] ?? '').padEnd(width)}  ${cells
      .slice(1)
      .map((cell) => cell.padStart(8))
      .join('  ')}\n`;
  let text = `${title}\n${line(['section', 'total', 'covered', 'correct', 'accuracy'])}`;
  for (const { name, counts } of rows) {
    text += line([
      name,
      String(counts.total),
      String(counts.covered),
      String(counts.correct),
      percent(counts.accuracy),
    ]);
  }
  if (report.malformedLines > 0) text += `${report.malformedLines} malformed lines were skipped.\n`;
  return text;
}

/**
 * Runs `embedding-studio analogy`: loads the vectors, then either evaluates a question file (a table, or the
 * report as JSON) or solves one expression (`word<TAB>cosine` lines, or the solution as JSON).
 */
export async function runAnalogyCommand(
  options: AnalogyOptions,
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
): Promise<void> {
  if (options.task === 'evaluate') await checkReadable('--questions', options.questions);
  const { vectors, fileName: vectorsName } = await loadWordVectors(options, stderr);
  if (options.task === 'evaluate') {
    const questionsName = basename(options.questions);
    const file = parseQuestionFile(await readFile(options.questions), questionsName);
    const report = await evaluateAnalogies(vectors, file, uninterruptible(), () => undefined);
    const title =
      `${questionsName} on ${vectorsName} (${vectors.rows} words, ${vectors.dimension}-d): ` +
      `${report.covered} of ${report.total} questions covered, ${report.correct} correct, accuracy ${percent(report.accuracy)}`;
    stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatAnalogyReport(report, title));
    return;
  }
  const embedder = new WordVectorsEmbedder(vectorsName, vectors);
  const context: AnalysisContext = {
    embedders: new EmbedderRegistry([embedder]),
    maps: {
      vectors: (mapId) => {
        throw new StudioError('unknown-map', `There is no map "${mapId}" in the CLI.`, { mapId });
      },
      result: (mapId) => {
        throw new StudioError('unknown-map', `There is no map "${mapId}" in the CLI.`, { mapId });
      },
    },
  };
  const solved = await solveAnalogy(context, {
    embedderId: embedder.info.id,
    expression: options.expression,
    k: options.k,
    excludeInputs: !options.keepInputs,
    expected: null,
    mapId: null,
  });
  if (options.json) {
    stdout.write(`${JSON.stringify(solved, null, 2)}\n`);
    return;
  }
  stdout.write(solved.answers.map((answer) => `${answer.text}\t${answer.score.toFixed(4)}\n`).join(''));
}
