import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type BudgetLine = {
  name: string;
  measured: number;
  unit: string;
  budget: number;
  comparison: '<' | '>=';
  pass: boolean;
};

export function budget(name: string, measured: number, unit: string, comparison: '<' | '>=', limit: number): BudgetLine {
  return {
    name,
    measured: Math.round(measured * 100) / 100,
    unit,
    budget: limit,
    comparison,
    pass: comparison === '<' ? measured < limit : measured >= limit,
  };
}

/** Prints PASS/FAIL lines and writes bench/results/<date>-<scenario>.{json,md}; `summary` is Markdown for the top of the .md. */
export function writeReport(scenario: string, lines: BudgetLine[], details: Record<string, unknown>, summary = ''): boolean {
  const stamp = new Date().toISOString().slice(0, 10);
  const directory = join(process.cwd(), 'bench', 'results');
  mkdirSync(directory, { recursive: true });
  for (const line of lines) {
    process.stdout.write(
      `${line.pass ? 'PASS' : 'FAIL'}  ${line.name}: ${line.measured} ${line.unit} (budget ${line.comparison} ${line.budget} ${line.unit})\n`,
    );
  }
  const base = join(directory, `${stamp}-${scenario}`);
  writeFileSync(`${base}.json`, `${JSON.stringify({ scenario, at: new Date().toISOString(), budgets: lines, details }, null, 2)}\n`);
  const table = [
    '| measure | value | budget | result |',
    '|---|---|---|---|',
    ...lines.map((line) => `| ${line.name} | ${line.measured} ${line.unit} | ${line.comparison} ${line.budget} ${line.unit} | ${line.pass ? 'PASS' : 'FAIL'} |`),
  ].join('\n');
  const intro = summary ? `${summary}\n\n` : '';
  writeFileSync(`${base}.md`, `# ${scenario} (${stamp})\n\n${intro}${table}\n\n\`\`\`json\n${JSON.stringify(details, null, 2)}\n\`\`\`\n`);
  process.stdout.write(`Results: ${base}.json and ${base}.md\n`);

  return lines.every((line) => line.pass);
}
