/**
 * A synthetic AWS account as the AWS CLI would print it: `vpcs` VPCs of three subnets each, every
 * VPC attached to one transit gateway with two route tables, a NAT gateway and an internet
 * gateway in every tenth VPC, and route tables to match. Used by `bench:import`. Like the CLI's own
 * output, the transit gateway carries its ARN: files chosen one by one (no `<account>/<region>/`
 * folder) still say its region.
 */
import type { InputFile } from '../model/import/aws/import-aws';

const hex = (n: number, width = 8) => n.toString(16).padStart(width, '0');

export function generateAwsDescribe(vpcs: number, account = '111122223333', region = 'us-east-1'): InputFile[] {
  const Vpcs: unknown[] = [];
  const Subnets: unknown[] = [];
  const RouteTables: unknown[] = [];
  const InternetGateways: unknown[] = [];
  const NatGateways: unknown[] = [];
  const TransitGatewayVpcAttachments: unknown[] = [];
  const TransitGatewayAttachments: unknown[] = [];
  const propagations: unknown[] = [];
  const tgw = 'tgw-0000000000000001';
  for (let v = 0; v < vpcs; v++) {
    const vpcId = `vpc-${hex(v, 17)}`;
    const second = v >> 8;
    const third = v & 255;
    const block = `10.${second}.${third}.0/24`;
    Vpcs.push({
      VpcId: vpcId, CidrBlock: block, State: 'available', OwnerId: account,
      CidrBlockAssociationSet: [{ AssociationId: `vpc-cidr-assoc-${hex(v)}`, CidrBlock: block, CidrBlockState: { State: 'associated' } }],
      Tags: [{ Key: 'Name', Value: `vpc-${v}` }],
    });
    const subnetIds: string[] = [];
    for (let s = 0; s < 3; s++) {
      const subnetId = `subnet-${hex(v * 3 + s, 17)}`;
      subnetIds.push(subnetId);
      Subnets.push({ SubnetId: subnetId, VpcId: vpcId, CidrBlock: `10.${second}.${third}.${s * 64}/26`, AvailabilityZone: `${region}${'abc'[s]}`, State: 'available' });
    }
    const attachment = `tgw-attach-${hex(v, 17)}`;
    const routes: unknown[] = [
      { DestinationCidrBlock: block, GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' },
      { DestinationCidrBlock: '10.0.0.0/8', TransitGatewayId: tgw, Origin: 'CreateRoute', State: 'active' },
    ];
    if (v % 10 === 0) {
      const igw = `igw-${hex(v, 17)}`;
      const nat = `nat-${hex(v, 17)}`;
      InternetGateways.push({ InternetGatewayId: igw, Attachments: [{ State: 'available', VpcId: vpcId }] });
      NatGateways.push({ NatGatewayId: nat, SubnetId: subnetIds[0], VpcId: vpcId, State: 'available', ConnectivityType: 'public', NatGatewayAddresses: [{ AllocationId: `eipalloc-${hex(v)}` }] });
      routes.push({ DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: nat, Origin: 'CreateRoute', State: 'active' });
    }
    RouteTables.push({ RouteTableId: `rtb-${hex(v, 17)}`, VpcId: vpcId, Associations: [{ Main: true, AssociationState: { State: 'associated' } }], Routes: routes, PropagatingVgws: [] });
    TransitGatewayVpcAttachments.push({ TransitGatewayAttachmentId: attachment, TransitGatewayId: tgw, VpcId: vpcId, SubnetIds: subnetIds, State: 'available', Options: { ApplianceModeSupport: 'disable' } });
    TransitGatewayAttachments.push({
      TransitGatewayAttachmentId: attachment, TransitGatewayId: tgw, ResourceType: 'vpc', ResourceId: vpcId, State: 'available',
      Association: { TransitGatewayRouteTableId: v % 2 ? 'tgw-rtb-spokes' : 'tgw-rtb-shared', State: 'associated' },
    });
    propagations.push({ TransitGatewayAttachmentId: attachment, ResourceId: vpcId, ResourceType: 'vpc', State: 'enabled' });
  }
  const json = (value: unknown) => JSON.stringify(value, null, 4);
  const at = (name: string) => `${account}/${region}/${name}.json`;
  return [
    { path: at('describe-vpcs'), text: json({ Vpcs }) },
    { path: at('describe-subnets'), text: json({ Subnets }) },
    { path: at('describe-route-tables'), text: json({ RouteTables }) },
    { path: at('describe-internet-gateways'), text: json({ InternetGateways }) },
    { path: at('describe-nat-gateways'), text: json({ NatGateways }) },
    { path: at('describe-transit-gateways'), text: json({ TransitGateways: [{ TransitGatewayId: tgw, TransitGatewayArn: `arn:aws:ec2:${region}:${account}:transit-gateway/${tgw}`, OwnerId: account, State: 'available', Options: { AmazonSideAsn: 64512 } }] }) },
    { path: at('describe-transit-gateway-attachments'), text: json({ TransitGatewayAttachments }) },
    { path: at('describe-transit-gateway-vpc-attachments'), text: json({ TransitGatewayVpcAttachments }) },
    {
      path: at('describe-transit-gateway-route-tables'),
      text: json({ TransitGatewayRouteTables: ['tgw-rtb-shared', 'tgw-rtb-spokes'].map((id) => ({ TransitGatewayRouteTableId: id, TransitGatewayId: tgw, State: 'available' })) }),
    },
    { path: at('tgw-propagations-shared'), text: json({ TransitGatewayRouteTableId: 'tgw-rtb-shared', TransitGatewayRouteTablePropagations: propagations }) },
  ];
}
