/**
 * The shape both infrastructure-as-code importers (Terraform, CloudFormation) map their resources
 * to before one builder turns them into a document. Terraform and CloudFormation describe the same
 * EC2 and Direct Connect resources with different names and a different split into resources
 * (`aws_route_table` holds inline routes; `AWS::EC2::Route` is its own resource), so each source
 * has its own mapping table into this shape, and the graph work (containment, attachments, route
 * tables, what is left out and why) is written once.
 *
 * References are already resolved here: a field that names another resource holds that
 * resource's document id when it is in the input, or the literal the source gave (an id of
 * something outside the input) otherwise.
 */

/** What a resource stands for, whichever source described it. */
export type IacType =
  | 'vpc' | 'vpc-cidr' | 'subnet'
  | 'internet-gateway' | 'egress-only-internet-gateway' | 'vpn-gateway' | 'gateway-attachment'
  | 'nat-gateway' | 'vpc-endpoint' | 'instance'
  | 'customer-gateway' | 'vpn-connection' | 'vpn-route'
  | 'vpc-peering'
  | 'transit-gateway' | 'tgw-vpc-attachment' | 'tgw-peering' | 'tgw-peering-accepter'
  | 'tgw-route-table' | 'tgw-association' | 'tgw-propagation' | 'tgw-route'
  /** Names an attachment made by another resource (a VPN's or a Direct Connect gateway's): an alias of that connection. */
  | 'tgw-attachment-lookup'
  | 'route-table' | 'route' | 'route-table-association' | 'main-route-table-association' | 'default-route-table'
  /** A VGW's routes propagated into VPC route tables (`routeTables`, `gateway`). */
  | 'vgw-propagation'
  | 'dx-gateway' | 'dx-gateway-association' | 'dx-connection' | 'virtual-interface';

/** A route as a source lists it; the target is resolved like any reference. */
export interface IacRoute {
  destination?: string;
  target?: string;
  /** Where in the resource the route was written (`route[1]`), for the report. */
  field: string;
}

/** The fields the builder reads; each type uses the few that apply to it. */
export interface IacFields {
  vpc?: string;
  subnet?: string;
  /** The other end: a gateway (attachment, association, VIF), the peer VPC or gateway. */
  peer?: string;
  gateway?: string;
  table?: string;
  attachment?: string;
  transitGateway?: string;
  customerGateway?: string;
  vpnGateway?: string;
  vpnConnection?: string;
  dxGateway?: string;
  connection?: string;
  cidr?: string;
  ipv6Cidr?: string;
  az?: string;
  subnets?: string[];
  routeTables?: string[];
  routes?: IacRoute[];
  /** VGWs whose routes a VPC route table learns. */
  propagate?: string[];
  destination?: string;
  target?: string;
  blackhole?: boolean;
  asn?: number;
  ip?: string;
  staticRoutesOnly?: boolean;
  accelerated?: boolean;
  connectivity?: string;
  elasticIps?: number;
  endpointType?: string;
  service?: string;
  privateDns?: boolean;
  applianceMode?: boolean;
  multicast?: boolean;
  location?: string;
  bandwidth?: string;
  vifType?: string;
  allowedPrefixes?: string[];
  publicIp?: boolean;
  sourceDestCheck?: boolean;
  dnsSupport?: boolean;
  dnsHostnames?: boolean;
  /** A status the source gives (`active`, `pending-acceptance`); absent means live. */
  status?: string;
}

/** One resource of the input, mapped. */
export interface IacResource {
  /** Its id in the document: the AWS id when the source knows it (Terraform state), else the address or logical id. */
  id: string;
  /** The Terraform address or the CloudFormation logical id. */
  originId: string;
  /** The source's own type name (`aws_subnet`, `AWS::EC2::Subnet`), for the report. */
  sourceType: string;
  type: IacType;
  name?: string;
  tags?: Record<string, string>;
  region?: string;
  account?: string;
  fields: IacFields;
}

/** What the shared builder needs to know of the source. */
export interface IacBuildOptions {
  /** `terraform` or `cloudformation`: the `origin.kind` of every element. */
  origin: 'terraform' | 'cloudformation';
  /** The document's name. */
  name: string;
  /** The region of resources whose source does not say (CloudFormation's stack region). */
  region?: string;
}
