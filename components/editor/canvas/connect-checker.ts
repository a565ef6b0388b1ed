/**
 * `canConnect` answers for the pointer's current target, cached per document and mode: React
 * Flow asks on every pointer move, the hint and the drop ask again for the same pair.
 */
import { createContext, useContext } from 'react';
import { canConnect, type ConnectAnswer, type TopologyDocument } from '../../../model';
import { connectShortcuts, type ConnectShortcut } from '../../../model/edit/connect-shortcuts';

export type ConnectMode = 'infer' | 'flow';

export interface ConnectChecker {
  check(source: string, target: string): ConnectAnswer;
  /** What a line AWS never draws directly may stand for (a VPN, Direct Connect); asked only where `check` refuses. */
  shortcuts(source: string, target: string): ConnectShortcut[];
  /** Whether letting go over `target` does something: a connection, or a shortcut to offer. */
  accepts(source: string, target: string): boolean;
}

export function createConnectChecker(doc: TopologyDocument, mode: ConnectMode): ConnectChecker {
  const answers = new Map<string, ConnectAnswer>();
  const offers = new Map<string, ConnectShortcut[]>();
  const checker: ConnectChecker = {
    check(source, target) {
      const key = `${source}\u0000${target}`;
      let answer = answers.get(key);
      if (!answer) {
        answer = canConnect(doc, source, target, mode === 'flow' ? { kind: 'flow' } : {});
        answers.set(key, answer);
      }
      return answer;
    },
    shortcuts(source, target) {
      if (mode === 'flow') return [];
      const key = `${source}\u0000${target}`;
      let found = offers.get(key);
      if (!found) offers.set(key, (found = connectShortcuts(doc, source, target)));
      return found;
    },
    accepts(source, target) {
      return checker.check(source, target).ok || checker.shortcuts(source, target).length > 0;
    },
  };
  return checker;
}

export const ConnectCheckerContext = createContext<ConnectChecker | null>(null);

export function useConnectChecker(): ConnectChecker {
  const checker = useContext(ConnectCheckerContext);
  if (!checker) throw new Error('useConnectChecker outside the canvas');
  return checker;
}
