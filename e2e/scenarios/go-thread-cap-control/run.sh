#!/usr/bin/env bash
# go-thread-cap-control (control): no condition is created; the failure is the test's own doing. The runtime's own thread cap is lowered inside the test (debug.SetMaxThreads).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../lib/common.sh"
e2e_run "$@"
