#!/usr/bin/env bash
# assertion-failure (control): no condition; run CMD as is.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../lib/common.sh"
e2e_run "$@"
