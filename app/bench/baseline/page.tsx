import { BenchBaselineLoader } from '../../../components/bench/bench-loaders';

export const metadata = { title: 'VPC Canvas: bare React Flow baseline' };

export default function BenchBaselinePage() {
  return <BenchBaselineLoader />;
}
