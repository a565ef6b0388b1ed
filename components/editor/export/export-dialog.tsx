'use client';
/** The export's choices, the size the file will have, and the export itself. */
import { useMemo, useState } from 'react';
import { downloadBlob, fileSlug } from '../../diagram/download';
import { Modal } from '../dialogs/modal';
import { useDocument, useEditorStore } from '../store/editor-context';
import { notify } from '../store/operations';
import { exportDiagram, previewExport } from './export-diagram';
import { type ExportOptions } from './export-options';
import { EXPORT_SCALES } from './image-geometry';
import { lastExportOptions, rememberExportOptions } from './remembered-options';
import './export-dialog.css';
import { groupDigits } from '../../../model/text/group-digits';

const px = (n: number) => groupDigits(n);

const BUTTON_LABELS: Record<ExportOptions['format'], string> = { png: 'Export PNG', svg: 'Export SVG', drawio: 'Export draw.io' };

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
  const [options, setOptions] = useState<ExportOptions>(lastExportOptions);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const png = options.format === 'png';
  const picture = options.format !== 'drawio';
  const preview = useMemo(() => previewExport(doc, options), [doc, options]);
  const set = (patch: Partial<ExportOptions>) => {
    const next = { ...options, ...patch };
    setOptions(next);
    rememberExportOptions(next);
  };

  const run = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const file = await exportDiagram(doc, options);
      const filename = `${fileSlug(doc.name)}.${file.extension}`;
      downloadBlob(file.blob, filename);
      onClose();
      let size = `${px(doc.nodes.length)} shapes, ${px(doc.connections.length)} lines`;
      if (file.preview) size = png ? `${px(file.preview.raster.pixelWidth)} × ${px(file.preview.raster.pixelHeight)} px` : `${px(file.preview.width)} × ${px(file.preview.height)}`;
      notify(store, `Exported ${filename} (${size}).`, 'success');
    } catch (error) {
      setProblem(`The file could not be made: ${error instanceof Error ? error.message : String(error)}.`);
    } finally {
      setBusy(false);
    }
  };

  let sizeText = 'The diagram is empty: there is nothing to export.';
  if (preview) {
    if (png) sizeText = `${px(preview.raster.pixelWidth)} × ${px(preview.raster.pixelHeight)} pixels`;
    else if (picture) sizeText = `${px(preview.width)} × ${px(preview.height)}, drawn as vectors: sharp at any size`;
    else sizeText = `${px(doc.nodes.length)} shapes and ${px(doc.connections.length)} lines, with draw.io's AWS shapes; containers are groups`;
  }
  const reduced = preview && png && preview.raster.scale < preview.raster.requestedScale;

  return (
    <Modal
      title="Export"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="vc-button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="vc-button vc-button-primary" onClick={() => void run()} disabled={!preview || busy} data-autofocus>
            {busy ? 'Exporting…' : BUTTON_LABELS[options.format]}
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
            { value: 'drawio', label: 'draw.io' },
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
          disabled={!picture}
          options={[
            { value: 'white', label: 'White' },
            { value: 'transparent', label: 'Transparent' },
          ]}
          onChange={(background) => set({ background })}
        />
        <fieldset className="vc-export-extras" disabled={!picture}>
          <legend>Include</legend>
          <label className="vc-check-field">
            <input type="checkbox" checked={options.title} onChange={(e) => set({ title: e.currentTarget.checked })} />
            Title block (name, date, finding counts)
          </label>
          <label className="vc-check-field">
            <input type="checkbox" checked={options.legend} onChange={(e) => set({ legend: e.currentTarget.checked })} />
            Legend of the line styles used
          </label>
          <label className="vc-check-field">
            <input type="checkbox" checked={options.badges} onChange={(e) => set({ badges: e.currentTarget.checked })} />
            Finding badges (counts of errors, warnings and notes)
          </label>
        </fieldset>
        <p className="vc-export-size" data-testid="export-size">
          {sizeText}
        </p>
        {reduced && (
          <p className="vc-export-warning">
            At {preview.raster.requestedScale}× the picture would be larger than browsers can draw ({px(Math.round(preview.width * preview.raster.requestedScale))} ×{' '}
            {px(Math.round(preview.height * preview.raster.requestedScale))} px), so it is exported at {preview.raster.scale}×.
          </p>
        )}
        <p className="vc-muted vc-dialog-note">
          {picture ? 'The whole diagram is exported in the light palette, whatever part of it is on screen.' : 'Opens in draw.io (diagrams.net) with its AWS 2021+ shape library.'}
        </p>
        {problem && (
          <p className="vc-export-problem" role="alert">
            {problem}
          </p>
        )}
      </div>
    </Modal>
  );
}
