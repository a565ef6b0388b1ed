/**
 * The Content-Security-Policy of every page, with a fresh nonce per request. Next.js reads the
 * nonce from the request's policy and puts it on its own scripts (the framework, the page's
 * chunks and the inline scripts that carry the React Server Components payload), so nothing else
 * runs. Static headers that need no nonce (frame, sniffing, referrer) are in `next.config.js`.
 * See Next.js's guide "How to set a Content Security Policy (CSP)", section "Adding a nonce with Proxy".
 */
import { NextResponse, type NextRequest } from 'next/server';

/**
 * What the pages use, and nothing more:
 * - scripts: only the ones Next.js marks with the nonce, and what they load ('strict-dynamic');
 *   development alone needs 'unsafe-eval' (React rebuilds server error stacks with eval);
 * - styles: the app's style sheets and Next's nonce-marked inline styles; development injects
 *   style elements without a nonce;
 * - images: icons are build assets; the image export draws an SVG `data:` URL on a canvas and
 *   hands the file over as a `blob:` URL;
 * - workers: the layout worker is a build asset of this origin;
 * - nothing may frame the editor ("Replace and open" must not be clickjacked), no plugins, no
 *   `<base>`, forms post nowhere.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  // On the request, so that the page's rendering finds the nonce; on the response, for the browser.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: build assets (scripts, styles, icons, the worker) need no policy of their own.
      source: '/((?!_next/static|_next/image|icon.svg|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
