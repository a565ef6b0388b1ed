'use client';
/**
 * A topology file dragged from the desktop onto the canvas opens it; AWS describe files (or a folder
 * of them, `<account>/<region>/…`), a Terraform plan or state, or a CloudFormation template are
 * imported. Elsewhere in the window a dropped file is refused quietly, so that the browser does
 * not leave the editor to show the file.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { EditorStore } from '../store/operations';
import { openFiles } from './open-document';
import type { GivenFile } from './read-given-files';
import './file-drop.css';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
const overCanvas = (event: DragEvent) => event.target instanceof Element && event.target.closest('.vc-canvas') !== null;

/** Names the importers read in a dropped folder; anything else there (a README, a script) is skipped. */
const SOURCE_FILE = /\.(json|ya?ml|template)$/i;

/** Every source file under dropped entries, with its path (the folders name the account and region). */
async function filesOfEntries(entries: readonly FileSystemEntry[]): Promise<GivenFile[]> {
  const out: GivenFile[] = [];
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    if (entry.isFile) {
      if (!SOURCE_FILE.test(entry.name)) return;
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      out.push({ file, path: entry.fullPath.replace(/^\//, '') });
      return;
    }
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    // readEntries gives a batch at a time (100 in Chromium) until an empty one.
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
      if (batch.length === 0) break;
      for (const inner of batch) if (!inner.name.startsWith('.')) await walk(inner);
    }
  };
  for (const entry of entries) await walk(entry);
  return out.sort((a, b) => (a.path! < b.path! ? -1 : a.path! > b.path! ? 1 : 0));
}

export function FileDrop({ store }: { store: EditorStore }) {
  const [over, setOver] = useState(false);
  useEffect(() => {
    let leaveTimer: ReturnType<typeof setTimeout> | undefined;
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      const accept = overCanvas(event) && !store.getState().chrome.dialog;
      if (event.dataTransfer) event.dataTransfer.dropEffect = accept ? 'copy' : 'none';
      setOver(accept);
      // dragleave fires for every child crossed; a drag that stops sending dragover has left.
      clearTimeout(leaveTimer);
      leaveTimer = setTimeout(() => setOver(false), 250);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      clearTimeout(leaveTimer);
      setOver(false);
      if (!event.dataTransfer || !overCanvas(event) || store.getState().chrome.dialog) return;
      // Entries must be taken while the event lasts; their contents are read afterwards.
      const entries = [...event.dataTransfer.items].map((item) => item.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
      const files = [...event.dataTransfer.files];
      void (entries.some((e) => e.isDirectory) ? filesOfEntries(entries) : Promise.resolve(files.map((file) => ({ file })))).then((given) => openFiles(store, given));
    };
    window.addEventListener('dragenter', onDragOver);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      clearTimeout(leaveTimer);
      window.removeEventListener('dragenter', onDragOver);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [store]);
  const canvas = typeof document === 'undefined' ? null : document.querySelector('.vc-canvas');
  if (!over || !canvas) return null;
  return createPortal(
    <div className="vc-drop-overlay" role="status">
      <span>Drop a topology file, or AWS, Terraform or CloudFormation files or a folder of them, to open them</span>
    </div>,
    canvas,
  );
}
