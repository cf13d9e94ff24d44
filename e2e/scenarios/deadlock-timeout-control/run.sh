#!/usr/bin/env bash
# deadlock-timeout-control (control): no condition is created; the failure is the test's own doing. A deadlock held until go test's -timeout (65s, so that the goroutine dump shows waits in minutes).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../lib/common.sh"
e2e_run "$@"
