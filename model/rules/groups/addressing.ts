/**
 * Addressing (rules.md section A, and `cidr-host-bits`), the internet gateway and NAT rules of
 * section B, and the default quotas of section H. Each lives in model/rules/<rule-id>.ts with its
 * test beside it.
 */
import { cidrHostBits } from '../cidr-host-bits';
import { internetGatewayOnePerVpc } from '../internet-gateway-one-per-vpc';
import { ipv6CidrSize } from '../ipv6-cidr-size';
import { natElasticIp } from '../nat-elastic-ip';
import { natPublicPlacement } from '../nat-public-placement';
import { publicIpInPrivateSubnet } from '../public-ip-in-private-subnet';
import { publicSubnetWithoutIgw } from '../public-subnet-without-igw';
import { quotaDefaultExceeded } from '../quota-default-exceeded';
import { subnetAzRegion } from '../subnet-az-region';
import { subnetCapacity } from '../subnet-capacity';
import { subnetCidrOverlap } from '../subnet-cidr-overlap';
import { subnetCidrSize } from '../subnet-cidr-size';
import { subnetIpv6WithoutVpcIpv6 } from '../subnet-ipv6-without-vpc-ipv6';
import { subnetOutsideVpc } from '../subnet-outside-vpc';
import { vpcCidrBlocksOverlap } from '../vpc-cidr-blocks-overlap';
import { vpcCidrCount } from '../vpc-cidr-count';
import { vpcCidrPublicRange } from '../vpc-cidr-public-range';
import { vpcCidrRestricted } from '../vpc-cidr-restricted';
import { vpcCidrSize } from '../vpc-cidr-size';
import type { Rule } from '../rule';

export const addressingRules: Rule[] = [
  cidrHostBits,
  vpcCidrSize,
  vpcCidrBlocksOverlap,
  vpcCidrRestricted,
  vpcCidrPublicRange,
  vpcCidrCount,
  subnetOutsideVpc,
  subnetCidrSize,
  subnetCidrOverlap,
  subnetCapacity,
  subnetIpv6WithoutVpcIpv6,
  ipv6CidrSize,
  subnetAzRegion,
  internetGatewayOnePerVpc,
  publicSubnetWithoutIgw,
  natPublicPlacement,
  natElasticIp,
  publicIpInPrivateSubnet,
  quotaDefaultExceeded,
];
