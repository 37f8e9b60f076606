#!/usr/bin/env node
// Completes package-lock.json with the platform builds of optional native packages (rollup's
// @rollup/rollup-<os>-<cpu>) that a registry mirror does not serve. `npm install` leaves them
// out when it cannot fetch them, and `npm ci` then refuses the lock as out of sync. The entries
// added here name each build's os and cpu, so npm ci skips them on every other platform.
// Run after `npm install` changes the lock: node scripts/lock-optional.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const lockPath = join(root, 'package-lock.json');
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const OS = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'openharmony', 'win32', 'sunos', 'aix', 'netbsd'];
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  if (!path.startsWith('node_modules/') || path.includes('/node_modules/', 13)) continue;
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(root, path, 'package.json'), 'utf8'));
  } catch {
    continue; // not installed on this platform
  }
  for (const [name, version] of Object.entries(manifest.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    const parts = name.split('/').pop().split('-');
    const os = parts.find((p) => OS.includes(p));
    if (!os) continue;
    const cpu = parts[parts.indexOf(os) + 1];
    lock.packages[key] = { version, cpu: [cpu], dev: entry.dev || undefined, license: manifest.license, optional: true, os: [os] };
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
lock.packages = sorted;
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
console.log(`${added} platform entries added to package-lock.json`);
