import { describe, expect, it } from 'vitest';
import { serializeDocument } from '../../../model';
import { readFixtureFolder } from '../../../model/import/aws/testing/read-fixtures';
import { readComparison } from '../compare/read-comparison';
import { MAX_IMPORT_BYTES } from './document-text';
import { readGivenFileSet, type GivenFile } from './read-given-files';

const given = (path: string, text: string): GivenFile => ({ file: new File([text], path.split('/').pop()!), path });
const fixtureFolder = () => readFixtureFolder().map((f) => given(`snapshot/${f.path}`, f.text));

describe('readGivenFileSet: the files a user chose or dropped', () => {
  it('hands a dropped folder\'s paths to the importer, so that its folders name account and region', async () => {
    const long: string[] = [];
    const read = await readGivenFileSet(fixtureFolder(), (source) => long.push(source));
    expect(read?.ok).toBe(true);
    if (!read?.ok) return;
    expect(read.source).toBe(`${readFixtureFolder().length} files`);
    expect(long).toEqual([read.source]);
    // The eu-west-1 file names no region inside it: its folder does.
    const tgw = read.doc.nodes.find((n) => n.id === 'tgw-0f1e2d3c4bEXAMPLE');
    expect(tgw?.parent).toBe('region-eu-west-1');
    expect(read.report?.format).toBe('aws');
  });

  it('refuses a file over the size limit without reading it', async () => {
    const huge = { name: 'huge.json', size: MAX_IMPORT_BYTES + 1, text: () => Promise.reject(new Error('read')) } as unknown as File;
    const read = await readGivenFileSet([{ file: huge }]);
    expect(read).toMatchObject({ ok: false, title: 'huge.json is too large' });
  });

  it('says why a file cannot be read, and gives nothing for no files', async () => {
    const broken = { name: 'gone.json', size: 10, text: () => Promise.reject(new Error('the file was moved')) } as unknown as File;
    expect(await readGivenFileSet([{ file: broken }])).toMatchObject({ ok: false, message: 'The browser could not read gone.json: the file was moved.' });
    expect(await readGivenFileSet([])).toBeUndefined();
  });
});

describe('readComparison: the document to compare with', () => {
  it('names it by its name, else by what was read, and places an import\'s nodes so that removed ones can be drawn', async () => {
    const named = await readComparison([given('deployed.json', serializeDocument({ format: 'vpc-canvas', version: 2, name: ' Deployed ', nodes: [], connections: [] }))]);
    expect(named).toMatchObject({ name: '“Deployed”' });
    const imported = await readComparison(fixtureFolder());
    expect(imported && 'other' in imported && imported.name).toBe('“Imported from AWS”');
    expect(imported && 'other' in imported && imported.other.nodes.every((n) => n.position !== undefined)).toBe(true);
  });

  it('passes a refusal on', async () => {
    expect(await readComparison([given('x.json', '{"hello": 1}')])).toMatchObject({ ok: false, title: 'x.json cannot be opened' });
  });
});
