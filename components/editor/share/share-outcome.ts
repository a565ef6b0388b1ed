/** What "Copy link" produced: the links to the editor and to the review page, or why there is none. */
export type ShareOutcome =
  | {
      ok: true;
      /** Opens the diagram in the editor (which offers to copy it into the reader's own work). */
      editorUrl: string;
      /** Opens the read-only review page. */
      reviewUrl: string;
      /** False when the browser refused the clipboard: the dialog then shows the link to copy by hand. */
      copied: boolean;
    }
  | { ok: false; reason: string };
