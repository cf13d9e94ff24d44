#!/usr/bin/env bash
# Control: runs as the unprivileged user nobody (65534); the test re-executes itself in new mount and
# UTS namespaces without a user namespace, which needs CAP_SYS_ADMIN: the code needs privilege.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../lib/common.sh"
as_nobody "$@"
