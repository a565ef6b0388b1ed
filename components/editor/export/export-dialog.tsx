'use client';
/** The image export's choices, the size the picture will have, and the export itself. */
import { useMemo, useState } from 'react';
import { downloadBlob, fileSlug } from '../../diagram/download';
import { Modal } from '../dialogs/modal';
import { useDocument, useEditorStore } from '../store/editor-context';
import { notify } from '../store/operations';
import { exportDiagramImage, type ImageExportOptions } from './export-image';
import { EXPORT_SCALES, imageFrame } from './image-geometry';
import { lastImageOptions, rememberImageOptions } from './remembered-options';
import './export-dialog.css';

const px = (n: number) => n.toLocaleString('en-US');

interface ChoiceProps<T extends string | number> {
  legend: string;
  name: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  disabled?: boolean;
  onChange(value: T): void;
}

function Choice<T extends string | number>({ legend, name, value, options, disabled, onChange }: ChoiceProps<T>) {
  return (
    <fieldset className="vc-choice" disabled={disabled}>
      <legend>{legend}</legend>
      <div className="vc-segmented">
        {options.map((option) => (
          <label key={String(option.value)} className={option.value === value ? 'is-on' : ''}>
            <input type="radio" name={name} checked={option.value === value} onChange={() => onChange(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function ExportDialog({ onClose }: { onClose(): void }) {
  const store = useEditorStore();
  const doc = useDocument();
  const [options, setOptions] = useState<ImageExportOptions>(lastImageOptions);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const png = options.format === 'png';
  const frame = useMemo(() => imageFrame(doc, png ? options.scale : 1), [doc, png, options.scale]);
  const set = (patch: Partial<ImageExportOptions>) => {
    const next = { ...options, ...patch };
    setOptions(next);
    rememberImageOptions(next);
  };

  const run = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const image = await exportDiagramImage(doc, options, store.getState().interaction.routes);
      const filename = `${fileSlug(doc.name)}.${options.format}`;
      downloadBlob(image.blob, filename);
      onClose();
      const size = png ? `${px(image.frame.pixelWidth)} × ${px(image.frame.pixelHeight)} px` : `${px(image.frame.width)} × ${px(image.frame.height)}`;
      notify(store, `Exported ${filename} (${size}).`, 'success');
    } catch (error) {
      setProblem(`The picture could not be made: ${error instanceof Error ? error.message : String(error)}.`);
    } finally {
      setBusy(false);
    }
  };

  let sizeText = 'The diagram is empty: there is nothing to export.';
  if (frame) {
    sizeText = png ? `${px(frame.pixelWidth)} × ${px(frame.pixelHeight)} pixels` : `${px(frame.width)} × ${px(frame.height)}, drawn as vectors: sharp at any size`;
  }
  const reduced = frame && png && frame.scale < frame.requestedScale;

  return (
    <Modal
      title="Export image"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="vc-button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="vc-button vc-button-primary" onClick={() => void run()} disabled={!frame || busy} data-autofocus>
            {busy ? 'Exporting…' : `Export ${png ? 'PNG' : 'SVG'}`}
          </button>
        </>
      }
    >
      <div className="vc-export-form" aria-busy={busy}>
        <Choice
          legend="Format"
          name="vc-export-format"
          value={options.format}
          options={[
            { value: 'png', label: 'PNG' },
            { value: 'svg', label: 'SVG' },
          ]}
          onChange={(format) => set({ format })}
        />
        <Choice
          legend="Scale"
          name="vc-export-scale"
          value={options.scale}
          disabled={!png}
          options={EXPORT_SCALES.map((scale) => ({ value: scale, label: `${scale}×` }))}
          onChange={(scale) => set({ scale })}
        />
        <Choice
          legend="Background"
          name="vc-export-background"
          value={options.background}
          options={[
            { value: 'white', label: 'White' },
            { value: 'transparent', label: 'Transparent' },
          ]}
          onChange={(background) => set({ background })}
        />
        <label className="vc-check-field vc-export-badges">
          <input type="checkbox" checked={options.badges} onChange={(e) => set({ badges: e.currentTarget.checked })} />
          Show finding badges (counts of errors, warnings and notes)
        </label>
        <p className="vc-export-size" data-testid="export-size">
          {sizeText}
        </p>
        {reduced && (
          <p className="vc-export-warning">
            At {frame.requestedScale}× the picture would be larger than browsers can draw ({px(Math.round(frame.width * frame.requestedScale))} ×{' '}
            {px(Math.round(frame.height * frame.requestedScale))} px), so it is exported at {frame.scale}×.
          </p>
        )}
        <p className="vc-muted vc-dialog-note">The whole diagram is exported in the light palette, whatever part of it is on screen.</p>
        {problem && (
          <p className="vc-export-problem" role="alert">
            {problem}
          </p>
        )}
      </div>
    </Modal>
  );
}
