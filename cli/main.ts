// `dossier analyze FILE... [--url URL] [--json]` and `dossier related FILE... [--json]`, as the
// analysis contract says.
import { analyzeFile } from './analyze-file';
import { InputError } from './read';
import { report } from './report';
import { runRelated } from './related';
import type { ArticleAnalysis } from '../utils/analysis';

const USAGE = `usage: dossier analyze FILE... [--url URL] [--json]
       dossier related FILE... [--json]`;

function parse(argv: string[]) {
  const files: string[] = [];
  let json = false;
  let url: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--url') url = argv[++i] ?? null;
    else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a === '-h' || a === '--help') return null;
    else files.push(a);
  }
  return { files, json, url };
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const args = parse(rest);
  if (!args || (command !== 'analyze' && command !== 'related') || args.files.length === 0) {
    process.stderr.write(USAGE + '\n');
    return args ? 2 : 0;
  }
  let failed = false;
  const analyses: ArticleAnalysis[] = [];
  const out: string[] = [];
  for (const file of args.files) {
    try {
      const a = analyzeFile(file, args.url);
      if (command === 'analyze') out.push(args.json ? JSON.stringify(a) : report(a) + '\n');
      else if (a.isArticle) analyses.push(a);
      else process.stderr.write(`dossier: ${file} is not an article (${a.reason}); left out\n`);
    } catch (e) {
      failed = true;
      const message = e instanceof InputError ? e.message : `cannot analyse ${file}: ${(e as Error).message}`;
      process.stderr.write(`dossier: ${message}\n`);
      if (command === 'analyze' && args.json && args.files.length > 1) out.push(JSON.stringify({ file, error: message }));
    }
    // Stream batch output as it comes, so a long batch shows progress and memory stays flat.
    if (out.length) process.stdout.write(out.splice(0).join('\n') + '\n');
  }
  if (command === 'related') {
    for (const line of runRelated(analyses)) process.stdout.write(JSON.stringify(line) + '\n');
  }
  return failed ? 1 : 0;
}
