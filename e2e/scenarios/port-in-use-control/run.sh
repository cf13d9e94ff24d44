#!/usr/bin/env bash
# port-in-use-control (control): no condition is created; the failure is the test's own doing. Two parallel tests listen on the same fixed port.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../lib/common.sh"
e2e_run "$@"
