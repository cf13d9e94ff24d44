#!/usr/bin/env bash
# inotify-watches: run CMD as root of a child user namespace whose user.max_inotify_watches is 16.
# The limit belongs to that namespace only (kernel/ucount.c): the host's fs.inotify.* are untouched.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../lib/common.sh"
E2E_USERNS_LIMITS="max_inotify_watches=16" with_userns_root "$@"
