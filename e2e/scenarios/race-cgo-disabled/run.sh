#!/usr/bin/env bash
# CGO_ENABLED=0 in the environment (as in many CI templates and static-build Dockerfiles), with the
# scenario's goTestArgs asking for -race. Only this command's environment changes.
set -u
CGO_ENABLED=0 "$@"
