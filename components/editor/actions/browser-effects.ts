/** What actions do outside the editor's state, in the browser: the effects `ACTIONS` ask for. */
import type { ReactFlowInstance, ReactFlowState } from '@xyflow/react';
import { fitWholeDocument } from '../canvas/fit-document';
import { autoLayout } from '../layout/auto-layout';
import { copyShareLink } from '../share/copy-share-link';
import type { EditorStore } from '../store/operations';
import type { ActionEffects } from './actions';
import { saveToFile } from './file-io';

/** The browser's effects for the editor around `store`; `openFile` and `chooseCompareFile` open the shell's file pickers. */
export function browserEffects(
  store: EditorStore,
  flow: ReactFlowInstance,
  flowState: () => Pick<ReactFlowState, 'width' | 'height' | 'minZoom' | 'maxZoom'>,
  openFile: () => void,
  chooseCompareFile: () => void = () => {},
): ActionEffects {
  return {
    openFile,
    chooseCompareFile,
    saveFile: saveToFile,
    copyShareLink: () => void copyShareLink(store),
    autoLayout: (scope) => void autoLayout(store, scope),
    fitView: () => void fitWholeDocument(flow, flowState(), store.getState().document.present),
    zoomIn: () => void flow.zoomIn({ duration: 150 }),
    zoomOut: () => void flow.zoomOut({ duration: 150 }),
    leaveField: () => {
      const active = document.activeElement;
      if (!(active instanceof HTMLElement) || !active.matches('input, textarea, select')) return false;
      active.blur();
      return true;
    },
  };
}
