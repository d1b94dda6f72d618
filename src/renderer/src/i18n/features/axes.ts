import type { FeatureCatalogue } from './feature-catalogue';

/** The axes tool's UI text. */
export const axesEn = {
  'axes.heading': 'Concept axes',
  'axes.needMap': 'Make a map first: its items are projected onto the axes.',
  'axes.intro':
    'An axis points from one set of words to another (man, he → woman, she). Every item is placed by how far it lies along each axis.',
  'axes.examples': 'Example axes',
  'axes.axisNumber': 'Axis {number}',
  'axes.name': 'Name',
  'axes.from': 'From (words, comma-separated)',
  'axes.to': 'To (words, comma-separated)',
  'axes.remove': 'Remove this axis',
  'axes.add': 'Add an axis',
  'axes.orthogonalize': 'Make the axes independent (orthogonalise in order)',
  'axes.project': 'Project',
  'axes.projecting': 'Projecting…',
  'axes.missing': '{axis}: no vector for {words} (left out)',
  'axes.cosines': 'Cosines between the axes (as defined)',
  'axes.oneAxisNote':
    'With one axis, the vertical position is the main remaining variation (first principal component), not a concept.',
} as const;

export const axesRu: FeatureCatalogue<typeof axesEn> = {
  'axes.heading': 'Смысловые оси',
  'axes.needMap': 'Сначала постройте карту: на оси проецируются её элементы.',
  'axes.intro':
    'Ось ведёт от одного набора слов к другому (мужчина, он → женщина, она). Каждый элемент ставится по тому, насколько далеко он продвинулся вдоль каждой оси.',
  'axes.examples': 'Готовые оси',
  'axes.axisNumber': 'Ось {number}',
  'axes.name': 'Название',
  'axes.from': 'От (слова через запятую)',
  'axes.to': 'К (слова через запятую)',
  'axes.remove': 'Убрать эту ось',
  'axes.add': 'Добавить ось',
  'axes.orthogonalize': 'Сделать оси независимыми (ортогонализовать по порядку)',
  'axes.project': 'Спроецировать',
  'axes.projecting': 'Проецирую…',
  'axes.missing': '{axis}: нет вектора для {words} (пропущены)',
  'axes.cosines': 'Косинусы между осями (как заданы)',
  'axes.oneAxisNote':
    'При одной оси положение по вертикали — главная оставшаяся изменчивость (первая главная компонента), а не смысл.',
};
