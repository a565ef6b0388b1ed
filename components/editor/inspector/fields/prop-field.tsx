'use client';
/** One field per prop spec: the registry decides what the inspector shows. */
import { availabilityZonesOf, defaultOf, indexOf, type PropSpec, type TopologyDocument, type TopologyNode } from '../../../../model';
import { BooleanField } from './boolean-field';
import { CidrField } from './cidr-field';
import { EnumField } from './enum-field';
import { IntegerField } from './integer-field';
import { ListField } from './list-field';
import { NodeListField } from './node-list-field';
import { isKind } from '../../../../model/document/kind-guards';
import { RouteTablesSection } from '../routing/route-tables-section';
import { SubnetRoutes } from '../routing/subnet-routes';
import { RouteTableField, RouteTableListField } from './route-table-field';
import { TextField } from './text-field';

export interface PropFieldProps {
  id: string;
  spec: PropSpec;
  /** Stored props of the element (without defaults). */
  stored: Record<string, unknown>;
  name: string;
  doc: TopologyDocument;
  /** The node being edited, for fields whose choices depend on where it is. */
  node?: TopologyNode;
  onChange(value: unknown): void;
}

const asString = (v: unknown) => (typeof v === 'string' ? v : undefined);
const asStrings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : undefined);

export function PropField({ id, spec, stored, name, doc, node, onChange }: PropFieldProps) {
  const value = stored[name];
  const fallback = defaultOf(spec, stored);
  switch (spec.type) {
    case 'string': {
      const region = spec.suggest === 'availability-zones' && node ? indexOf(doc).regionOf(node) : undefined;
      const suggestions = region ? availabilityZonesOf(region) : spec.suggestions;
      return (
        <TextField
          id={id}
          label={spec.label}
          value={asString(value)}
          fallback={asString(fallback)}
          onChange={onChange}
          {...(spec.placeholder ? { placeholder: spec.placeholder } : {})}
          {...(suggestions ? { suggestions } : {})}
        />
      );
    }
    case 'cidr':
      return <CidrField id={id} label={spec.label} value={asString(value)} onChange={onChange} family={spec.family} required={!spec.optional} />;
    case 'cidr-list':
      return (
        <ListField
          id={id}
          label={spec.label}
          value={asStrings(value)}
          fallback={spec.default}
          onChange={onChange}
          family={spec.family}
          itemLabel={spec.family === 4 ? 'IPv4 block' : 'IPv6 block'}
          placeholder={spec.family === 4 ? '10.1.0.0/16' : '2600:1f18::/56'}
        />
      );
    case 'string-list':
      return (
        <ListField
          id={id}
          label={spec.label}
          value={asStrings(value)}
          fallback={spec.default}
          onChange={onChange}
          itemLabel="Entry"
          {...(spec.placeholder ? { placeholder: spec.placeholder } : {})}
        />
      );
    case 'node-list': {
      const index = indexOf(doc);
      const vpc = node ? index.vpcOf(node) : undefined;
      const candidates = vpc ? index.childrenOfKind(vpc.id, spec.of as 'subnet') : [];
      return <NodeListField id={id} label={spec.label} value={asStrings(value)} fallback={spec.default} onChange={onChange} candidates={candidates} />;
    }
    case 'boolean':
      return <BooleanField id={id} label={spec.label} value={typeof value === 'boolean' ? value : undefined} fallback={Boolean(fallback)} onChange={onChange} />;
    case 'integer':
      return (
        <IntegerField
          id={id}
          label={spec.label}
          value={typeof value === 'number' ? value : undefined}
          {...(typeof fallback === 'number' ? { fallback } : {})}
          onChange={onChange}
          min={spec.min}
          max={spec.max}
        />
      );
    case 'enum':
      return <EnumField id={id} label={spec.label} value={asString(value)} fallback={spec.default} onChange={onChange} values={spec.values} />;
    case 'route-tables':
      // Tables are edited as tables (routes, associations), not as one field.
      return node ? <RouteTablesSection node={node} /> : null;
    case 'route-table-ref':
    case 'route-table-list': {
      const vpc = node ? indexOf(doc).vpcOf(node) : undefined;
      const tables = vpc?.props?.routeTables ?? [];
      // An implicitly routed VPC has no tables to choose from: nothing to show.
      if (tables.length === 0 && value === undefined) return null;
      return spec.type === 'route-table-ref' ? (
        <>
          <RouteTableField id={id} label={spec.label} value={asString(value)} onChange={onChange} tables={tables} />
          {node && isKind(node, 'subnet') && <SubnetRoutes subnet={node} />}
        </>
      ) : (
        <RouteTableListField id={id} label={spec.label} value={asStrings(value)} fallback={spec.default} onChange={onChange} tables={tables} />
      );
    }
  }
}
