import { useId, type ReactNode } from 'react';

/** Props of {@link FilePickerButton}. */
export interface FilePickerButtonProps {
  readonly label: string;
  readonly accept: string;
  readonly testId: string;
  readonly onFile: (file: File) => void;
}

/**
 * A file chooser that looks like a button in the app's language. The native input is only visually hidden
 * (still focusable and labelled): its own button text would follow the browser's language, not the app's.
 */
export function FilePickerButton(props: FilePickerButtonProps): ReactNode {
  const id = useId();
  return (
    <div className="field">
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept={props.accept}
        data-testid={props.testId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) fires a new change.
          event.target.value = '';
          if (file !== undefined) props.onFile(file);
        }}
      />
      <label htmlFor={id} className="file-button">
        {props.label}
      </label>
    </div>
  );
}
