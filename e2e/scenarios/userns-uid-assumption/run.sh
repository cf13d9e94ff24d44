#!/usr/bin/env bash
# Control-like look-alike: runs as the unprivileged user nobody (65534) on a machine where user
# namespaces are allowed (no knob is restrictive); the test maps host UID 0, which needs privilege.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../lib/common.sh"
as_nobody "$@"
