#!/usr/bin/env bash
# fd-leak-control (control): no condition is created; the failure is the test's own doing. The hard RLIMIT_NOFILE is this machine's 20000 (set explicitly with prlimit so the fixture does not depend on the caller).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../lib/common.sh"
e2e_run prlimit --nofile=20000:20000 "$@"
