import { BenchEditorLoader } from '../../../components/bench/bench-loaders';

export const metadata = { title: 'VPC Canvas: editor benchmark' };

export default function BenchEditorPage() {
  return <BenchEditorLoader />;
}
