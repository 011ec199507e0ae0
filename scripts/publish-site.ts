/**
 * `npm run publish:site [-- --out site] [--skip-build] [--previous-site <url>] [--serve [--port <n>]]`:
 * what the deploy workflow runs, so it can be tried locally. Builds the bundle and the catalogue
 * (`npm run build`, `npm run build:data`), assembles the static site and checks it; exits 1 with the
 * problems when the folder is not fit to deploy.
 *   --previous-site  the live site's address: its catalogue versions are carried over, so their URLs keep working
 *   --serve          then serves the folder on 127.0.0.1 with the headers the README asks of any host
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { repositoryRoot } from './lib/catalogue-files.js';
import { startStaticServer } from './lib/publish-server.js';
import { assembleSite, checkSite, listDemoFiles, SITE_BUNDLE, SITE_CATALOGUE } from './lib/publish-site.js';
import { fetchPublishedVersions, fetchText } from './lib/publish-versions.js';

const FETCH_TIMEOUT_MS = 60_000;

function run(script: string): void {
  console.log(`> npm run ${script}`);
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: repositoryRoot, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error(`npm run ${script} failed.`);
}

function sizes(file: string): string {
  const bytes = readFileSync(file);
  return `${(bytes.length / 1024).toFixed(1)} kB, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} kB gzip`;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string', default: 'site' },
      'skip-build': { type: 'boolean', default: false },
      'previous-site': { type: 'string' },
      serve: { type: 'boolean', default: false },
      port: { type: 'string', default: '8080' },
    },
  });
  const outDir = resolve(values.out);
  if (!values['skip-build']) {
    run('build');
    run('build:data');
  }

  const previousSite = values['previous-site'];
  const previousVersions = previousSite ? await fetchPublishedVersions(previousSite, fetchText(FETCH_TIMEOUT_MS)) : [];
  if (previousSite) console.log(`${previousSite}: ${previousVersions.length} published catalogue versions carried over`);

  const demoDir = join(repositoryRoot, 'demo');
  const index = assembleSite(outDir, {
    demoDir,
    demoFiles: listDemoFiles(demoDir),
    bundle: join(repositoryRoot, 'dist', SITE_BUNDLE),
    catalogue: join(repositoryRoot, 'dist', SITE_CATALOGUE),
    manifest: join(repositoryRoot, 'custom-elements.json'),
    previousVersions,
  });
  const problems = checkSite(outDir);
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    console.error(`${relative(process.cwd(), outDir)}/ is not fit to deploy (${problems.length} problems).`);
    return 1;
  }
  console.log(
    [
      `${relative(process.cwd(), outDir) || '.'}/ is ready to deploy:`,
      `  ${SITE_BUNDLE}: ${sizes(join(outDir, SITE_BUNDLE))}`,
      `  ${SITE_CATALOGUE}: ${sizes(join(outDir, SITE_CATALOGUE))}, also as ${index.latest}`,
      `  catalogue-versions.json lists ${index.versions.length} ${index.versions.length === 1 ? 'version' : 'versions'}`,
    ].join('\n'),
  );

  if (values.serve) {
    const server = await startStaticServer({ root: outDir, port: Number(values.port) });
    console.log(`Serving ${server.url} (Ctrl+C stops)`);
    await new Promise<void>((resolveStop) => process.once('SIGINT', () => resolveStop()));
    await server.close();
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
