import { toolsEn } from './features/tools';
import { faultsEn } from './features/faults';
import { analogyEn } from './features/analogy';
import { clustersEn } from './features/clusters';
import { axesEn } from './features/axes';
import { compareEn } from './features/compare';
import { lessonsEn } from './features/lessons';
import { dataEn } from './features/data';
import { projectEn } from './features/project';
import { dataExportEn } from './features/data-export';
import { duplicatesEn } from './features/duplicates';
import { bookmarksEn } from './features/bookmarks';
import { recentFilesEn } from './features/recent-files';
import { importEn } from './features/import';
import { vectorsLoadEn } from './features/vectors-load';
import { plotEn } from './features/plot';
import { modelsEn } from './features/models';
import { reductionEn } from './features/reduction';
import { trainingEn } from './features/training';
import { contextualEn } from './features/contextual';
import { qualityEn } from './features/quality';

/**
 * English UI text, the reference catalogue: its keys define `MessageKey`, and its `{name}` placeholders
 * define the parameters each message takes. Error messages are keyed `error.<code>`; a code left out here
 * falls back to the English `message` from the core (e.g. `internal`, whose details are the point).
 */
export const en = {
  'app.title': 'Embedding Studio',
  'app.tagline': 'Embed texts, reduce them with PCA or UMAP, explore the map.',
  'language.switch': 'Language: English. Switch to Russian',
  'workflow.heading': 'Data and mapping',
  'source.sample': 'Sample dataset',
  'source.samplePlaceholder': 'Choose a sample…',
  'source.openFile': 'Open a file… (.txt, .csv, .tsv, .json, .jsonl, .npy)',
  'source.opening': 'Opening…',
  'preview.heading': 'Preview',
  'preview.caption': 'First rows of {name}',
  'preview.rows': 'Rows: {count}',
  'columns.text': 'Text column',
  'columns.label': 'Label column',
  'columns.noLabel': 'None',
  'settings.embedder': 'Embedder',
  'settings.needsDownload': '{name} (downloads a model)',
  'settings.method': 'Reduction method',
  'settings.methodPca': 'PCA',
  'settings.methodUmap': 'UMAP',
  'settings.umapHeading': 'UMAP settings',
  'settings.umapNeighbors': 'Neighbours',
  'settings.umapMinDist': 'Minimum distance',
  'settings.umapMetric': 'Distance',
  'settings.metricCosine': 'Cosine',
  'settings.metricEuclidean': 'Euclidean',
  'vectors.load': 'Load word vectors… (GloVe, .vec, .bin)',
  'vectors.loading': 'Loading word vectors…',
  'settings.dims': 'Dimensions',
  'settings.dims2': '2D',
  'job.run': 'Map it',
  'job.cancel': 'Cancel',
  'job.progressLabel': 'Mapping progress',
  'job.starting': 'Starting…',
  'job.stage.prepare': 'Preparing…',
  'job.stage.embed': 'Embedding…',
  'job.stage.reduce': 'Reducing dimensions…',
  'job.stage.cluster': 'Clustering…',
  'job.stage.evaluate': 'Answering the questions…',
  'job.stage.measure': 'Measuring neighbourhoods…',
  'job.count': '{done} of {total}',
  'result.summary': '{count} points, {dims}D. PCA explains {variance}% of the variance.',
  'result.summaryNoVariance': '{count} points, {dims}D.',
  'result.unembedded': '{count} not in the vocabulary, left off the map: {words}',
  'plot.heading': 'Map',
  'plot.empty': 'No map yet. Choose data and press “Map it”.',
  'plot.loading': 'Making the first map…',
  'plot.canvasLabel':
    'Scatter plot. Drag or use the arrow keys to pan (in 3D: to rotate; Shift or the right button pans), the wheel or + and − to zoom, 0 to fit the data. Click a point to select it; Escape clears the selection.',
  'plot.reset': 'Reset view',
  'plot.exportScale': 'Export scale',
  'plot.scaleOption': '{scale}×',
  'plot.exportDesktop': 'Save PNG…',
  'plot.exportWeb': 'Download PNG',
  'plot.exporting': 'Exporting…',
  'plot.saved': 'Saved: {location}',
  'legend.heading': 'Legend',
  'legend.none': 'No label',
  'legend.other': 'Other labels',
  'legend.all': 'All items',
  'tooltip.label': 'Label: {label}',
  'theme.toDark': 'Theme: light. Switch to dark',
  'theme.toLight': 'Theme: dark. Switch to light',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'settings.dims3': '3D',
  'plot.modeGroup': 'What dragging does',
  'plot.modeMove': 'Move',
  'plot.modeBox': 'Box select',
  'plot.modeLasso': 'Lasso select',
  'plot.projection': 'Projection',
  'plot.perspective': 'Perspective',
  'plot.orthographic': 'Orthographic',
  'plot.axes': 'Axes and grid',
  'plot.depthCues': 'Depth cues',
  'plot.autoRotate': 'Auto-rotate',
  'legend.hide': 'Hide {name}',
  'legend.show': 'Show {name}',
  'legend.only': 'only',
  'legend.onlyLabel': 'Show only {name}',
  'legend.showAll': 'Show all',
  'legend.hint': 'Click a category to hide or show it; Alt- or Shift-click shows only that one.',
  'selection.heading': 'Selection',
  'selection.count': '{count} selected',
  'selection.empty':
    'Nothing selected. Click a point, or drag a box or lasso; Shift adds, Ctrl removes, Escape clears.',
  'selection.clear': 'Clear selection',
  'selection.byLabel': 'By label',
  'selection.texts': 'Selected items',
  'selection.more': '…and {count} more',
  'search.label': 'Search texts and labels',
  'search.placeholder': 'Search…',
  'search.regex': 'Regular expression',
  'search.count': '{count} matches',
  'search.invalid': 'Invalid regular expression: {message}',
  'search.zoom': 'Zoom to matches',
  'search.select': 'Select matches',
  'search.current': '{position} of {count}: {text}',
  'error.heading': 'Something went wrong',
  'error.details': 'Details: {message}',
  'error.dismiss': 'Dismiss',
  'error.invalid-arguments': 'The request was not valid.',
  'error.unknown-call': 'The app asked the core for something it does not offer.',
  'error.unknown-dataset': 'That dataset is no longer open. Please open it again.',
  'error.unknown-sample': 'That sample dataset was not found.',
  'error.unknown-embedder': 'That embedder is not available.',
  'error.unknown-column': 'The column “{column}” is not in the data.',
  'error.unknown-job': 'That job is no longer running.',
  'error.unknown-map': 'That map is no longer kept in memory; map the data again to explore its neighbours.',
  'error.empty-file': 'The file {file} is empty.',
  'error.unsupported-format':
    'The file {file} is not in a supported format (.txt, .csv, .tsv, .json, .jsonl, .npy).',
  'error.decode-failed': 'The file {file} could not be read as text.',
  'error.malformed-table': 'The file {file} has a problem on line {line}.',
  'error.too-few-items': 'There are too few texts to make a map.',
  'error.invalid-vectors': 'Some vectors are not finite numbers (NaN or infinity): rows {rows}.',
  'error.malformed-vectors': 'The vector file {file} has a problem on line {line}.',
  'error.invalid-model': 'The model folder {folder} is incomplete: {missing} is missing.',
  'error.cancelled': 'The job was cancelled.',
  'error.worker-crashed':
    'The computation stopped unexpectedly and was restarted; the open data was lost with it. Open the data again, then run the job.',
  'error.unauthorized': 'This window is not allowed to talk to the core.',
  'error.no-client': 'The app could not connect to its compute core.',
  'error.webgl-unavailable': 'The map cannot be drawn: WebGL is not available in this window.',
  'error.file-read-failed': 'The file {file} could not be read.',
  'error.export-failed': 'The image could not be exported.',
  // Feature catalogues (i18n/features/): one spread per feature.
  ...reductionEn,
  ...modelsEn,
  ...trainingEn,
  ...contextualEn,
  ...qualityEn,
  ...plotEn,
  ...dataEn,
  ...projectEn,
  ...toolsEn,
  ...faultsEn,
  ...analogyEn,
  ...dataExportEn,
  ...duplicatesEn,
  ...bookmarksEn,
  ...recentFilesEn,
  ...importEn,
  ...vectorsLoadEn,
  ...clustersEn,
  ...axesEn,
  ...compareEn,
  ...lessonsEn,
} as const;

/** Every message key; the Russian catalogue must have exactly these. */
export type MessageKey = keyof typeof en;

/** A complete catalogue: one string per key, no more, no less. */
export type Catalogue = { readonly [Key in MessageKey]: string };
