// Static files the pages load, from a fixed map of URL path → file. A request path is only ever a
// key into this map, so `..` or encoded traversal cannot reach the file system.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface Asset {
  type: string;
  body: Buffer;
}

/** The package root: the nearest folder above this module with a package.json (src/ under tsx, dist/src/ when built). */
function packageRoot(): string {
  let dir = import.meta.dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('gongwen serve: cannot find the package root');
    dir = up;
  }
  return dir;
}

const JS = 'text/javascript; charset=utf-8';

function assetFiles(): Record<string, { file: string; type: string }> {
  const statics = join(packageRoot(), 'src', 'serve', 'static');
  const require = createRequire(import.meta.url);
  return {
    '/assets/viewer.css': { file: join(statics, 'viewer.css'), type: 'text/css; charset=utf-8' },
    '/assets/viewer.js': { file: join(statics, 'viewer.js'), type: JS },
    '/assets/echarts.min.js': { file: require.resolve('echarts/dist/echarts.min.js'), type: JS },
  };
}

/** Reads every asset once (they are small and never change while serving). */
export function loadAssets(): Map<string, Asset> {
  return new Map(Object.entries(assetFiles()).map(([path, a]) => [path, { type: a.type, body: readFileSync(a.file) }]));
}
