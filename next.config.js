/**
 * Headers every response carries. The Content-Security-Policy needs a fresh nonce per page, so it
 * is set in `proxy.ts`; `frame-ancestors 'none'` there and `X-Frame-Options: DENY` here (for
 * browsers that predate frame-ancestors) keep the editor out of other sites' frames.
 */
const SECURITY_HEADERS = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Nothing the app loads or links to needs to know where the reader came from.
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
