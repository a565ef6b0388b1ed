import type { Metadata } from 'next';
import { ReviewLoader } from '../../components/review/review-loader';

export const metadata: Metadata = {
  title: 'Design review · VPC Canvas',
  description: 'A read-only review of a shared AWS network design: diagram, findings and reachability',
};

export default function ReviewRoute() {
  return <ReviewLoader />;
}
