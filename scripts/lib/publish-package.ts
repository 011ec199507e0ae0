/**
 * What `npm pack` must put in the package a site loads from an npm CDN: the bundle, the type
 * declarations, custom-elements.json, README, licence and changelog, and nothing else.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Files npm adds whatever `files` says, plus the ones `files` lists; type declarations come on top. */
export const PACKAGE_FILES = [
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'custom-elements.json',
  'dist/social-services-catalogue.js',
  'package.json',
] as const;

export const TYPES_DIR = 'dist/types';

/** The exact packed list: the fixed files and every declaration file the type build wrote. */
export function expectedPackFiles(typeFiles: readonly string[]): string[] {
  return [...PACKAGE_FILES, ...typeFiles.filter((file) => file.startsWith(`${TYPES_DIR}/`) && file.endsWith('.d.ts'))].sort();
}

export function comparePackFiles(actual: readonly string[], expected: readonly string[]): { missing: string[]; unexpected: string[] } {
  return {
    missing: expected.filter((file) => !actual.includes(file)),
    unexpected: actual.filter((file) => !expected.includes(file)),
  };
}

interface PackResult {
  files: Array<{ path: string }>;
  size: number;
  unpackedSize: number;
}

/** `npm pack --dry-run --json` without lifecycle scripts: the list npm would publish, nothing written. */
export function packFileList(root: string): { files: string[]; size: number; unpackedSize: number } {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32',
  });
  const [result] = JSON.parse(output) as PackResult[];
  if (!result) throw new Error('npm pack printed no result.');
  return { files: result.files.map((file) => file.path).sort(), size: result.size, unpackedSize: result.unpackedSize };
}

const LOCK_WAIT_MS = 300_000;

/** Sleeps without an event loop turn: the tests call this from synchronous setup. */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs `npm run <script>` when its output is missing, for tests that need the built package. Test files
 * run in parallel on a machine with more cores, so one lock (an atomic mkdir) keeps two of them from
 * building into dist/ at once or reading a file another is still writing.
 */
export function buildIfMissing(root: string, script: string, output: string): void {
  const lock = join(root, 'dist', '.build.lock');
  mkdirSync(dirname(lock), { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() > deadline) throw new Error(`${lock} stayed locked for ${LOCK_WAIT_MS / 1000} s: remove it if no build is running.`, { cause: error });
      sleep(200);
    }
  }
  try {
    if (existsSync(join(root, output))) return;
    const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
    if (result.status !== 0 || !existsSync(join(root, output))) {
      throw new Error(`npm run ${script} did not write ${output}:\n${result.stdout}${result.stderr}`);
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
