import { describe, expect, it } from 'vitest';
import { loadLessons, parseLessonFile } from '../../../src/renderer/src/lessons/lesson-loader';

const DATA = new Set(['words.csv']);

function lessonJson(overrides: Record<string, unknown> = {}, step: Record<string, unknown> = {}): string {
  return JSON.stringify({
    id: 'demo',
    order: 1,
    title: { en: 'Demo', ru: 'Демо' },
    summary: { en: 'A demo.', ru: 'Демо-урок.' },
    steps: [
      {
        title: { en: 'One', ru: 'Один' },
        text: { en: 'First sentence. Second one.', ru: 'Первое. Второе.' },
        data: { file: 'words.csv', textColumn: 'word', labelColumn: 'group' },
        embedder: 'word-vectors',
        method: 'pca',
        dims: 2,
        ...step,
      },
    ],
    ...overrides,
  });
}

describe('parseLessonFile', () => {
  it('accepts a valid lesson', () => {
    const outcome = parseLessonFile('demo.json', lessonJson(), DATA);
    expect('lesson' in outcome && outcome.lesson.steps[0]?.dims).toBe(2);
  });

  it('names the file and says why for bad JSON', () => {
    const outcome = parseLessonFile('broken.json', '{ "id": ', DATA);
    expect('problem' in outcome && outcome.problem.file).toBe('broken.json');
    expect(JSON.stringify(outcome)).toMatch(/"broken\.json is not valid JSON: /);
  });

  it('names the field that does not match the schema', () => {
    const missingRussian = lessonJson({}, { text: { en: 'Only English. Really.' } });
    expect(JSON.stringify(parseLessonFile('a.json', missingRussian, DATA))).toMatch(
      /"a\.json, field steps\.0\.text\.ru: /,
    );
    const badDims = lessonJson({}, { dims: 4 });
    expect(JSON.stringify(parseLessonFile('b.json', badDims, DATA))).toContain('field steps.0.dims');
    const typo = lessonJson({}, { labelColum: 'group' });
    expect(JSON.stringify(parseLessonFile('c.json', typo, DATA))).toContain('field steps.0');
    const folder = lessonJson({}, { data: { file: '../secret.csv', textColumn: 'a', labelColumn: 'b' } });
    expect(JSON.stringify(parseLessonFile('d.json', folder, DATA))).toContain('field steps.0.data');
  });

  it('refuses a data file that is not bundled', () => {
    const missing = lessonJson({}, { data: { file: 'nope.csv', textColumn: 'a', labelColumn: 'b' } });
    expect(parseLessonFile('e.json', missing, DATA)).toEqual({
      problem: {
        file: 'e.json',
        message:
          'e.json, field steps.0.data.file: there is no data file "nope.csv" in resources/lessons/data.',
      },
    });
  });
});

describe('loadLessons', () => {
  it('keeps the good lessons in order and reports broken files and repeated ids, without hiding the others', () => {
    const catalogue = loadLessons(
      {
        'b.json': lessonJson({ id: 'second', order: 2 }),
        'a.json': lessonJson({ id: 'first', order: 1 }),
        'c.json': 'not json',
        'd.json': lessonJson({ id: 'first', order: 3 }),
      },
      DATA,
    );
    expect(catalogue.lessons.map((lesson) => lesson.id)).toEqual(['first', 'second']);
    expect(catalogue.problems.map((problem) => problem.file)).toEqual(['c.json', 'd.json']);
    expect(catalogue.problems[1]?.message).toBe('d.json: another lesson file already has the id "first".');
  });
});
