#!/usr/bin/env node
// Regenerates the README's pictures from a real failing run:
//   node scripts/screenshots.mjs            (needs go, prlimit, and chromium for the PNGs)
// 1. A workspace with a real Go module: a test that opens 300 listeners (run under an open-file limit of
//    256, set with prlimit), an ordinary failing test, and a Dockerfile with known pitfalls.
// 2. The BUILT action (dist/index.js) runs it as a self-hosted runner would (RUNNER_ENVIRONMENT, the
//    GITHUB_* command files, a pull_request event), talking to a fake GitHub API on 127.0.0.1 that keeps
//    the sticky comment's body.
// 3. The job summary, the comment and the first annotation are written to docs/img/*.md (the sources
//    the tests check), rendered to HTML with marked (GFM) and github-markdown-css, and photographed with
//    headless Chromium into docs/img/*.png. Without chromium the PNGs are left as they are (said so).
import { execFileSync, spawn } from 'node:child_process'
import { createServer } from 'node:http'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { marked } from 'marked'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const OUT = join(ROOT, 'docs/img')

let chromium
/** The browser's path, looked up once (every screenshot asks). */
export function chromiumPath() {
  if (chromium !== undefined) return chromium
  chromium = null
  for (const c of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      chromium = execFileSync('sh', ['-c', `command -v ${c}`], { encoding: 'utf8' }).trim() || null
      break
    } catch {
      /* next */
    }
  }
  return chromium
}

let css

/** GFM Markdown as a GitHub-like HTML page (github-markdown-css, light theme). */
export function page(markdown, title, width = 980) {
  css ??= readFileSync(join(ROOT, 'node_modules/github-markdown-css/github-markdown-light.css'), 'utf8')
  const body = marked.parse(markdown, { async: false, gfm: true })
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>${css}
body{margin:0;background:#fff}.markdown-body{box-sizing:border-box;max-width:${width}px;margin:0 auto;padding:24px}
details{display:block}</style></head><body><article class="markdown-body">${body}</article></body></html>`
}

/** An annotation as the checks page shows one: a titled box with the message, on its file and line. */
export function annotationPage(a) {
  const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const colour = a.level === 'error' ? '#d1242f' : a.level === 'warning' ? '#9a6700' : '#0969da'
  return `<!doctype html><html><head><meta charset="utf-8"><style>
body{font:14px -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;margin:0;padding:24px;background:#fff;color:#1f2328}
.box{border:1px solid #d1d9e0;border-left:4px solid ${colour};border-radius:6px;max-width:900px;padding:12px 16px}
.where{color:#59636e;font-size:12px;margin-bottom:6px}.title{font-weight:600;margin-bottom:8px}
pre{white-space:pre-wrap;font:12px ui-monospace,SFMono-Regular,Menlo,monospace;margin:0}</style></head>
<body><div class="box"><div class="where">${esc(a.level)} · ${esc(a.file ?? 'run')}${a.line ? `#L${a.line}` : ''}</div>
<div class="title">${esc(a.title)}</div><pre>${esc(a.message)}</pre></div></body></html>`
}

/** Photographs an HTML file with headless Chromium; returns false when there is no chromium. */
export function screenshot(htmlFile, pngFile, size = '1000,1400') {
  const browser = chromiumPath()
  if (!browser) return false
  execFileSync(
    browser,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      `--screenshot=${pngFile}`,
      `--window-size=${size}`,
      `file://${htmlFile}`
    ],
    { stdio: 'ignore', timeout: 120_000 }
  )
  return existsSync(pngFile)
}

/** Parses workflow-command annotations (`::error title=…,file=…,line=…::message`) from a step's log. */
function annotationsIn(log) {
  const un = s =>
    s
      .replace(/%0A/g, '\n')
      .replace(/%0D/g, '\r')
      .replace(/%3A/g, ':')
      .replace(/%2C/g, ',')
      .replace(/%25/g, '%')
  const out = []
  for (const l of log.split('\n')) {
    const m = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(l)
    if (!m) continue
    const props = Object.fromEntries(
      m[2]
        .split(',')
        .map(p => p.split('='))
        .map(([k, ...v]) => [k, un(v.join('='))])
    )
    out.push({ level: m[1], title: props.title ?? '', file: props.file, line: props.line, message: un(m[3]) })
  }
  return out
}

async function run() {
  const work = mkdtempSync(join(tmpdir(), 'geg-shots-'))
  const ws = join(work, 'ws')
  const files = join(work, 'files')
  for (const d of [join(ws, 'server'), join(ws, 'calc'), join(files, 'temp')])
    mkdirSync(d, { recursive: true })
  writeFileSync(join(ws, 'go.mod'), 'module example.com/app\n\ngo 1.22\n')
  writeFileSync(
    join(ws, 'server/server_test.go'),
    'package server\n\nimport (\n\t"net"\n\t"testing"\n)\n\nfunc TestManyListeners(t *testing.T) {\n\tvar ls []net.Listener\n\tdefer func() {\n\t\tfor _, l := range ls {\n\t\t\tl.Close()\n\t\t}\n\t}()\n\tfor i := 0; i < 300; i++ {\n\t\tl, err := net.Listen("tcp", "127.0.0.1:0")\n\t\tif err != nil {\n\t\t\tt.Fatalf("listener %d: %v", i, err)\n\t\t}\n\t\tls = append(ls, l)\n\t}\n}\n'
  )
  writeFileSync(join(ws, 'calc/calc.go'), 'package calc\n\nfunc Add(a, b int) int { return a + b + 1 }\n')
  writeFileSync(
    join(ws, 'calc/calc_test.go'),
    'package calc\n\nimport "testing"\n\nfunc TestAdd(t *testing.T) {\n\tif got := Add(1, 2); got != 3 {\n\t\tt.Fatalf("Add(1, 2) = %d, want 3", got)\n\t}\n}\n'
  )
  writeFileSync(join(ws, 'Dockerfile'), 'FROM golang:1.20\nWORKDIR /src\nCOPY . .\nRUN go test ./...\n')
  writeFileSync(
    join(files, 'event.json'),
    JSON.stringify({
      pull_request: {
        number: 7,
        head: { repo: { full_name: 'octo/app' } },
        base: { repo: { full_name: 'octo/app' } }
      }
    })
  )
  for (const f of ['summary.md', 'output.txt', 'state.txt', 'env.txt']) writeFileSync(join(files, f), '')

  // The fake API: no comments yet; the created one is kept.
  let comment = ''
  const server = createServer((req, res) => {
    let raw = ''
    req.on('data', c => (raw += c))
    req.on('end', () => {
      res.setHeader('content-type', 'application/json')
      if (req.url === '/user')
        return res.writeHead(403).end('{"message":"Resource not accessible by integration"}')
      if (req.method === 'GET') return res.writeHead(200).end('[]')
      comment = JSON.parse(raw).body
      res.writeHead(201).end(JSON.stringify({ id: 1, body: comment }))
    })
  })
  await new Promise(r => server.listen(0, '127.0.0.1', r))
  const api = `http://127.0.0.1:${server.address().port}`
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? '/root',
    GOCACHE: process.env.GOCACHE ?? join(work, 'gocache'),
    GOFLAGS: '-mod=mod',
    GOTOOLCHAIN: 'local',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_SHA: '4f2defc0123456789abcdef0123456789abcdef0',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: api,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(files, 'event.json'),
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'test',
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTION_REPOSITORY: 'go-env-guard/go-env-guard',
    GITHUB_ACTION_REF: 'v1',
    RUNNER_ENVIRONMENT: 'self-hosted',
    RUNNER_TEMP: join(files, 'temp'),
    GITHUB_STEP_SUMMARY: join(files, 'summary.md'),
    GITHUB_OUTPUT: join(files, 'output.txt'),
    GITHUB_STATE: join(files, 'state.txt'),
    GITHUB_ENV: join(files, 'env.txt'),
    'INPUT_GO-TEST': '-count=1 ./...',
    'INPUT_WORKING-DIRECTORY': '.',
    INPUT_RESULTS: '',
    INPUT_TUNE: 'plan',
    INPUT_RESTORE: 'true',
    INPUT_COMMENT: 'auto',
    'INPUT_COMMENT-KEY': 'null',
    'INPUT_GITHUB-TOKEN': 'fake-token',
    INPUT_DOCKERFILES: 'Dockerfile',
    'INPUT_GO-PROBE': 'off',
    'INPUT_FAIL-ON': 'never'
  }
  const log = await new Promise(resolve => {
    // The open-file limit of the whole step: 256, soft and hard.
    const child = spawn('prlimit', ['--nofile=256:256', process.execPath, join(ROOT, 'dist/index.js')], {
      cwd: ws,
      env
    })
    let out = ''
    child.stdout.on('data', b => (out += b))
    child.stderr.on('data', b => (out += b))
    child.on('close', () => resolve(out))
  })
  server.close()
  // Paths of this machine's temp workspace do not belong in checked-in pictures.
  const scrub = s =>
    s.split(ws).join('/home/runner/work/app/app').split(files).join('/home/runner/work/_temp')
  const summary = scrub(readFileSync(join(files, 'summary.md'), 'utf8'))
  const annotation = annotationsIn(scrub(log)).find(a => a.file) ?? annotationsIn(scrub(log))[0]
  if (!summary.includes('TestManyListeners') || !comment) {
    console.error(log)
    throw new Error('the run did not produce the expected failing report (see its log above)')
  }
  mkdirSync(OUT, { recursive: true })
  writeFileSync(join(OUT, 'summary.md'), summary)
  writeFileSync(join(OUT, 'comment.md'), scrub(comment))
  writeFileSync(join(OUT, 'annotation.json'), JSON.stringify(annotation, null, 2) + '\n')
  const shots = [
    ['summary', page(summary, 'job summary'), '1000,2600'],
    ['comment', page(scrub(comment), 'PR comment'), '1000,700'],
    ['annotation', annotationPage(annotation), '960,420']
  ]
  let taken = 0
  for (const [name, html, size] of shots) {
    const htmlFile = join(work, `${name}.html`)
    writeFileSync(htmlFile, html)
    if (screenshot(htmlFile, join(OUT, `${name}.png`), size)) taken++
  }
  rmSync(work, { recursive: true, force: true })
  if (taken === 0)
    console.log('screenshots: chromium not found; docs/img/*.md regenerated, PNGs left as they were')
  else console.log(`screenshots: ${taken} pictures in docs/img/`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await run()
