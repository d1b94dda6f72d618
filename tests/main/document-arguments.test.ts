import { describe, expect, it } from 'vitest';
import { documentPathsFromArgv } from '../../src/main/document-arguments';
import { OpenRequests } from '../../src/main/open-requests';
import type { RecentDocument } from '../../src/shared/contract';

describe('files named at launch', () => {
  it('takes the arguments after the executable (and the app folder unpackaged), without switches', () => {
    expect(
      documentPathsFromArgv(['/opt/es/embedding-studio', '--no-sandbox', '/data/words.csv', 'rel/p.esproj'], {
        isPackaged: true,
        workingDirectory: '/home/u',
      }),
    ).toEqual(['/data/words.csv', '/home/u/rel/p.esproj']);
    expect(
      documentPathsFromArgv(['/usr/bin/electron', '.', '/data/words.csv'], {
        isPackaged: false,
        workingDirectory: '/repo',
      }),
    ).toEqual(['/data/words.csv']);
    expect(
      documentPathsFromArgv(['/opt/es/embedding-studio'], { isPackaged: true, workingDirectory: '/' }),
    ).toEqual([]);
  });
});

describe('OpenRequests', () => {
  const doc = (name: string): RecentDocument => ({ documentId: `id-${name}`, name, size: 1 });

  it('queues until the page listens, then sends at once; a reload queues again', () => {
    const sent: string[] = [];
    let reachable = true;
    const requests = new OpenRequests((document) => {
      if (reachable) sent.push(document.name);
      return reachable;
    });
    requests.push(doc('a.csv'));
    expect(sent).toEqual([]);
    expect(requests.take().map((d) => d.name)).toEqual(['a.csv']);
    requests.push(doc('b.csv'));
    expect(sent).toEqual(['b.csv']);
    requests.pageUnloaded();
    requests.push(doc('c.csv'));
    reachable = false;
    expect(requests.take().map((d) => d.name)).toEqual(['c.csv']);
    requests.push(doc('d.csv'));
    expect(requests.take().map((d) => d.name)).toEqual(['d.csv']);
    expect(sent).toEqual(['b.csv']);
  });
});
