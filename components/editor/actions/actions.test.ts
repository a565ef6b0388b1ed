import { afterAll, describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../../../model';
import type { LayoutScope } from '../../../model/layout';
import { absolutePosition } from '../../../model/edit/geometry';
import { buildDocument, link, node, region, subnet, vpc } from '../../../model/testing/build';
import { commit, createEditorStore, currentDocument, offerConnections, onCancel, openDialog, select, setCompare, showReach, type EditorStore } from '../store/operations';
import { ACTIONS, actionByName, emptyDocument, runAction, selectedContainer, type ActionContext, type ActionEffects } from './actions';

const doc = buildDocument(
  [
    region('r', 'us-east-1', { position: { x: 0, y: 0 }, size: { width: 1600, height: 900 } }),
    vpc('a', ['10.0.0.0/16'], { parent: 'r', position: { x: 40, y: 40 }, size: { width: 500, height: 400 } }),
    subnet('app', 'a', '10.0.1.0/24', { position: { x: 40, y: 60 }, size: { width: 300, height: 200 } }),
    node('web', 'instance', 'app', undefined, { position: { x: 100, y: 80 } }),
    vpc('b', ['10.1.0.0/16'], { parent: 'r', position: { x: 800, y: 40 }, size: { width: 500, height: 400 } }),
  ],
  [link('pcx', 'vpc-peering', 'a', 'b')],
);

/** An editor store with effects that record what they were asked to do. */
function harness(start: TopologyDocument = doc, options: { fieldFocused?: boolean } = {}) {
  const store = createEditorStore(start);
  const effects: string[] = [];
  const layouts: LayoutScope[] = [];
  const fake: ActionEffects = {
    openFile: () => void effects.push('openFile'),
    chooseCompareFile: () => void effects.push('chooseCompareFile'),
    saveFile: (d) => void effects.push(`saveFile:${d.name ?? ''}`),
    copyShareLink: () => void effects.push('copyShareLink'),
    autoLayout: (scope) => void layouts.push(scope),
    fitView: () => void effects.push('fitView'),
    zoomIn: () => void effects.push('zoomIn'),
    zoomOut: () => void effects.push('zoomOut'),
    leaveField: () => {
      effects.push('leaveField');
      return options.fieldFocused === true;
    },
  };
  const ctx: ActionContext = { store, effects: fake };
  return { store, ctx, effects, layouts, run: (name: string) => runAction(name, ctx), state: () => store.getState() };
}

const selected = (store: EditorStore) => ({ nodes: [...store.getState().interaction.selection.nodes].sort(), edges: [...store.getState().interaction.selection.edges].sort() });
const positionOf = (d: TopologyDocument, id: string) => d.nodes.find((n) => n.id === id)!.position;

/** Every action a test below runs; the last test checks that none is left out. */
const tested = new Set<string>();
const covers = (...names: string[]) => names.forEach((n) => tested.add(n));

describe('file actions', () => {
  it('new: asks before discarding a diagram with content; confirming starts an empty one with a fresh history', () => {
    covers('new');
    const { store, run, state } = harness();
    commit(store, { document: { ...doc, name: 'Edited' } }, { history: 'new' });
    run('new');
    const dialog = state().chrome.dialog;
    expect(dialog).toMatchObject({ kind: 'confirm', confirmLabel: 'Discard and start new' });
    expect(currentDocument(store).name).toBe('Edited');
    if (dialog?.kind !== 'confirm') throw new Error('no confirm dialog');
    dialog.onConfirm();
    expect(state().document).toMatchObject({ past: [], future: [] });
    expect(currentDocument(store).nodes).toEqual([]);
  });

  it('new: an empty diagram is replaced at once', () => {
    const empty = { ...doc, nodes: [], connections: [] };
    const { store, run, state } = harness(empty);
    run('new');
    expect(state().chrome.dialog).toBeNull();
    expect(currentDocument(store)).not.toBe(empty);
    expect(currentDocument(store).name).toBe('Untitled network');
  });

  it('open, save and share-link hand the work to their effects and change nothing', () => {
    covers('open', 'save', 'share-link');
    const { run, effects, state } = harness();
    const before = state();
    run('open');
    run('save');
    run('share-link');
    expect(effects).toEqual(['openFile', `saveFile:${doc.name ?? ''}`, 'copyShareLink']);
    expect(state()).toBe(before);
  });

  it('export-image opens the export dialog', () => {
    covers('export-image');
    const { run, state } = harness();
    run('export-image');
    expect(state().chrome.dialog).toEqual({ kind: 'export' });
  });
});

describe('edit actions', () => {
  it('undo and redo step through the history, and are enabled only when there is a step', () => {
    covers('undo', 'redo');
    const { store, run, state } = harness();
    const undoAction = actionByName('undo');
    const redoAction = actionByName('redo');
    expect(undoAction.enabled!(state())).toBe(false);
    select(store, ['web']);
    run('delete');
    expect(undoAction.enabled!(state())).toBe(true);
    run('undo');
    expect(currentDocument(store)).toBe(doc);
    expect(redoAction.enabled!(state())).toBe(true);
    run('redo');
    expect(currentDocument(store).nodes.some((n) => n.id === 'web')).toBe(false);
    expect(redoAction.enabled!(state())).toBe(false);
  });

  it('delete: removes the selection and what depends on it, as one undo step', () => {
    covers('delete');
    const { store, run, state } = harness();
    expect(actionByName('delete').enabled!(state())).toBe(false);
    select(store, ['b']);
    const result = actionByName('delete').perform(state(), harness().ctx);
    expect(result?.record).toEqual({ history: 'new' });
    run('delete');
    expect(currentDocument(store).nodes.map((n) => n.id)).not.toContain('b');
    expect(currentDocument(store).connections).toEqual([]);
    expect(state().document.past).toEqual([doc]);
  });

  it('copy keeps the selection on the clipboard without changing the document; paste lands each copy a step further', () => {
    covers('copy', 'paste');
    const { store, run, state } = harness();
    select(store, ['web']);
    run('copy');
    expect(state().document.past).toHaveLength(0);
    expect(state().interaction.clipboard).toMatchObject({ pastes: 0 });
    run('paste');
    const [first] = selected(store).nodes;
    expect(first).toBeDefined();
    expect(first).not.toBe('web');
    const base = absolutePosition(doc, 'web');
    expect(absolutePosition(currentDocument(store), first!)).toEqual({ x: base.x + 32, y: base.y + 32 });
    run('paste');
    const [second] = selected(store).nodes;
    expect(absolutePosition(currentDocument(store), second!)).toEqual({ x: base.x + 64, y: base.y + 64 });
    expect(state().document.past).toHaveLength(2);
  });

  it('paste with nothing copied does nothing', () => {
    const { run, state } = harness();
    const before = state();
    run('paste');
    expect(state()).toBe(before);
  });

  it('cut removes the selection; the first paste puts it back where it was', () => {
    covers('cut');
    const { store, run } = harness();
    select(store, ['web']);
    run('cut');
    expect(currentDocument(store).nodes.some((n) => n.id === 'web')).toBe(false);
    run('paste');
    const [pasted] = selected(store).nodes;
    expect(absolutePosition(currentDocument(store), pasted!)).toEqual(absolutePosition(doc, 'web'));
  });

  it('duplicate copies the selection beside it and selects the copy', () => {
    covers('duplicate');
    const { store, run, state } = harness();
    select(store, ['web']);
    run('duplicate');
    const [copy] = selected(store).nodes;
    expect(copy).not.toBe('web');
    expect(currentDocument(store).nodes.find((n) => n.id === copy)).toMatchObject({ kind: 'instance', parent: 'app' });
    expect(state().document.past).toHaveLength(1);
  });

  const nudges: Array<[string, number, number]> = [
    ['nudge-up', 0, -1],
    ['nudge-down', 0, 1],
    ['nudge-left', -1, 0],
    ['nudge-right', 1, 0],
    ['nudge-up-more', 0, -10],
    ['nudge-down-more', 0, 10],
    ['nudge-left-more', -10, 0],
    ['nudge-right-more', 10, 0],
  ];
  for (const [name, dx, dy] of nudges) {
    it(`${name} moves the selection by (${dx}, ${dy})`, () => {
      covers(name);
      const { store, run } = harness();
      select(store, ['web']);
      run(name);
      const before = positionOf(doc, 'web')!;
      expect(positionOf(currentDocument(store), 'web')).toEqual({ x: before.x + dx, y: before.y + dy });
    });
  }

  it('a run of nudges is one undo step, and a container moves without its contents moving twice', () => {
    const { store, run, state } = harness();
    select(store, ['app', 'web']);
    run('nudge-right');
    run('nudge-right');
    run('nudge-down-more');
    expect(state().document.past).toEqual([doc]);
    expect(positionOf(currentDocument(store), 'app')).toEqual({ x: 42, y: 70 });
    expect(positionOf(currentDocument(store), 'web')).toEqual(positionOf(doc, 'web'));
  });

  it('a nudge with nothing selected does nothing', () => {
    const { run, state } = harness();
    const before = state();
    run('nudge-up');
    expect(state()).toBe(before);
  });
});

describe('routing actions', () => {
  const tablesOf = (d: TopologyDocument, id: string) => (d.nodes.find((n) => n.id === id)!.props?.routeTables as Array<{ id: string }> | undefined) ?? [];

  it('make-routes-explicit writes route tables on every VPC as one undo step, and says what it wrote', () => {
    covers('make-routes-explicit');
    const { store, run, state } = harness();
    const before = currentDocument(store);
    expect(actionByName('make-routes-explicit').enabled!(state())).toBe(true);
    run('make-routes-explicit');
    const after = currentDocument(store);
    expect(tablesOf(after, 'a').map((t) => t.id)).toEqual(['rt-a-main']);
    expect(tablesOf(after, 'b').map((t) => t.id)).toEqual(['rt-b-main']);
    expect(after.version).toBe(2);
    expect(state().chrome.notice?.text).toBe('Routes made explicit: 2 VPC route tables, 0 transit gateway route tables, 2 routes. Undo takes them away.');
    expect(state().document.past).toHaveLength(1);
    expect(actionByName('make-routes-explicit').enabled!(state())).toBe(false);
    run('undo');
    expect(currentDocument(store)).toBe(before);
  });

  it('make-routes-explicit on a document already explicitly routed changes nothing and says so', () => {
    const { store, run, state } = harness();
    run('make-routes-explicit');
    const routed = currentDocument(store);
    const past = state().document.past.length;
    run('make-routes-explicit');
    expect(currentDocument(store)).toBe(routed);
    expect(state().document.past).toHaveLength(past);
    expect(state().chrome.notice?.text).toBe('Every VPC and transit gateway already has route tables.');
  });
});

describe('layout actions', () => {
  it('auto-layout lays out everything, and is disabled while a layout runs or the diagram is empty', () => {
    covers('auto-layout');
    const { run, layouts, state } = harness();
    expect(actionByName('auto-layout').enabled!(state())).toBe(true);
    run('auto-layout');
    expect(layouts).toEqual([{ kind: 'all' }]);
    expect(actionByName('auto-layout').enabled!({ ...state(), interaction: { ...state().interaction, layoutBusy: true } })).toBe(false);
    expect(actionByName('auto-layout').enabled!(harness({ ...doc, nodes: [], connections: [] }).state())).toBe(false);
  });

  it('layout-selection lays out the top selected nodes', () => {
    covers('layout-selection');
    const { store, run, layouts } = harness();
    select(store, ['app', 'web', 'b']);
    run('layout-selection');
    expect(layouts).toHaveLength(1);
    const scope = layouts[0]!;
    expect(scope.kind === 'selection' && [...scope.ids].sort()).toEqual(['app', 'b']);
  });

  it('layout-selection with nothing that exists selected says what to do', () => {
    const { store, run, layouts, state } = harness();
    select(store, ['ghost']);
    run('layout-selection');
    expect(layouts).toEqual([]);
    expect(state().chrome.notice?.text).toMatch(/Select the nodes/);
  });

  it('layout-inside lays out the inside of the one selected container; otherwise says what to select', () => {
    covers('layout-inside');
    const { store, run, layouts, state } = harness();
    select(store, ['a']);
    expect(selectedContainer(state())).toBe('a');
    run('layout-inside');
    expect(layouts).toEqual([{ kind: 'container', id: 'a' }]);
    select(store, ['b']);
    expect(actionByName('layout-inside').enabled!(state())).toBe(false);
    run('layout-inside');
    expect(layouts).toHaveLength(1);
    expect(state().chrome.notice?.text).toMatch(/with something inside it/);
  });
});

describe('selection actions', () => {
  it('select-all selects every node and connection', () => {
    covers('select-all');
    const { store, run } = harness();
    run('select-all');
    expect(selected(store)).toEqual({ nodes: doc.nodes.map((n) => n.id).sort(), edges: ['pcx'] });
  });

  it('cancel lets go of one thing per press: a drag, the connection choice, a dialog, the reach marks, flow mode, a field, the selection', () => {
    covers('cancel');
    const { store, run, state, effects } = harness();
    let dragging = true;
    onCancel(store, () => {
      if (!dragging) return false;
      dragging = false;
      return true;
    });
    select(store, ['a']);
    offerConnections(store, { source: 'a', target: 'b', options: [], at: { x: 0, y: 0 } });
    openDialog(store, { kind: 'help' });
    showReach(store, { from: 'a', to: 'b', reachable: true, path: [], blockedBy: [] }, null);
    run('flow-mode');
    run('cancel');
    expect(dragging).toBe(false);
    expect(state().interaction.pending).not.toBeNull();
    run('cancel');
    expect(state().interaction.pending).toBeNull();
    expect(state().chrome.dialog).not.toBeNull();
    run('cancel');
    expect(state().chrome.dialog).toBeNull();
    expect(state().interaction.reach).not.toBeNull();
    run('cancel');
    expect(state().interaction.reach).toBeNull();
    expect(state().interaction.connectMode).toBe('flow');
    run('cancel');
    expect(state().interaction.connectMode).toBe('infer');
    expect(selected(store).nodes).toEqual(['a']);
    run('cancel');
    expect(effects).toEqual(['leaveField']);
    expect(selected(store).nodes).toEqual([]);
  });

  it('cancel leaves a focused field before clearing the selection', () => {
    const { store, run, effects } = harness(doc, { fieldFocused: true });
    select(store, ['a']);
    run('cancel');
    expect(effects).toEqual(['leaveField']);
    expect(selected(store).nodes).toEqual(['a']);
  });

  it('reach answers for two selected networks and marks the path', () => {
    covers('reach');
    const { store, run, state } = harness();
    select(store, ['a', 'b']);
    run('reach');
    const { reach, highlight } = state().interaction;
    expect(reach).toMatchObject({ from: 'a', to: 'b' });
    expect(typeof reach?.reachable).toBe('boolean');
    if (reach?.reachable) expect(highlight?.tone).toBe('path');
  });

  it('reach without two networks selected says what to select', () => {
    const { store, run, state } = harness();
    select(store, ['a', 'r']);
    run('reach');
    expect(state().interaction.reach).toBeNull();
    expect(state().chrome.notice?.text).toMatch(/Select two networks/);
  });

  it('connect-to opens the picker for the one selected node, and only then', () => {
    covers('connect-to');
    const { store, run, state } = harness();
    const action = ACTIONS.find((a) => a.name === 'connect-to')!;
    select(store, ['a', 'b']);
    expect(action.enabled!(state())).toBe(false);
    select(store, ['a']);
    expect(action.enabled!(state())).toBe(true);
    run('connect-to');
    expect(state().chrome.dialog).toEqual({ kind: 'connect-to', source: 'a' });
  });

  it('find opens the find dialog when there is a node to find', () => {
    covers('find');
    const action = ACTIONS.find((a) => a.name === 'find')!;
    expect(action.enabled!(harness(emptyDocument()).state())).toBe(false);
    const { run, state } = harness();
    expect(action.enabled!(state())).toBe(true);
    run('find');
    expect(state().chrome.dialog).toEqual({ kind: 'find' });
  });

  it('widen, narrow, heighten and shorten resize the one selected container, never below its contents', () => {
    covers('widen', 'narrow', 'heighten', 'shorten');
    const { store, run, state } = harness();
    const container = state().document.present.nodes.find((n) => n.kind === 'vpc' && n.size)!;
    select(store, [container.id]);
    const start = { ...container.size! };
    run('widen');
    run('heighten');
    const grown = currentDocument(store).nodes.find((n) => n.id === container.id)!.size!;
    expect(grown).toEqual({ width: start.width + 20, height: start.height + 20 });
    for (let i = 0; i < 200; i++) {
      run('narrow');
      run('shorten');
    }
    const shrunk = currentDocument(store).nodes.find((n) => n.id === container.id)!.size!;
    expect(shrunk.width).toBeGreaterThan(0);
    expect(shrunk.width).toBeLessThan(start.width + 20);
    const action = ACTIONS.find((a) => a.name === 'widen')!;
    select(store, []);
    expect(action.enabled!(state())).toBe(false);
  });

  it('compare-with opens the compare picker; end-compare removes the overlay, and is offered only while comparing', () => {
    covers('compare-with', 'end-compare');
    const { store, run, state, effects } = harness();
    run('compare-with');
    expect(effects).toEqual(['chooseCompareFile']);
    const end = ACTIONS.find((a) => a.name === 'end-compare')!;
    expect(end.enabled!(state())).toBe(false);
    setCompare(store, { name: 'deployed', other: doc });
    expect(end.enabled!(state())).toBe(true);
    run('end-compare');
    expect(state().interaction.compare).toBeNull();
  });

  it('toggle-minimap hides and shows the overview map', () => {
    covers('toggle-minimap');
    const { run, state } = harness();
    expect(state().chrome.minimapOpen).toBe(true);
    run('toggle-minimap');
    expect(state().chrome.minimapOpen).toBe(false);
    run('toggle-minimap');
    expect(state().chrome.minimapOpen).toBe(true);
  });

  it('flow-mode turns drawing flows on and off', () => {
    covers('flow-mode');
    const { run, state } = harness();
    run('flow-mode');
    expect(state().interaction.connectMode).toBe('flow');
    run('flow-mode');
    expect(state().interaction.connectMode).toBe('infer');
  });
});

describe('view actions', () => {
  it('fit-view, zoom-in and zoom-out move the view through their effects', () => {
    covers('fit-view', 'zoom-in', 'zoom-out');
    const { run, effects, state } = harness();
    const before = state();
    run('fit-view');
    run('zoom-in');
    run('zoom-out');
    expect(effects).toEqual(['fitView', 'zoomIn', 'zoomOut']);
    expect(state()).toBe(before);
  });

  it('toggle-findings shows and hides the findings panel, outside the history', () => {
    covers('toggle-findings');
    const { run, state } = harness();
    run('toggle-findings');
    expect(state().chrome.findingsOpen).toBe(false);
    run('toggle-findings');
    expect(state().chrome.findingsOpen).toBe(true);
    expect(state().document.past).toHaveLength(0);
  });

  it('toggle-theme switches between light and dark', () => {
    covers('toggle-theme');
    const { run, state } = harness();
    run('toggle-theme');
    expect(state().chrome.theme).toBe('dark');
    run('toggle-theme');
    expect(state().chrome.theme).toBe('light');
  });

  it('help opens the keyboard shortcuts', () => {
    covers('help');
    const { run, state } = harness();
    run('help');
    expect(state().chrome.dialog).toEqual({ kind: 'help' });
  });
});

describe('routing actions', () => {
  it('toggle-segmentation turns the segmentation view on and off, outside the history', () => {
    covers('toggle-segmentation');
    const { run, state } = harness();
    expect(state().chrome.segmentation).toBe(false);
    run('toggle-segmentation');
    expect(state().chrome.segmentation).toBe(true);
    run('toggle-segmentation');
    expect(state().chrome.segmentation).toBe(false);
    expect(state().document.past).toHaveLength(0);
  });
});

describe('the registry', () => {
  it('names each action once and has no shortcut twice', () => {
    const names = ACTIONS.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    const shortcuts = ACTIONS.flatMap((a) => a.shortcuts ?? []);
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
    expect(() => actionByName('no-such-action')).toThrow(/no action no-such-action/);
  });

  afterAll(() => {
    // Runs after every test above: an action added without a test fails here.
    const untested = ACTIONS.map((a) => a.name).filter((n) => !tested.has(n));
    expect(untested).toEqual([]);
  });
});
