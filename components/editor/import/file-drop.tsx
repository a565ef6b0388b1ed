'use client';
/**
 * A topology file dragged from the desktop onto the canvas opens it. Elsewhere in the window a
 * dropped file is refused quietly, so that the browser does not leave the editor to show the file.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { EditorStore } from '../store/operations';
import { openFile } from './open-document';
import './file-drop.css';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
const overCanvas = (event: DragEvent) => event.target instanceof Element && event.target.closest('.vc-canvas') !== null;

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
      const file = event.dataTransfer?.files[0];
      if (!file || !overCanvas(event) || store.getState().chrome.dialog) return;
      void openFile(store, file);
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
      <span>Drop the topology file (.json) to open it</span>
    </div>,
    canvas,
  );
}
