import type { ReactNode } from 'react';
import {
  reductionMethodSchema,
  type EmbedderInfo,
  type LayoutDims,
  type ReductionMethod,
  type TsneParams,
  type UmapParams,
} from '../../../shared/contract';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages-en';
import { localized } from '../i18n/localized';
import { embedsWordsInContext, type ContextualWord } from '../state/contextual-word';
import { ContextualWordField } from './ContextualWordField';
import { FilePickerButton } from './FilePickerButton';
import { SelectField } from './SelectField';
import { TsneSettings } from './TsneSettings';
import { UmapSettings } from './UmapSettings';
import { VectorsLoadProgress } from './VectorsLoadProgress';

/** The catalogue key naming each reduction method. */
const METHOD_LABELS = {
  pca: 'settings.methodPca',
  umap: 'settings.methodUmap',
  tsne: 'settings.methodTsne',
} as const satisfies Record<ReductionMethod, MessageKey>;

/** Word-vector formats the core reads (GloVe and fastText text, word2vec text and binary). */
const VECTOR_FILE_TYPES = '.txt,.vec,.bin';

/** Props of {@link MapSettings}. */
export interface MapSettingsProps {
  readonly embedders: readonly EmbedderInfo[];
  readonly embedderId: string;
  readonly onEmbedder: (embedderId: string) => void;
  readonly loadingVectors: boolean;
  readonly onVectorsFile: (file: File) => void;
  readonly method: ReductionMethod;
  readonly onMethod: (method: ReductionMethod) => void;
  readonly umap: UmapParams;
  readonly onUmap: (params: Partial<UmapParams>) => void;
  readonly tsne: TsneParams;
  readonly onTsne: (params: Partial<TsneParams>) => void;
  readonly dims: LayoutDims;
  readonly onDims: (dims: LayoutDims) => void;
  /** "Embed one word in context", offered when the embedder is a transformer model. */
  readonly contextual: ContextualWord;
  readonly onContextual: (change: Partial<ContextualWord>) => void;
}

/** How to map: the embedder (or a word-vector file), the reduction method and its parameters. */
export function MapSettings(props: MapSettingsProps): ReactNode {
  const { language, t } = useI18n();
  const embedders = props.embedders.map((embedder) => {
    const name = localized(embedder.name, language);
    return {
      value: embedder.id,
      label: embedder.needsDownload ? t('settings.needsDownload', { name }) : name,
    };
  });
  const description = props.embedders.find((embedder) => embedder.id === props.embedderId)?.description;
  return (
    <>
      <SelectField
        label={t('settings.embedder')}
        value={props.embedderId}
        options={embedders}
        onChange={props.onEmbedder}
        testId="embedder-select"
        disabled={embedders.length === 0}
      />
      {description !== undefined && <p className="muted small">{localized(description, language)}</p>}
      {embedsWordsInContext(props.embedderId) && (
        <ContextualWordField value={props.contextual} onChange={props.onContextual} />
      )}
      <FilePickerButton
        label={t('vectors.load')}
        accept={VECTOR_FILE_TYPES}
        testId="vectors-input"
        onFile={props.onVectorsFile}
      />
      <VectorsLoadProgress loading={props.loadingVectors} />
      <div className="field-row">
        <SelectField
          label={t('settings.method')}
          value={props.method}
          options={reductionMethodSchema.options.map((method) => ({
            value: method,
            label: t(METHOD_LABELS[method]),
          }))}
          onChange={(value) => {
            const parsed = reductionMethodSchema.safeParse(value);
            if (parsed.success) props.onMethod(parsed.data);
          }}
          testId="method-select"
        />
        <SelectField
          label={t('settings.dims')}
          value={String(props.dims)}
          options={[
            { value: '2', label: t('settings.dims2') },
            { value: '3', label: t('settings.dims3') },
          ]}
          onChange={(value) => {
            props.onDims(value === '3' ? 3 : 2);
          }}
          testId="dims-select"
        />
      </div>
      {props.method === 'umap' && <UmapSettings params={props.umap} onChange={props.onUmap} />}
      {props.method === 'tsne' && <TsneSettings params={props.tsne} onChange={props.onTsne} />}
    </>
  );
}
