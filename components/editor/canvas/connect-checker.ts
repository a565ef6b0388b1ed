/**
 * `canConnect` answers for the pointer's current target, cached per document and mode: React
 * Flow asks on every pointer move, the hint and the drop ask again for the same pair.
 */
import { createContext, useContext } from 'react';
import { canConnect, type ConnectAnswer, type TopologyDocument } from '../../../model';

export type ConnectMode = 'infer' | 'flow';

export interface ConnectChecker {
  check(source: string, target: string): ConnectAnswer;
}

export function createConnectChecker(doc: TopologyDocument, mode: ConnectMode): ConnectChecker {
  const answers = new Map<string, ConnectAnswer>();
  return {
    check(source, target) {
      const key = `${source}\u0000${target}`;
      let answer = answers.get(key);
      if (!answer) {
        answer = canConnect(doc, source, target, mode === 'flow' ? { kind: 'flow' } : {});
        answers.set(key, answer);
      }
      return answer;
    },
  };
}

export const ConnectCheckerContext = createContext<ConnectChecker | null>(null);

export function useConnectChecker(): ConnectChecker {
  const checker = useContext(ConnectCheckerContext);
  if (!checker) throw new Error('useConnectChecker outside the canvas');
  return checker;
}
