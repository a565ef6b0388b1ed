/**
 * Every rule of shared/spec/rules.md: id, severities, tier, one-line summary and the AWS page
 * behind it. `vpc-canvas rules`, SARIF's rule list, the findings panel's links and the README's
 * table are generated from this table, so they cannot drift from the code. Ids are public:
 * never rename one.
 */

export type Severity = 'error' | 'warning' | 'info';
export type Tier = 'T1' | 'T2';

export interface RuleInfo {
  /** The severities the rule can emit; the first is its usual one. */
  severities: readonly Severity[];
  tier: Tier;
  /** rules.md's section. */
  section: string;
  summary: string;
  /** The AWS documentation page the rule comes from. */
  docs: string;
}

const VPC_GUIDE = 'https://docs.aws.amazon.com/vpc/latest/userguide';
const PEERING_GUIDE = 'https://docs.aws.amazon.com/vpc/latest/peering';
const TGW_GUIDE = 'https://docs.aws.amazon.com/vpc/latest/tgw';
const VPN_GUIDE = 'https://docs.aws.amazon.com/vpn/latest/s2svpn';
const DX_GUIDE = 'https://docs.aws.amazon.com/directconnect/latest/UserGuide';
const PRIVATELINK_GUIDE = 'https://docs.aws.amazon.com/vpc/latest/privatelink';

const E = ['error'] as const;
const W = ['warning'] as const;
const I = ['info'] as const;
const EW = ['error', 'warning'] as const;
const WE = ['warning', 'error'] as const;

export const RULE_CATALOGUE = {
  // Document structure
  'cidr-invalid': { severities: E, tier: 'T1', section: 'Document structure', summary: 'A CIDR string does not parse as a block of the expected family.', docs: `${VPC_GUIDE}/vpc-cidr-blocks.html` },
  'cidr-host-bits': { severities: W, tier: 'T1', section: 'Document structure', summary: 'A CIDR has host bits set; AWS stores the network address instead.', docs: `${VPC_GUIDE}/vpc-cidr-blocks.html` },
  'parent-invalid': { severities: E, tier: 'T1', section: 'Document structure', summary: 'A node is inside a kind of node it may not be inside, or lacks a required parent.', docs: `${VPC_GUIDE}/how-it-works.html` },
  'connection-ends-invalid': { severities: E, tier: 'T1', section: 'Document structure', summary: 'A connection joins node kinds its kind does not join, or joins a node to itself.', docs: `${VPC_GUIDE}/how-it-works.html` },
  // A. Addressing
  'vpc-cidr-size': { severities: E, tier: 'T1', section: 'Addressing', summary: 'A VPC IPv4 block is larger than /16 or smaller than /28.', docs: `${VPC_GUIDE}/vpc-cidr-blocks.html` },
  'vpc-cidr-blocks-overlap': { severities: E, tier: 'T1', section: 'Addressing', summary: 'Two IPv4 blocks of one VPC overlap.', docs: `${VPC_GUIDE}/vpc-cidr-blocks.html` },
  'vpc-cidr-restricted': { severities: E, tier: 'T2', section: 'Addressing', summary: 'A VPC block is link-local, or a secondary block AWS refuses for the primary block\'s range.', docs: `${VPC_GUIDE}/vpc-cidr-blocks.html#add-cidr-block-restrictions` },
  'vpc-cidr-public-range': { severities: W, tier: 'T2', section: 'Addressing', summary: 'A VPC block is outside the RFC 1918 ranges, or overlaps Docker\'s 172.17.0.0/16.', docs: `${VPC_GUIDE}/vpc-cidr-blocks.html` },
  'vpc-cidr-count': { severities: WE, tier: 'T2', section: 'Addressing', summary: 'A VPC has more IPv4 blocks than the default quota (5) or the hard limit (50).', docs: `${VPC_GUIDE}/amazon-vpc-limits.html` },
  'subnet-outside-vpc': { severities: E, tier: 'T1', section: 'Addressing', summary: 'A subnet\'s block is not inside any single block of its VPC.', docs: `${VPC_GUIDE}/subnet-sizing.html` },
  'subnet-cidr-size': { severities: E, tier: 'T1', section: 'Addressing', summary: 'A subnet IPv4 block is larger than /16 or smaller than /28.', docs: `${VPC_GUIDE}/subnet-sizing.html` },
  'subnet-cidr-overlap': { severities: E, tier: 'T1', section: 'Addressing', summary: 'Two subnets of one VPC overlap.', docs: `${VPC_GUIDE}/subnet-sizing.html` },
  'subnet-capacity': { severities: W, tier: 'T2', section: 'Addressing', summary: 'A subnet holds more address-consuming resources than it has usable addresses.', docs: `${VPC_GUIDE}/subnet-sizing.html` },
  'subnet-ipv6-without-vpc-ipv6': { severities: E, tier: 'T2', section: 'Addressing', summary: 'A subnet has an IPv6 block but its VPC has none.', docs: `${VPC_GUIDE}/configure-subnets.html` },
  'ipv6-cidr-size': { severities: W, tier: 'T2', section: 'Addressing', summary: 'A subnet IPv6 block is not a /64, or a VPC IPv6 block is not a /56.', docs: `${VPC_GUIDE}/subnet-sizing.html` },
  'subnet-az-region': { severities: E, tier: 'T2', section: 'Addressing', summary: 'A subnet\'s availability zone is not in its VPC\'s region.', docs: `${VPC_GUIDE}/configure-subnets.html` },
  // B. Internet gateways and NAT
  'internet-gateway-one-per-vpc': { severities: E, tier: 'T1', section: 'Internet gateways and NAT', summary: 'A VPC has more than one internet gateway or egress-only internet gateway.', docs: `${VPC_GUIDE}/amazon-vpc-limits.html` },
  'public-subnet-without-igw': { severities: E, tier: 'T1', section: 'Internet gateways and NAT', summary: 'A public subnet\'s VPC has no internet gateway.', docs: `${VPC_GUIDE}/VPC_Internet_Gateway.html` },
  'nat-public-placement': { severities: E, tier: 'T2', section: 'Internet gateways and NAT', summary: 'A public NAT gateway is in a private subnet, or its VPC has no internet gateway.', docs: `${VPC_GUIDE}/vpc-nat-gateway.html` },
  'nat-elastic-ip': { severities: EW, tier: 'T2', section: 'Internet gateways and NAT', summary: 'A NAT gateway has a number of Elastic IPs AWS refuses or that needs a quota increase.', docs: `${VPC_GUIDE}/vpc-nat-gateway.html` },
  'public-ip-in-private-subnet': { severities: W, tier: 'T2', section: 'Internet gateways and NAT', summary: 'An instance with a public IP is in a private subnet, where the address cannot be reached.', docs: `${VPC_GUIDE}/VPC_Internet_Gateway.html` },
  // C. Virtual private gateway and Site-to-Site VPN
  'vgw-one-per-vpc': { severities: E, tier: 'T1', section: 'Virtual private gateway and Site-to-Site VPN', summary: 'A VPC has more than one virtual private gateway attached.', docs: `${VPN_GUIDE}/vpn-limits.html` },
  'vgw-detached': { severities: EW, tier: 'T2', section: 'Virtual private gateway and Site-to-Site VPN', summary: 'A detached virtual private gateway has a DX gateway association, VPNs or VIFs.', docs: `${DX_GUIDE}/virtualgateways.html` },
  'vpn-ends': { severities: E, tier: 'T1', section: 'Virtual private gateway and Site-to-Site VPN', summary: 'A VPN connection lacks exactly one customer gateway and exactly one AWS side.', docs: `${VPN_GUIDE}/how_it_works.html` },
  'vpn-single-tunnel': { severities: W, tier: 'T2', section: 'Virtual private gateway and Site-to-Site VPN', summary: 'A VPN connection has one tunnel; AWS provides two so that one can fail.', docs: `${VPN_GUIDE}/VPNTunnels.html` },
  'vpn-acceleration-requires-tgw': { severities: E, tier: 'T2', section: 'Virtual private gateway and Site-to-Site VPN', summary: 'An accelerated VPN ends on a virtual private gateway; only transit gateway VPNs can be accelerated.', docs: `${VPN_GUIDE}/accelerated-vpn.html` },
  'vpn-cloudhub-asn': { severities: W, tier: 'T2', section: 'Virtual private gateway and Site-to-Site VPN', summary: 'Sites on one VGW share a BGP ASN or use static routing, so CloudHub cannot join them.', docs: `${VPN_GUIDE}/VPN_CloudHub.html` },
  'hybrid-single-path': { severities: I, tier: 'T2', section: 'Virtual private gateway and Site-to-Site VPN', summary: 'An on-premises network reaches AWS through a single VPN connection.', docs: `${VPN_GUIDE}/vpn-redundant-connection.html` },
  // D. VPC peering
  'peering-cidr-overlap': { severities: E, tier: 'T1', section: 'VPC peering', summary: 'Two peered VPCs have matching or overlapping blocks.', docs: `${PEERING_GUIDE}/vpc-peering-basics.html#vpc-peering-limitations` },
  'peering-duplicate': { severities: E, tier: 'T1', section: 'VPC peering', summary: 'Two peering connections join the same pair of VPCs.', docs: `${PEERING_GUIDE}/vpc-peering-basics.html#vpc-peering-limitations` },
  'peering-quota': { severities: WE, tier: 'T2', section: 'VPC peering', summary: 'A VPC has more peering connections than the default quota (50) or the hard limit (125).', docs: `${VPC_GUIDE}/amazon-vpc-limits.html` },
  'peering-overlapping-spokes': { severities: W, tier: 'T2', section: 'VPC peering', summary: 'A VPC is peered with two VPCs whose blocks overlap each other.', docs: `${PEERING_GUIDE}/peering-configurations-partial-access.html` },
  'peering-not-transitive': { severities: E, tier: 'T1', section: 'VPC peering', summary: 'Traffic would pass through a VPC from a peering into another peering or a transit gateway.', docs: `${PEERING_GUIDE}/invalid-peering-configurations.html` },
  'peering-edge-to-edge': { severities: E, tier: 'T1', section: 'VPC peering', summary: 'Traffic would pass through a VPC between a peering and that VPC\'s gateways.', docs: `${PEERING_GUIDE}/invalid-peering-configurations.html` },
  'vpc-not-transit': { severities: E, tier: 'T1', section: 'VPC peering', summary: 'Traffic would pass through a VPC between two of its other attachments.', docs: `${PEERING_GUIDE}/invalid-peering-configurations.html` },
  // E. Transit gateway
  'tgw-cidr-conflict': { severities: EW, tier: 'T1', section: 'Transit gateway', summary: 'Two VPCs attached to one transit gateway have identical or overlapping blocks.', docs: `${TGW_GUIDE}/tgw-vpc-attachments.html` },
  'tgw-region-mismatch': { severities: E, tier: 'T2', section: 'Transit gateway', summary: 'A VPC or VPN attachment joins a transit gateway in another region.', docs: `${TGW_GUIDE}/how-transit-gateways-work.html` },
  'tgw-duplicate-attachment': { severities: E, tier: 'T2', section: 'Transit gateway', summary: 'One transit gateway has two attachments to the same VPC.', docs: `${TGW_GUIDE}/transit-gateway-quotas.html` },
  'tgw-per-vpc-quota': { severities: E, tier: 'T2', section: 'Transit gateway', summary: 'A VPC is attached to more than 5 transit gateways.', docs: `${TGW_GUIDE}/transit-gateway-quotas.html` },
  'tgw-peering-duplicate': { severities: E, tier: 'T2', section: 'Transit gateway', summary: 'Two transit gateway peerings join the same pair of transit gateways.', docs: `${TGW_GUIDE}/transit-gateway-quotas.html` },
  'tgw-peering-static-routes': { severities: I, tier: 'T2', section: 'Transit gateway', summary: 'A transit gateway peering carries static routes only.', docs: `${TGW_GUIDE}/tgw-peering.html` },
  // F. Direct Connect
  'dxgw-not-transitive': { severities: E, tier: 'T1', section: 'Direct Connect', summary: 'Traffic would pass through a Direct Connect gateway between two associations, two VIFs, or a VIF and a VPN.', docs: `${DX_GUIDE}/direct-connect-gateways-intro.html` },
  'dxgw-vpc-cidr-overlap': { severities: E, tier: 'T1', section: 'Direct Connect', summary: 'Two VPCs associated with one Direct Connect gateway have overlapping blocks.', docs: `${DX_GUIDE}/virtualgateways.html` },
  'dxgw-mixed-association': { severities: E, tier: 'T1', section: 'Direct Connect', summary: 'A Direct Connect gateway has both virtual private gateway and transit gateway associations.', docs: `${DX_GUIDE}/direct-connect-transit-gateways.html` },
  'vif-target': { severities: E, tier: 'T1', section: 'Direct Connect', summary: 'A virtual interface ends on something its type cannot reach.', docs: `${DX_GUIDE}/WorkingWithVirtualInterfaces.html` },
  'dxgw-single-parent': { severities: E, tier: 'T2', section: 'Direct Connect', summary: 'One virtual private gateway is associated with more than one Direct Connect gateway.', docs: `${DX_GUIDE}/virtualgateways.html` },
  'dxgw-allowed-prefixes': { severities: EW, tier: 'T2', section: 'Direct Connect', summary: 'Allowed prefixes of a Direct Connect gateway association are missing, overlap, or advertise nothing.', docs: `${DX_GUIDE}/allowed-to-prefixes.html` },
  'vif-private-vgw-region': { severities: E, tier: 'T2', section: 'Direct Connect', summary: 'A private VIF goes straight to a VGW in another region; that needs a Direct Connect gateway.', docs: `${DX_GUIDE}/virtualgateways.html` },
  'dx-macsec': { severities: E, tier: 'T2', section: 'Direct Connect', summary: 'MACsec on a hosted connection, or on a dedicated one that is not 10, 100 or 400 Gbps.', docs: `${DX_GUIDE}/MACsec.html` },
  'dx-vif-quota': { severities: E, tier: 'T2', section: 'Direct Connect', summary: 'A Direct Connect connection has more virtual interfaces than AWS allows.', docs: `${DX_GUIDE}/limits.html` },
  'hybrid-cidr-overlap': { severities: W, tier: 'T1', section: 'Direct Connect', summary: 'An on-premises block overlaps a block of a VPC it is connected to.', docs: `${VPC_GUIDE}/WorkWithRouteTables.html` },
  'dx-consider-gateway': { severities: I, tier: 'T2', section: 'Direct Connect', summary: 'One Direct Connect connection has private VIFs to two or more VPCs; a gateway scales better.', docs: `${DX_GUIDE}/direct-connect-gateways-intro.html` },
  // G. Endpoints, PrivateLink and load balancers
  'gateway-endpoint-service': { severities: E, tier: 'T2', section: 'Endpoints, PrivateLink and load balancers', summary: 'A gateway endpoint is for a service other than S3 or DynamoDB, or sits in a subnet.', docs: `${PRIVATELINK_GUIDE}/gateway-endpoints.html` },
  'interface-endpoint-private-dns': { severities: W, tier: 'T2', section: 'Endpoints, PrivateLink and load balancers', summary: 'An interface endpoint uses private DNS in a VPC without DNS support and DNS hostnames.', docs: `${VPC_GUIDE}/vpc-dns.html` },
  'endpoint-service-load-balancer': { severities: E, tier: 'T2', section: 'Endpoints, PrivateLink and load balancers', summary: 'An endpoint service is fronted by an Application Load Balancer.', docs: `${PRIVATELINK_GUIDE}/create-endpoint-service.html` },
  'privatelink-cross-region': { severities: E, tier: 'T2', section: 'Endpoints, PrivateLink and load balancers', summary: 'An endpoint consumes a service in another region that does not allow that region.', docs: `${PRIVATELINK_GUIDE}/create-endpoint-service.html` },
  'load-balancer-subnets': { severities: E, tier: 'T2', section: 'Endpoints, PrivateLink and load balancers', summary: 'A load balancer\'s subnets or Elastic IPs are not a combination AWS accepts.', docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateLoadBalancer.html' },
  // H. Quotas
  'quota-default-exceeded': { severities: W, tier: 'T2', section: 'Quotas', summary: 'A region holds more of a resource than the default quota allows.', docs: `${VPC_GUIDE}/amazon-vpc-limits.html` },
  // Flows
  'flow-no-path': { severities: E, tier: 'T1', section: 'Flows', summary: 'A flow\'s ends are not connected by any chain of connections.', docs: `${VPC_GUIDE}/how-it-works.html` },
  'nat-remote-use': { severities: E, tier: 'T2', section: 'Flows', summary: 'A flow to the internet could only leave through a gateway reached across a VPN, Direct Connect or peering.', docs: `${VPC_GUIDE}/vpc-nat-gateway.html` },
  // I. Routing (routing.md). The ids marked "(reach)" are decided by `reach` and flows, never by a rule of their own.
  'route-table-main': { severities: E, tier: 'T1', section: 'Routing', summary: 'An explicitly routed VPC has no main route table, or more than one.', docs: `${VPC_GUIDE}/subnet-route-tables.html` },
  'route-table-ref': { severities: E, tier: 'T1', section: 'Routing', summary: 'A route table association, attachment subnet, VGW propagation or transit gateway association names something that is not there.', docs: `${VPC_GUIDE}/subnet-route-tables.html` },
  'route-target-invalid': { severities: E, tier: 'T1', section: 'Routing', summary: 'A route targets something that does not exist, cannot be a target, or is not usable from that VPC or transit gateway.', docs: `${VPC_GUIDE}/route-table-options.html` },
  'route-destination-invalid': { severities: E, tier: 'T1', section: 'Routing', summary: 'A route\'s destination is not a CIDR, or is of a family its target cannot carry.', docs: `${VPC_GUIDE}/route-table-options.html` },
  'route-duplicate': { severities: E, tier: 'T1', section: 'Routing', summary: 'One route table lists two routes for the same destination.', docs: `${VPC_GUIDE}/route-tables-priority.html` },
  'route-local-conflict': { severities: E, tier: 'T2', section: 'Routing', summary: 'A static route is for a block inside the VPC\'s own, other than a subnet\'s block to a NAT gateway or appliance.', docs: `${VPC_GUIDE}/route-table-options.html#route-tables-appliance-routing` },
  'subnet-public-mismatch': { severities: W, tier: 'T1', section: 'Routing', summary: 'A subnet marked public has no default route to an internet gateway, or one not marked public has it.', docs: `${VPC_GUIDE}/VPC_Internet_Gateway.html` },
  'tgw-association-multiple': { severities: E, tier: 'T1', section: 'Routing', summary: 'A transit gateway attachment is associated with more than one route table.', docs: `${TGW_GUIDE}/tgw-route-tables.html` },
  'tgw-attachment-unassociated': { severities: W, tier: 'T1', section: 'Routing', summary: 'An attachment of an explicitly routed transit gateway is associated with no route table, so its traffic is dropped.', docs: `${TGW_GUIDE}/tgw-route-tables.html` },
  'tgw-peering-propagation': { severities: E, tier: 'T2', section: 'Routing', summary: 'A transit gateway peering is listed as a propagation; peerings carry static routes only.', docs: `${TGW_GUIDE}/tgw-peering-add-route.html` },
  'vpn-static-no-route': { severities: W, tier: 'T2', section: 'Routing', summary: 'A static VPN to a transit gateway has a site block that no static route sends to it.', docs: `${TGW_GUIDE}/tgw-vpn-attachments.html` },
  'appliance-mode-off': { severities: W, tier: 'T2', section: 'Routing', summary: 'A transit gateway sends traffic through an appliance in a VPC whose attachment has appliance mode off.', docs: `${TGW_GUIDE}/transit-gateway-appliance-scenario.html` },
  'gateway-endpoint-unassociated': { severities: W, tier: 'T2', section: 'Routing', summary: 'A gateway endpoint of an explicitly routed VPC is associated with no route table.', docs: `${PRIVATELINK_GUIDE}/gateway-endpoints.html` },
  'appliance-source-dest-check': { severities: E, tier: 'T2', section: 'Routing', summary: 'A route targets an instance whose source/destination check is on, so it drops what it should forward.', docs: `${VPC_GUIDE}/route-table-options.html#route-tables-appliance-routing` },
  'route-no-route': { severities: E, tier: 'T1', section: 'Routing', summary: '(reach) No route contains the destination at some hop of the path.', docs: `${VPC_GUIDE}/route-tables-priority.html` },
  'route-blackhole': { severities: E, tier: 'T1', section: 'Routing', summary: '(reach) The route used at some hop is a blackhole.', docs: `${TGW_GUIDE}/tgw-create-static-route.html` },
  'route-return-missing': { severities: E, tier: 'T1', section: 'Routing', summary: '(flow) The forward path exists, but the reply has no route back.', docs: `${VPC_GUIDE}/route-table-options.html` },
  'route-loop': { severities: E, tier: 'T2', section: 'Routing', summary: '(reach) A packet comes back to a route table it already used for the same destination.', docs: `${VPC_GUIDE}/route-table-options.html` },
  'gateway-endpoint-remote-use': { severities: E, tier: 'T2', section: 'Routing', summary: '(reach) A gateway endpoint is used from outside its VPC, or from a subnet whose table it is not associated with.', docs: `${PRIVATELINK_GUIDE}/gateway-endpoints.html` },
  'public-ip-missing': { severities: E, tier: 'T2', section: 'Routing', summary: '(reach) IPv4 traffic would leave through an internet gateway without a public address of that gateway\'s VPC.', docs: `${VPC_GUIDE}/VPC_Internet_Gateway.html` },
  'dx-asn-conflict': { severities: E, tier: 'T2', section: 'Routing', summary: 'A transit gateway has its Direct Connect gateway\'s ASN, or two transit gateways in different regions on one DX gateway share one.', docs: `${DX_GUIDE}/direct-connect-transit-gateways.html` },
  'load-balancer-subnet-size': { severities: E, tier: 'T2', section: 'Routing', summary: 'An Application Load Balancer uses a subnet smaller than /27.', docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#subnets-load-balancer' },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULE_CATALOGUE;

export const RULE_IDS = Object.keys(RULE_CATALOGUE) as RuleId[];

export function ruleInfo(id: RuleId): RuleInfo {
  return RULE_CATALOGUE[id];
}

export function isRuleId(value: string): value is RuleId {
  return Object.prototype.hasOwnProperty.call(RULE_CATALOGUE, value);
}
