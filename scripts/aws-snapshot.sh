#!/usr/bin/env bash
# Saves what `vpc-canvas import` reads from an AWS account: the describe output of every call it
# understands, one JSON file per call, in OUT_DIR/<account>/<region>/. Needs the AWS CLI v2 and
# credentials that may call the ec2 and directconnect Describe*/Get*/Search* APIs (read-only).
#
#   scripts/aws-snapshot.sh [--region REGION]... OUT_DIR
#
# Without --region it uses the CLI's configured region. Nothing is sent anywhere but AWS.
set -euo pipefail

usage() {
  echo "usage: $0 [--region REGION]... OUT_DIR" >&2
  exit 2
}

regions=()
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --region) [ $# -ge 2 ] || usage; regions+=("$2"); shift 2 ;;
    -h|--help) usage ;;
    -*) echo "unknown option: $1" >&2; usage ;;
    *) [ -z "$out" ] || usage; out="$1"; shift ;;
  esac
done
[ -n "$out" ] || usage
command -v aws >/dev/null || { echo "the AWS CLI (aws) is not installed" >&2; exit 2; }
if [ ${#regions[@]} -eq 0 ]; then
  configured=$(aws configure get region || true)
  [ -n "$configured" ] || { echo "no region configured: pass --region" >&2; exit 2; }
  regions=("$configured")
fi

account=$(aws sts get-caller-identity --query Account --output text)

for region in "${regions[@]}"; do
  dir="$out/$account/$region"
  mkdir -p "$dir"
  echo "Reading $account in $region into $dir" >&2
  ec2() { aws ec2 "$@" --region "$region" --output json; }
  dx() { aws directconnect "$@" --region "$region" --output json; }

  for call in describe-vpcs describe-subnets describe-route-tables describe-internet-gateways \
    describe-egress-only-internet-gateways describe-nat-gateways describe-vpn-gateways \
    describe-customer-gateways describe-vpn-connections describe-vpc-peering-connections \
    describe-vpc-endpoints describe-transit-gateways describe-transit-gateway-attachments \
    describe-transit-gateway-vpc-attachments describe-transit-gateway-peering-attachments \
    describe-transit-gateway-route-tables; do
    ec2 "$call" > "$dir/$call.json"
  done

  # The per-table calls print no table id: it is added beside their output, where the importer looks for it.
  for rt in $(aws ec2 describe-transit-gateway-route-tables --region "$region" \
      --query 'TransitGatewayRouteTables[].TransitGatewayRouteTableId' --output text); do
    ec2 get-transit-gateway-route-table-associations --transit-gateway-route-table-id "$rt" \
      --query "{TransitGatewayRouteTableId: '$rt', Associations: Associations}" > "$dir/tgw-associations-$rt.json"
    ec2 get-transit-gateway-route-table-propagations --transit-gateway-route-table-id "$rt" \
      --query "{TransitGatewayRouteTableId: '$rt', TransitGatewayRouteTablePropagations: TransitGatewayRouteTablePropagations}" \
      > "$dir/tgw-propagations-$rt.json"
    ec2 search-transit-gateway-routes --transit-gateway-route-table-id "$rt" \
      --filters Name=state,Values=active,blackhole \
      --query "{TransitGatewayRouteTableId: '$rt', Routes: Routes}" > "$dir/tgw-routes-$rt.json"
  done

  dx describe-connections > "$dir/dx-describe-connections.json"
  dx describe-virtual-interfaces > "$dir/dx-describe-virtual-interfaces.json"
  dx describe-direct-connect-gateways > "$dir/dx-describe-direct-connect-gateways.json"
  for gw in $(aws directconnect describe-direct-connect-gateways --region "$region" \
      --query 'directConnectGateways[].directConnectGatewayId' --output text); do
    dx describe-direct-connect-gateway-associations --direct-connect-gateway-id "$gw" \
      > "$dir/dx-associations-$gw.json"
  done
done

echo "Done. Import with: npx vpc-canvas import $out -o network.json" >&2
