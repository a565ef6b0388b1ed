/**
 * "Compare with…": reads another document (our JSON, or AWS describe output, a Terraform plan or
 * a CloudFormation template, imported) and draws its differences from the one on the canvas.
 * Nothing on the canvas changes; ending the comparison removes the overlay.
 */
import { arrange } from '../../../model/edit/arrange';
import { readGivenFiles, type GivenFile } from '../import/open-document';
import { notify, setCompare, type EditorStore } from '../store/operations';

export async function compareWithFiles(store: EditorStore, given: readonly GivenFile[]): Promise<void> {
  const read = await readGivenFiles(store, given);
  if (!read || !read.result.ok) return;
  const { doc } = read.result;
  const name = doc.name?.trim() ? `“${doc.name.trim()}”` : read.source;
  // Nodes without positions (an import) get the quick arrangement, so the removed ones can be drawn.
  setCompare(store, { name, other: arrange(doc) });
  notify(store, `Comparing with ${name}: added and changed elements are marked, removed ones drawn as ghosts.`, 'info');
}
