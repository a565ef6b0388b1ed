'use client';
/** The top bar: file, history, view, and the state of the document (findings, saving). */
import { summarize } from '../../../model';
import { actionByName, confirmReplace, runAction, selectedContainer, type ActionContext } from '../actions/actions';
import { formatShortcut } from '../actions/shortcuts';
import { useFindings } from '../findings/use-findings';
import { SAMPLES } from '../samples/samples';
import { useDocument, useEditor } from '../store/editor-context';
import { openAsEdit } from '../import/open-document';
import { Menu, ToolButton } from './menu';

const tip = (name: string) => {
  const action = actionByName(name);
  return action.shortcuts?.length ? `${action.label} (${action.shortcuts.map(formatShortcut).join(', ')})` : action.label;
};

/**
 * The counts of the document's findings; "Checking…" while a large document is validated in the
 * worker. Inside a polite live region, so that the counts a check ends with are announced.
 */
function FindingsChip({ ctx }: { ctx: ActionContext }) {
  const doc = useDocument();
  const { findings, pending } = useFindings(doc);
  const { errors, warnings, infos } = summarize(findings);
  const tone = pending ? 'pending' : errors ? 'error' : warnings ? 'warning' : 'ok';
  const text = pending
    ? 'Checking…'
    : errors + warnings + infos === 0
      ? 'No findings'
      : [errors && `${errors} error${errors === 1 ? '' : 's'}`, warnings && `${warnings} warning${warnings === 1 ? '' : 's'}`, infos && `${infos} note${infos === 1 ? '' : 's'}`].filter(Boolean).join(' · ');
  return (
    <span role="status" className="vc-chip-status">
      <button type="button" className={`vc-chip vc-chip-${tone}`} data-testid="findings-chip" aria-busy={pending} title={tip('toggle-findings')} onClick={() => runAction('toggle-findings', ctx)}>
        {text}
      </button>
    </span>
  );
}

function SaveStatus() {
  const status = useEditor((s) => s.chrome.saveStatus);
  const text = { loading: 'Loading…', saving: 'Saving…', saved: 'Saved in this browser', error: 'Not saved: browser storage failed', conflict: 'Not saved: changed in another tab', off: '' }[status];
  return text ? (
    <span className={`vc-save-status vc-save-${status}`} role="status" data-testid="save-status" title={text}>
      {text}
    </span>
  ) : null;
}

/** Auto-layout of everything at a click, and of the selection or one container's inside from its menu. */
function LayoutTools({ ctx }: { ctx: ActionContext }) {
  const busy = useEditor((s) => s.interaction.layoutBusy);
  const empty = useEditor((s) => s.document.present.nodes.length === 0);
  const hasSelection = useEditor((s) => s.interaction.selection.nodes.size > 0);
  const container = useEditor((s) => {
    const id = selectedContainer(s);
    return id === undefined ? undefined : (s.document.present.nodes.find((n) => n.id === id)?.name ?? id);
  });
  const hint = (name: string) => formatShortcut(actionByName(name).shortcuts![0]!);
  return (
    <>
      <ToolButton label={busy ? 'Laying out…' : 'Auto-layout'} glyph="arrange" title={tip('auto-layout')} onClick={() => runAction('auto-layout', ctx)} disabled={busy || empty} />
      <Menu
        label="More layout choices"
        glyph="chevron"
        showLabel={false}
        items={[
          { label: 'Lay out the whole diagram', hint: hint('auto-layout'), disabled: busy || empty, onSelect: () => runAction('auto-layout', ctx) },
          { label: 'Lay out the selection', hint: hint('layout-selection'), disabled: busy || !hasSelection, onSelect: () => runAction('layout-selection', ctx) },
          {
            label: container ? `Lay out inside “${container}”` : 'Lay out inside the selected container',
            hint: hint('layout-inside'),
            disabled: busy || container === undefined,
            onSelect: () => runAction('layout-inside', ctx),
          },
        ]}
      />
    </>
  );
}

/** "Make routes explicit": route tables for every VPC and transit gateway drawn without them. */
function RoutingTools({ ctx }: { ctx: ActionContext }) {
  const enabled = useEditor((s) => actionByName('make-routes-explicit').enabled!(s));
  return <ToolButton label="Make routes explicit" glyph="routes" title={tip('make-routes-explicit')} onClick={() => runAction('make-routes-explicit', ctx)} disabled={!enabled} showLabel={false} />;
}

export function Toolbar({ ctx }: { ctx: ActionContext }) {
  const canUndo = useEditor((s) => s.document.past.length > 0);
  const canRedo = useEditor((s) => s.document.future.length > 0);
  const theme = useEditor((s) => s.chrome.theme);
  const segmentation = useEditor((s) => s.chrome.segmentation);
  const run = (name: string) => () => runAction(name, ctx);
  return (
    <header className="vc-toolbar">
      <div className="vc-brand">
        <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true">
          <rect x="2" y="2" width="20" height="20" rx="4" fill="#8c4fff" />
          <path d="M6 8h5v5H6z M13 11h5v5h-5z M11 10.5h2 M8.5 13v3h4.5" stroke="#fff" strokeWidth="1.6" fill="none" />
        </svg>
        <span>VPC Canvas</span>
      </div>
      <nav className="vc-tool-group vc-wide-only" aria-label="File">
        <ToolButton label="New" glyph="new" title={tip('new')} onClick={run('new')} />
        <ToolButton label="Open" glyph="open" title={tip('open')} onClick={run('open')} />
        <Menu
          label="Save"
          glyph="save"
          items={[
            { label: 'Save as JSON', hint: formatShortcut('Mod+S'), onSelect: run('save') },
            { label: 'Export (PNG, SVG, draw.io)…', hint: formatShortcut('Shift+Mod+E'), onSelect: run('export-image') },
            { label: 'Copy share link', onSelect: run('share-link') },
            { label: 'Compare with…', onSelect: run('compare-with') },
          ]}
        />
        <ToolButton label="Share" glyph="link" title="Copy a link that carries this diagram (nothing is uploaded)" onClick={run('share-link')} />
      </nav>
      {/* Below 1280 px wide the file commands fold into one menu, so the toolbar fits (editor.css). */}
      <nav className="vc-tool-group vc-narrow-only" aria-label="File menu">
        <Menu
          label="File"
          glyph="open"
          items={[
            { label: 'New diagram', hint: formatShortcut('Alt+N'), onSelect: run('new') },
            { label: 'Open…', hint: formatShortcut('Mod+O'), onSelect: run('open') },
            { label: 'Save as JSON', hint: formatShortcut('Mod+S'), onSelect: run('save') },
            { label: 'Export (PNG, SVG, draw.io)…', hint: formatShortcut('Shift+Mod+E'), onSelect: run('export-image') },
            { label: 'Copy share link', onSelect: run('share-link') },
            { label: 'Compare with…', onSelect: run('compare-with') },
          ]}
        />
      </nav>
      <nav className="vc-tool-group" aria-label="Samples">
        <Menu
          label="Samples"
          glyph="samples"
          items={SAMPLES.map((sample) => ({
            label: sample.title,
            onSelect: () =>
              confirmReplace(ctx.store, `Open “${sample.title}”?`, `It replaces the current diagram; Undo (${formatShortcut('Mod+Z')}) brings the current one back.`, 'Replace and open', () =>
                openAsEdit(ctx.store, sample.load()),
              ),
          }))}
        />
      </nav>
      <nav className="vc-tool-group" aria-label="History">
        <ToolButton label="Undo" glyph="undo" title={tip('undo')} onClick={run('undo')} disabled={!canUndo} showLabel={false} />
        <ToolButton label="Redo" glyph="redo" title={tip('redo')} onClick={run('redo')} disabled={!canRedo} showLabel={false} />
      </nav>
      <nav className="vc-tool-group" aria-label="View">
        <LayoutTools ctx={ctx} />
        <RoutingTools ctx={ctx} />
        <ToolButton label="Fit view" glyph="fit" title={tip('fit-view')} onClick={run('fit-view')} showLabel={false} />
        <ToolButton label="Segments" glyph="segments" title={tip('toggle-segmentation')} onClick={run('toggle-segmentation')} pressed={segmentation} />
      </nav>
      <div className="vc-toolbar-spacer" />
      <SaveStatus />
      <FindingsChip ctx={ctx} />
      <ToolButton label={theme === 'dark' ? 'Light theme' : 'Dark theme'} glyph={theme === 'dark' ? 'sun' : 'moon'} title={tip('toggle-theme')} onClick={run('toggle-theme')} showLabel={false} />
      <ToolButton label="Keyboard shortcuts" glyph="help" title={tip('help')} onClick={run('help')} showLabel={false} />
    </header>
  );
}
