import { describe, expect, it } from 'vitest';
import { buildDocument, node, subnet, vpc } from '../testing/build';
import { iconKeyOf, iconSymbol } from './icon-symbols';

describe('iconKeyOf', () => {
  it('tells public subnets and network load balancers apart from their kind', () => {
    const doc = buildDocument([
      vpc('v', ['10.0.0.0/16']),
      subnet('pub', 'v', '10.0.1.0/24', { props: { cidr: '10.0.1.0/24', public: true } }),
      subnet('priv', 'v', '10.0.2.0/24'),
      node('nlb', 'load-balancer', 'v', { type: 'nlb' }),
      node('alb', 'load-balancer', 'v'),
    ]);
    expect(doc.nodes.map(iconKeyOf)).toEqual(['vpc', 'subnet-public', 'subnet', 'load-balancer-nlb', 'load-balancer']);
  });
});

describe('iconSymbol', () => {
  it('keeps the viewBox, drops the prolog and title, and makes ids unique to the icon', () => {
    const symbol = iconSymbol('nat', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><title>NAT</title><clipPath id="c"><path d="M0 0h1v1z"/></clipPath><use href="#c"/><g clip-path="url(#c)"/></svg>')!;
    expect(symbol.startsWith('<symbol id="vc-icon-nat" viewBox="0 0 40 40">')).toBe(true);
    expect(symbol).not.toContain('<title>');
    expect(symbol).not.toContain('<?xml');
    expect(symbol).toContain('id="vc-icon-nat-c"');
    expect(symbol).toContain('href="#vc-icon-nat-c"');
    expect(symbol).toContain('url(#vc-icon-nat-c)');
  });

  it('takes the size from width and height when there is no viewBox, and refuses what is not an svg', () => {
    expect(iconSymbol('x', '<svg width="24" height="24"><path d="M0 0"/></svg>')).toContain('viewBox="0 0 24 24"');
    expect(iconSymbol('x', '<html>not an icon</html>')).toBeUndefined();
  });
});
