import type { FeatureCatalogue } from './feature-catalogue';

/** Named bookmarks of views within a project (the map tab). */
export const bookmarksEn = {
  'bookmarks.heading': 'Bookmarks',
  'bookmarks.name': 'Bookmark name',
  'bookmarks.namePlaceholder': 'e.g. Animals vs technology',
  'bookmarks.add': 'Add bookmark',
  'bookmarks.defaultName': 'View {n}',
  'bookmarks.empty':
    'No bookmarks yet: a bookmark keeps the camera, colouring, selection and hidden entries.',
  'bookmarks.open': 'Go to bookmark “{name}”',
  'bookmarks.rename': 'Rename',
  'bookmarks.renameLabel': 'New name for “{name}”',
  'bookmarks.save': 'Save',
  'bookmarks.cancel': 'Cancel',
  'bookmarks.delete': 'Delete',
  'bookmarks.deleteLabel': 'Delete bookmark “{name}”',
  'bookmarks.saved': 'Bookmarks are saved with the project.',
} as const;

export const bookmarksRu: FeatureCatalogue<typeof bookmarksEn> = {
  'bookmarks.heading': 'Закладки',
  'bookmarks.name': 'Название закладки',
  'bookmarks.namePlaceholder': 'например, Животные и техника',
  'bookmarks.add': 'Добавить закладку',
  'bookmarks.defaultName': 'Вид {n}',
  'bookmarks.empty': 'Закладок пока нет: закладка запоминает камеру, раскраску, выделение и скрытые группы.',
  'bookmarks.open': 'Перейти к закладке «{name}»',
  'bookmarks.rename': 'Переименовать',
  'bookmarks.renameLabel': 'Новое название для «{name}»',
  'bookmarks.save': 'Сохранить',
  'bookmarks.cancel': 'Отмена',
  'bookmarks.delete': 'Удалить',
  'bookmarks.deleteLabel': 'Удалить закладку «{name}»',
  'bookmarks.saved': 'Закладки сохраняются вместе с проектом.',
};
