import { parseDocument } from '../model/document/parse';
import { indexOf } from '../model/graph/topology-index';
import { RULES } from '../model/all-rules';
import { generateTopology } from './generate-topology';
const n = Number(process.argv[2] ?? 4000), per = Number(process.argv[3] ?? 5);
const text = JSON.stringify(generateTopology(n, 20_261_101, per).value);
const flow = RULES.find((r) => r.id === 'flow-no-path')!;
const docs = Array.from({ length: 4 }, () => indexOf(parseDocument(text)));
for (const index of docs) for (const node of index.nodes()) { index.props(node); index.regionOf(node); }
const t = performance.now();
for (const index of docs) flow.check(index);
console.log('flows ms per run', ((performance.now() - t) / docs.length).toFixed(0));
