import { loadLessons, type LessonCatalogue } from './lesson-loader';

/**
 * The bundled lessons, read at build time: Vite inlines every `resources/lessons/*.json` and every data file
 * of `resources/lessons/data/` into the renderer as text, so lessons work offline in the desktop app and the
 * browser build alike, with no new core call. Adding a lesson is adding a JSON file.
 */
const LESSON_TEXTS = import.meta.glob<string>('../../../../resources/lessons/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const DATA_TEXTS = import.meta.glob<string>('../../../../resources/lessons/data/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** `../../x/y/name.json` → `name.json`. */
function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function byBaseName(texts: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(texts).map(([path, text]) => [baseName(path), text]));
}

/** The lessons' data files (word lists, sentences) by file name, as text. */
export const LESSON_DATA_FILES: Readonly<Record<string, string>> = byBaseName(DATA_TEXTS);

/** Every bundled lesson that validates, and the files that do not. */
export const BUNDLED_LESSONS: LessonCatalogue = loadLessons(
  byBaseName(LESSON_TEXTS),
  new Set(Object.keys(LESSON_DATA_FILES)),
);
