'use client';
import { ACTIONS, GESTURES, SUMMARY_ROWS, type ActionGroup } from '../actions/actions';
import { formatShortcut } from '../actions/shortcuts';
import { Modal } from './modal';

const GROUPS: ActionGroup[] = ['File', 'Edit', 'Selection', 'Layout', 'View', 'Help'];

/** Every shortcut, read from the action registry, and the mouse gestures. */
export function HelpDialog({ onClose }: { onClose(): void }) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose}>
      <div className="vc-help-grid">
        {GROUPS.map((group) => (
          <section key={group}>
            <h3>{group}</h3>
            <table>
              <tbody>
                {SUMMARY_ROWS.filter((r) => r.group === group).map((r) => (
                  <tr key={r.label}>
                    <td>{r.label}</td>
                    <td>
                      {r.keys.map((k) => (
                        <kbd key={k}>{formatShortcut(k)}</kbd>
                      ))}
                    </td>
                  </tr>
                ))}
                {ACTIONS.filter((a) => a.group === group && a.shortcuts?.length && !a.unlisted).map((a) => (
                  <tr key={a.name}>
                    <td>{a.label}</td>
                    <td>
                      {a.shortcuts!.map((s) => (
                        <kbd key={s}>{formatShortcut(s)}</kbd>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
        <section>
          <h3>Mouse</h3>
          <table>
            <tbody>
              {GESTURES.map(([gesture, effect]) => (
                <tr key={gesture}>
                  <td>{effect}</td>
                  <td className="vc-gesture">{gesture}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </Modal>
  );
}
