/** The column a plain-text file's lines (or a JSON array of strings) go into. */
export const TEXT_FILE_COLUMN = 'text';
