#!/usr/bin/env bash
# The action in a GitHub container job (`container:` with `options:`), as the runner does it (issue 18):
# the job container is started first with a long-running command and the job's options, with the
# runner's layout mounted in (/__w work dir with the workspace and _temp, /__e/node20 the runner's node,
# /__w/_actions/<owner>/<repo>/<ref> the action); every step is a `docker exec` into it with the
# GITHUB_* file commands under /__w/_temp/_runner_file_commands and the workspace as the working
# directory. Main runs go test of e2e/scenarios/noexec-tmp (fails: /tmp is a noexec tmpfs), then post
# with the saved state as STATE_*.
#
# Checked: main fails like go test, post exits 0; the report's failing package, location and top cause
# (noexec-tmp, high; e2e/lib/check.mjs); the probes inside say container yes (runtime docker), read the
# cgroup through the container's own view (/sys/fs/cgroup/<controller>, pids.max 64 as asked), seccomp
# filter, /dev/shm the container's 64 MiB tmpfs, /tmp the container's noexec tmpfs, nofile 4096; every
# cause's remedy is a container one (`container.options`), never a host sysctl, systemd or ulimit edit.
#   bash e2e/containers/job.sh     Last line: job: N passed, N failed
set -uo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ct_standalone job

NODE_HOST=$(readlink -f "$(command -v node)")
GOROOT_HOST=$(go env GOROOT)
GOCACHE_HOST=${GOCACHE:-$(go env GOCACHE)}
JW=$(mktemp -d /var/tmp/go-env-guard-ct-job.XXXXXX)
chmod 755 "$JW"
e2e_on_exit "[ \"\${CT_KEEP:-}\" = 1 ] && echo \"job: kept $JW\" || rm -rf '$JW'"
C="geg-e2e-job-$$"
e2e_on_exit "docker rm -f '$C' >/dev/null 2>&1 || true"
WS=/__w/go-env-guard/go-env-guard
ACTION=/__w/_actions/example/go-env-guard/v1
FC=/__w/_temp/_runner_file_commands
mkdir -p "$JW/_temp/_runner_file_commands" "$JW/_temp/_github_home"
OPTIONS=(--tmpfs /tmp --pids-limit 64 --ulimit nofile=4096:4096)
(cd "$E2E_DIR" && CGO_ENABLED=0 go test -c -o /dev/null ./scenarios/noexec-tmp >/dev/null 2>&1) || true

# 1. the job container: the runner's `docker create` + `docker start` with `tail -f /dev/null`
docker run -d --name "$C" --label go-env-guard-e2e=1 --network none --workdir "$WS" \
  -v "$REPO:$WS:ro" -v "$JW/_temp:/__w/_temp" -v "$REPO:$ACTION:ro" -v "$NODE_HOST:/__e/node20/bin/node:ro" \
  -v "$GOROOT_HOST:/usr/local/go:ro" -v "$GOCACHE_HOST:/__w/_gocache" \
  -e GITHUB_ACTIONS=true -e CI=true -e HOME=/github/home -e GOCACHE=/__w/_gocache -e GOTOOLCHAIN=local \
  -e GOFLAGS=-mod=mod -e GOPROXY=off -e NO_COLOR=1 \
  "${OPTIONS[@]}" geg-base tail -f /dev/null >"$JW/start.log" 2>&1 ||
  { echo "job: FAIL docker run: $(tail -c 300 "$JW/start.log")"; echo "job: 0 passed, 1 failed"; exit 1; }

: >"$JW/_temp/_runner_file_commands/set_output"; : >"$JW/_temp/_runner_file_commands/save_state"
: >"$JW/_temp/_runner_file_commands/step_summary"; : >"$JW/_temp/_runner_file_commands/set_env"
: >"$JW/_temp/_runner_file_commands/add_path"
printf '{"ref":"refs/heads/main","repository":{"full_name":"example/go-env-guard"}}\n' >"$JW/_temp/_github_workflow_event.json"
renv=(
  -e GITHUB_ACTIONS=true -e CI=true -e "GITHUB_WORKSPACE=$WS" -e GITHUB_REPOSITORY=example/go-env-guard
  -e GITHUB_EVENT_NAME=push -e GITHUB_REF=refs/heads/main -e GITHUB_SHA=0000000000000000000000000000000000000000
  -e GITHUB_RUN_ID=1 -e GITHUB_RUN_ATTEMPT=1 -e GITHUB_JOB=test -e GITHUB_WORKFLOW=ci -e GITHUB_ACTION=__example_go-env-guard
  -e "GITHUB_ACTION_PATH=$ACTION" -e GITHUB_SERVER_URL=https://github.com -e GITHUB_API_URL=https://api.github.com
  -e "GITHUB_OUTPUT=$FC/set_output" -e "GITHUB_STATE=$FC/save_state" -e "GITHUB_STEP_SUMMARY=$FC/step_summary"
  -e "GITHUB_ENV=$FC/set_env" -e "GITHUB_PATH=$FC/add_path" -e GITHUB_EVENT_PATH=/__w/_temp/_github_workflow_event.json
  -e RUNNER_TEMP=/__w/_temp -e RUNNER_TOOL_CACHE=/__t -e RUNNER_OS=Linux -e RUNNER_ARCH=X64 -e RUNNER_NAME="GitHub Actions 2"
  -e RUNNER_ENVIRONMENT=github-hosted -e "PATH=/usr/local/go/bin:/usr/bin:/bin"
  -e "INPUT_GO-TEST=-count=1 ./scenarios/noexec-tmp" -e INPUT_WORKING-DIRECTORY=e2e -e INPUT_RESULTS= -e INPUT_TUNE=plan
  -e INPUT_RESTORE=true -e INPUT_COMMENT=never -e INPUT_GITHUB-TOKEN= -e INPUT_DOCKERFILES= -e INPUT_GO-PROBE=auto
  -e INPUT_FAIL-ON=never
)
# 2. main, as the runner runs a node action step in a container job
rc=0
timeout -k 10 240 "$CT_DOCKER" exec -i --workdir "$WS" "${renv[@]}" "$C" /__e/node20/bin/node "$ACTION/dist/index.js" \
  </dev/null >"$JW/main.log" 2>&1 || rc=$?
# 3. post, with the saved state handed over as STATE_<name>
mapfile -d '' st < <(node "$CT_DIR/tool.mjs" state "$JW/_temp/_runner_file_commands/save_state")
senv=()
for kv in "${st[@]}"; do senv+=(-e "$kv"); done
prc=0
timeout -k 10 120 "$CT_DOCKER" exec -i --workdir "$WS" "${renv[@]}" "${senv[@]}" "$C" /__e/node20/bin/node "$ACTION/dist/post.js" \
  </dev/null >"$JW/post.log" 2>&1 || prc=$?
report=$(node "$CT_DIR/tool.mjs" output "$JW/_temp/_runner_file_commands/set_output" report | head -n 1)
hostreport="$JW/_temp/${report#/__w/_temp/}"
[ -n "$report" ] && [ -f "$hostreport" ] || hostreport=/dev/null
cat >"$JW/scenario.json" <<'EOF'
{"rule":"noexec-tmp","confidence":"high","test":null,"kind":"package","control":false}
EOF
node "$E2E_DIR/lib/check.mjs" "$JW/scenario.json" "$hostreport" action "$rc" "$REPO" "" "$E2E_DIR/scenarios/noexec-tmp" >"$JW/check.json"
node - "$hostreport" "$JW/check.json" "$prc" "$JW/main.log" <<'EOF'
const fs = require('fs')
const [reportPath, checkPath, prc, mainLog] = process.argv.slice(2)
let passed = 0, failed = 0
const say = (ok, what) => { ok ? passed++ : failed++; console.log(`job: ${ok ? 'PASS' : 'FAIL'} ${what}`) }
const check = JSON.parse(fs.readFileSync(checkPath, 'utf8'))
say(check.ok, `report: top cause ${check.got} (${check.confidence}), failing package and location${check.problems.length ? ': ' + check.problems.join('; ') : ''}`)
say(prc === '0', `post exited ${prc}`)
let r = null
try { r = JSON.parse(fs.readFileSync(reportPath, 'utf8')) } catch (e) { say(false, `report readable: ${e.message}`) }
if (r) {
  const f = r.facts, v = x => (x && 'value' in x ? x.value : undefined), cg = v(f.cgroup)
  const ct = v(f.system.container)
  say(ct?.inContainer === true && ct?.runtime === 'docker', `probes: in a container: ${ct?.inContainer} (${ct?.runtime}; ${(ct?.hints ?? []).slice(0, 2).join('; ')})`)
  const pids = v(cg?.pids)
  say(pids?.max === 64 && pids?.dir === '/sys/fs/cgroup/pids', `probes: cgroup through the container's view: pids.max ${pids?.max} at ${pids?.dir} (namespaced: ${cg?.namespaced}; /proc/self/cgroup says ${cg?.paths?.pids?.path})`)
  const sc = v(f.security.seccomp)
  say(sc?.mode === 'filter', `probes: seccomp ${sc?.mode} (${sc?.filters} filter)`)
  const shm = v(f.mounts.devShm)
  say(shm?.fsType === 'tmpfs' && shm?.sizeBytes === 64 * 1024 * 1024, `probes: /dev/shm ${shm?.fsType} ${shm?.sizeBytes} bytes`)
  const tmp = v(f.mounts.tempDirs.find(t => t.path === '/tmp')?.mount)
  say(tmp?.fsType === 'tmpfs' && tmp?.noexec === true, `probes: /tmp ${tmp?.fsType} ${(tmp?.options ?? []).join(',')}`)
  const nf = v(f.rlimits.nofile)
  say(nf?.hard === 4096, `probes: nofile ${nf?.soft}/${nf?.hard}`)
  // Remedies: container ones (`container.options`), not host sysctl/service edits. A knob that is
  // host-wide (fs.inotify.*, vm.*: no container option can set it) may only be named as a host change.
  const causes = r.failures.flatMap(x => x.causes ?? [])
  const host = /sysctl -w|sysctl\.d|systemd|drop-in|LimitNOFILE|TasksMax|ulimit -[HSn]/
  const texts = causes.map(c => `${c.rule}: ${c.remedy}`)
  say(causes.length > 0 && texts.every(t => !host.test(t)) && texts.some(t => t.includes('container.options')),
    `remedies are the container ones: ${texts.map(t => JSON.stringify(t.slice(0, 160))).join(' | ')}`)
  // The tune plan in the step log: limits as container.options snippets; every sysctl step either says
  // it is host-wide (a host change before the container starts) or names the container's --sysctl.
  const log = fs.readFileSync(mainLog, 'utf8')
  const blocks = log.split(/\n(?=[-*] \[)/).filter(b => /^[-*] \[/.test(b)).map(b => b.split(/\n(?![ ]{4})/)[0])
  const bad = blocks.filter(b => /^[-*] \[sysctl\]/.test(b) && !/host-wide and cannot be changed from inside a container|--sysctl .* container\.options/.test(b))
  const snippets = blocks.filter(b => /^[-*] \[snippet\]/.test(b))
  say(bad.length === 0 && snippets.length > 0 && snippets.every(b => b.includes('container:') && !host.test(b)),
    `tune plan: ${blocks.length} steps, snippets ${snippets.map(b => b.split('\n')[0].replace(/^[-*] /, '')).join('; ')}${bad.length ? '; sysctl steps without a container note: ' + bad.map(b => b.split('\n')[0]).join('; ') : ''}`)
}
console.log(`job: ${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
EOF
