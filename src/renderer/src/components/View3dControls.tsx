import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { Projection3d } from '../plot/orbit-camera';
import type { Options3d } from '../plot/plot-controller';
import { SelectField } from './SelectField';
import { ToggleButton } from './ToggleButton';

/** Props of {@link View3dControls}. */
export interface View3dControlsProps {
  readonly projection: Projection3d;
  readonly onProjection: (projection: Projection3d) => void;
  readonly options: Options3d;
  readonly onOptions: (options: Options3d) => void;
}

/** 3D view settings: projection, axes and grid, depth cues, auto-rotation. */
export function View3dControls(props: View3dControlsProps): ReactNode {
  const { t } = useI18n();
  const { options, onOptions } = props;
  return (
    <>
      <SelectField
        label={t('plot.projection')}
        value={props.projection}
        options={[
          { value: 'perspective', label: t('plot.perspective') },
          { value: 'orthographic', label: t('plot.orthographic') },
        ]}
        onChange={(value) => {
          props.onProjection(value === 'orthographic' ? 'orthographic' : 'perspective');
        }}
        testId="projection-select"
      />
      <ToggleButton
        label={t('plot.axes')}
        pressed={options.axes}
        onChange={(axes) => {
          onOptions({ ...options, axes });
        }}
        testId="axes-toggle"
      />
      <ToggleButton
        label={t('plot.depthCues')}
        pressed={options.depthCues}
        onChange={(depthCues) => {
          onOptions({ ...options, depthCues });
        }}
        testId="depth-cues-toggle"
      />
      <ToggleButton
        label={t('plot.autoRotate')}
        pressed={options.autoRotate}
        onChange={(autoRotate) => {
          onOptions({ ...options, autoRotate });
        }}
        testId="auto-rotate-toggle"
      />
    </>
  );
}
