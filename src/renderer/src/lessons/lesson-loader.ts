import type { z } from 'zod';
import { lessonSchema, type Lesson } from './lesson-schema';

/** A lesson file that could not be used, and why, in one sentence naming the file and the field. */
export interface LessonFileProblem {
  readonly file: string;
  readonly message: string;
}

/** The lessons that loaded, in their `order`, and the files that did not. */
export interface LessonCatalogue {
  readonly lessons: readonly Lesson[];
  readonly problems: readonly LessonFileProblem[];
}

/** `steps.2.text.ru`, or `(top level)` for an issue about the whole file. */
function pathOf(issue: z.core.$ZodIssue): string {
  return issue.path.length === 0 ? '(top level)' : issue.path.map(String).join('.');
}

/**
 * Reads one lesson file's text: the lesson, or the problem with it (bad JSON, a field that does not match
 * the schema, a data file that is not bundled). `dataFiles` are the names in resources/lessons/data.
 */
export function parseLessonFile(
  file: string,
  text: string,
  dataFiles: ReadonlySet<string>,
): { lesson: Lesson } | { problem: LessonFileProblem } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return { problem: { file, message: `${file} is not valid JSON: ${detail}` } };
  }
  const parsed = lessonSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined ? '(top level)' : pathOf(issue);
    return { problem: { file, message: `${file}, field ${where}: ${issue?.message ?? 'invalid lesson'}` } };
  }
  const lesson = parsed.data;
  for (const [index, step] of lesson.steps.entries()) {
    if ('file' in step.data && !dataFiles.has(step.data.file)) {
      const message = `${file}, field steps.${index}.data.file: there is no data file "${step.data.file}" in resources/lessons/data.`;
      return { problem: { file, message } };
    }
  }
  return { lesson };
}

/**
 * All lesson files, keyed by file name: the valid lessons sorted by `order` (then id), and a problem for
 * each broken file or repeated id. One broken file never hides the others.
 */
export function loadLessons(
  files: Readonly<Record<string, string>>,
  dataFiles: ReadonlySet<string>,
): LessonCatalogue {
  const lessons: Lesson[] = [];
  const problems: LessonFileProblem[] = [];
  for (const [file, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const outcome = parseLessonFile(file, text, dataFiles);
    if ('problem' in outcome) problems.push(outcome.problem);
    else if (lessons.some((lesson) => lesson.id === outcome.lesson.id)) {
      problems.push({
        file,
        message: `${file}: another lesson file already has the id "${outcome.lesson.id}".`,
      });
    } else lessons.push(outcome.lesson);
  }
  lessons.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return { lessons, problems };
}
