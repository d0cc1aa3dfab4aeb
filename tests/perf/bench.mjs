// `npm run bench`: builds the app with a static comparator page, serves it locally and runs every
// scenario in tests/perf/scenarios in headless Chromium. Prints a table, writes bench-results/bench.json.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { build, preview } from 'vite'
import { chromium } from 'playwright-core'

process.env.HEUPWIJS_BENCH = '1'
const DIST = 'bench-results/dist'
const PORT = Number(process.env.BENCH_PORT ?? 4174) // another checkout can bench at the same time
const baseUrl = `http://127.0.0.1:${PORT}`
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

await build({ logLevel: 'warn' })
const server = await preview({ preview: { port: PORT, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' })
const browser = await chromium.launch({ executablePath, args })
const only = process.argv[2]

const results = []
try {
  const files = readdirSync(new URL('./scenarios/', import.meta.url)).filter((f) => f.endsWith('.mjs')).sort()
  for (const file of files) {
    const scenario = await import(`./scenarios/${file}`)
    if (only && !file.includes(only)) continue
    const started = performance.now()
    process.stdout.write(`running ${scenario.name}…`)
    const result = await scenario.run({ browser, baseUrl, distDir: DIST })
    console.log(` ${((performance.now() - started) / 1000).toFixed(1)} s`)
    results.push({ scenario: scenario.name, ...result })
  }
} finally {
  await browser.close()
  await new Promise((resolve) => server.httpServer.close(resolve))
}

const rows = results.flatMap((r) => r.rows)
const line = (cells) => `| ${cells.join(' | ')} |`
console.log(`\n${line(['metric', 'Heupwijs (median)', 'comparator (median)', 'ratio', 'budget', ''])}`)
console.log(line(['---', '---', '---', '---', '---', '---']))
for (const r of rows) console.log(line([r.metric, r.app, r.comparator, r.ratio, r.budget ?? '', r.pass === undefined ? '' : r.pass ? 'ok' : 'OVER']))

mkdirSync('bench-results', { recursive: true })
const report = { date: new Date().toISOString(), chromium: browser.version(), node: process.version, results }
writeFileSync('bench-results/bench.json', `${JSON.stringify(report, null, 2)}\n`)
console.log('\nwritten: bench-results/bench.json')
