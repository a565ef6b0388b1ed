/** The example documents offered in the Samples menu (examples/*.json, read through the one parser). */
import { parseDocumentValue, type TopologyDocument } from '../../../model';
import threeTier from '../../../examples/three-tier.json';
import tgwHub from '../../../examples/tgw-hub.json';
import hybridDxVpn from '../../../examples/hybrid-dx-vpn.json';
import broken from '../../../examples/broken.json';
import isolatedSpokes from '../../../examples/isolated-spokes.json';
import inspectionVpc from '../../../examples/inspection-vpc.json';

export interface Sample {
  id: string;
  title: string;
  /** The document as written (`openAsEdit` places nodes without positions). */
  load(): TopologyDocument;
}

const sample = (id: string, title: string, json: unknown): Sample => ({ id, title, load: () => parseDocumentValue(json) });

export const SAMPLES: readonly Sample[] = [
  sample('three-tier', 'Three-tier web application', threeTier),
  sample('tgw-hub', 'Transit gateway hub and spokes', tgwHub),
  sample('hybrid-dx-vpn', 'Hybrid: Direct Connect with VPN backup', hybridDxVpn),
  sample('isolated-spokes', 'Routed: isolated dev and prod spokes', isolatedSpokes),
  sample('inspection-vpc', 'Routed: inspection VPC with a firewall appliance', inspectionVpc),
  sample('broken', 'Deliberately broken (what the validator catches)', broken),
];

/** What a first visit shows. */
export const FIRST_SAMPLE = SAMPLES[0]!;
