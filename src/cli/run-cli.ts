import { createNodeCore } from '../node/create-node-core';
import { runAnalogyCommand } from './analogy-command';
import { ANALOGY_HELP, parseAnalogyOptions } from './analogy-options';
import { ModelStore } from '../node/models/model-store';
import { runMapCommand } from './map-command';
import { MAP_HELP, parseMapOptions } from './map-options';
import { UsageError } from './usage-error';
import { runModelsCommand } from './models-command';
import { parseModelsOptions } from './models-options';
import { runNeighborsCommand } from './neighbors-command';
import { runPlotCommand } from './plot-command';
import { parsePlotOptions, PLOT_HELP } from './plot-options';
import { runProjectCommand } from './project-command';
import { parseProjectOptions, PROJECT_HELP } from './project-options';
import { NEIGHBORS_HELP, parseNeighborsOptions } from './neighbors-options';
import { runTrainCommand } from './train-command';
import { parseTrainOptions, TRAIN_HELP } from './train-options';

const HELP = `Usage: embedding-studio <command> [options]

Commands:
  map         embed and reduce a TXT/CSV/TSV/JSON/JSONL/.npy file; write id,text,label,x,y[,z] as CSV
  plot        draw a project's map or a file's map as SVG, PNG or PDF, without the app
  train       train word vectors (word2vec skip-gram/CBOW, PPMI + SVD) on a text file; write .vec
  neighbors   print the nearest words to a word in a word-vector file (GloVe, .vec, .bin)
  analogy     evaluate word vectors on an analogy file, or solve "king - man + woman"
  models      list, download, import (add) and remove local transformer models
  embedders   list the available embedders
  samples     list the bundled sample data sets

Run "embedding-studio <command> --help" for a command's options.
`;

/** Runs one CLI invocation and returns the process exit code (0 ok, 1 failed, 2 bad command line). */
export async function runCli(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
        process.stdout.write(HELP);
        return command === undefined ? 2 : 0;
      case 'map': {
        const options = parseMapOptions(rest);
        if (options === 'help') {
          process.stdout.write(MAP_HELP);
          return 0;
        }
        await runMapCommand(createNodeCore(), options, process.stderr);
        return 0;
      }
      case 'plot': {
        const options = parsePlotOptions(rest);
        if (options === 'help') {
          process.stdout.write(PLOT_HELP);
          return 0;
        }
        await runPlotCommand(createNodeCore(), options, process.stderr);
        return 0;
      }
      case 'neighbors': {
        const options = parseNeighborsOptions(rest);
        if (options === 'help') {
          process.stdout.write(NEIGHBORS_HELP);
          return 0;
        }
        await runNeighborsCommand(options, process.stdout, process.stderr);
        return 0;
      }
      case 'analogy': {
        const options = parseAnalogyOptions(rest);
        if (options === 'help') {
          process.stdout.write(ANALOGY_HELP);
          return 0;
        }
        await runAnalogyCommand(options, process.stdout, process.stderr);
        return 0;
      }
      case 'train': {
        const options = parseTrainOptions(rest);
        if (options === 'help') {
          process.stdout.write(TRAIN_HELP);
          return 0;
        }
        await runTrainCommand(options, process.stderr);
        return 0;
      }
      case 'project': {
        const options = parseProjectOptions(rest);
        if (options === 'help') {
          process.stdout.write(PROJECT_HELP);
          return 0;
        }
        await runProjectCommand(options, process.stdout);
        return 0;
      }
      case 'models':
        return await runModelsCommand(parseModelsOptions(rest), ModelStore.inDataDir(), process.stdout);
      case 'embedders':
        for (const info of await createNodeCore().listEmbedders({})) {
          process.stdout.write(
            `${info.id}\t${info.dimension}-d\t${info.languages.join(',')}\t${info.name.en}\n`,
          );
        }
        return 0;
      case 'samples':
        for (const sample of await createNodeCore().listSamples({})) {
          process.stdout.write(`${sample.id}\t${sample.fileName}\t${sample.title.en}\n`);
        }
        return 0;
      default:
        throw new UsageError(`Unknown command "${command}"; run "embedding-studio --help".`);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`embedding-studio: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}
