#!/usr/bin/env bash
# go-cache-unavailable: run CMD without HOME, GOCACHE and XDG_CACHE_HOME (as in a minimal container or
# an `env -i` wrapper): the go command cannot locate its build cache.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../lib/common.sh"
e2e_run env -u HOME -u GOCACHE -u XDG_CACHE_HOME "$@"
