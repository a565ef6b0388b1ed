import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import '@xyflow/react/dist/style.css';
import './globals.css';

export const metadata: Metadata = {
  title: 'VPC Canvas',
  description: 'Design and validate AWS network topologies',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered per request, never prerendered: the Content-Security-Policy's nonce (proxy.ts) is
  // new for every page, and Next.js can only put it on the scripts of a page it renders then.
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
