import { parseDocument } from '/work/wt-loops/model/document/parse';
import { indexOf } from '/work/wt-loops/model/graph/topology-index';
import { RULES } from '/work/wt-loops/model/all-rules';
import { generateTopology } from '/work/wt-loops/bench/generate-topology';
const n = Number(process.argv[2] ?? 4000), per = Number(process.argv[3] ?? 5);
const text = JSON.stringify(generateTopology(n, 20_261_101, per).value);
const flow = RULES.find((r) => r.id === 'flow-no-path')!;
for (let run = 0; run < 3; run++) {
  const index = indexOf(parseDocument(text));
  for (const r of RULES) if (r.id !== 'flow-no-path') r.check(index);
  const t = performance.now();
  const f = flow.check(index);
  console.log(n, 'flows', index.connectionsOfKind('flow').length, 'findings', f.length, 'ms', (performance.now() - t).toFixed(0));
}
