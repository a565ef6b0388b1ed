'use client';
/** The design at a glance: counts, and IPv4 address space per region (model/review/summary.ts). */
import type { AddressSpace, DesignSummary } from '../../model/review/summary';
import { groupDigits } from '../../model/text/group-digits';

const n = (value: number) => groupDigits(value);

function percent(space: AddressSpace): string {
  const value = space.allocatedPercent;
  if (value === undefined) return '—';
  if (value > 0 && value < 0.1) return 'below 0.1 %';
  return `${value.toFixed(1)} %`;
}

export function DesignSummaryView({ summary }: { summary: DesignSummary }) {
  const counts: Array<[string, number]> = [
    ['VPCs', summary.vpcs],
    ['Subnets', summary.subnets],
    ['Transit gateways', summary.transitGateways],
    ['On-premises networks', summary.onPremisesNetworks],
    ['Connections', summary.connections],
  ];
  return (
    <section className="vc-review-section" aria-labelledby="vc-review-summary">
      <h2 id="vc-review-summary">Summary</h2>
      <dl className="vc-review-counts">
        {counts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{n(value)}</dd>
          </div>
        ))}
      </dl>
      <h3>IPv4 address space by region</h3>
      {summary.regions.length === 0 ? (
        <p className="vc-muted">The design has no VPCs yet.</p>
      ) : (
        <div className="vc-table-scroll">
          <table className="vc-review-table" aria-label="IPv4 address space by region">
            <thead>
              <tr>
                <th scope="col">Region</th>
                <th scope="col">VPCs</th>
                <th scope="col">Subnets</th>
                <th scope="col">VPC addresses</th>
                <th scope="col">Subnet addresses</th>
                <th scope="col">In subnets</th>
              </tr>
            </thead>
            <tbody>
              {summary.regions.map((r) => (
                <tr key={r.label}>
                  <th scope="row">{r.region === undefined ? <em>{r.label}</em> : r.label}</th>
                  <td>{n(r.vpcs)}</td>
                  <td>{n(r.subnets)}</td>
                  <td>{n(r.vpcAddresses)}</td>
                  <td>{n(r.subnetAddresses)}</td>
                  <td>{percent(r)}</td>
                </tr>
              ))}
            </tbody>
            {summary.regions.length > 1 && (
              <tfoot>
                <tr>
                  <th scope="row">All regions</th>
                  <td>{n(summary.vpcs)}</td>
                  <td>{n(summary.subnets)}</td>
                  <td>{n(summary.total.vpcAddresses)}</td>
                  <td>{n(summary.total.subnetAddresses)}</td>
                  <td>{percent(summary.total)}</td>
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      )}
      <p className="vc-muted vc-review-note">Overlapping blocks are counted once. “In subnets” is the share of VPC space that subnets take within their own VPC.</p>
    </section>
  );
}
