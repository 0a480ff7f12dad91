import { useRef, type ReactNode } from 'react';
import type { PickedFile } from '../../store/imports';
import { useNotices } from '../../store/notices';
import { desktopFiles, readPickedFile, type FileKind } from './files';

/**
 * A button that picks one text file: the desktop app's open dialog when there is one, else the browser's file
 * input (a real, labelled input, so it is reachable by keyboard and by tests).
 */
export function FileButton({
  kind,
  onPick,
  children,
  primary = false,
  disabled = false,
}: {
  kind: FileKind;
  onPick: (file: PickedFile) => void;
  children: ReactNode;
  primary?: boolean;
  disabled?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  const files = desktopFiles();
  const className = `button ${primary ? 'button--primary' : ''} file-button`;
  if (files) {
    return (
      <button
        type="button"
        className={className}
        disabled={disabled}
        onClick={async () => {
          try {
            const picked = await files.openTextFile({ title: `Choose a ${kind.title}`, extensions: [...kind.extensions] });
            if (picked) onPick(picked);
          } catch (error) {
            useNotices.getState().report(`Opening the ${kind.title}`, error);
          }
        }}
      >
        {children}
      </button>
    );
  }
  return (
    <label className={className} aria-disabled={disabled || undefined}>
      {children}
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        disabled={disabled}
        accept={kind.extensions.map((e) => `.${e}`).join(',')}
        onChange={async (event) => {
          const file = event.target.files?.[0];
          try {
            if (file) onPick(await readPickedFile(file));
          } catch (error) {
            useNotices.getState().report(`Reading ${file?.name ?? 'the file'}`, error);
          }
          // The same file can be picked again after it changed on disk.
          if (input.current) input.current.value = '';
        }}
      />
    </label>
  );
}
