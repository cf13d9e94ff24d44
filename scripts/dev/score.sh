#!/usr/bin/env bash
# Development aid: the three splits' headline figures (held-out aggregate only) and the development and
# public cases that are wrong.
cd "$(dirname "$0")/../.." && node scripts/accuracy.mjs --no-write > /tmp/acc.md 2>&1 || { tail -20 /tmp/acc.md; exit 1; }
grep -E "^\| (environmental cases|look-alikes with an environmental cause at medium)" /tmp/acc.md
echo "-- public:"; sed -n '/## Public excerpts/,$p' /tmp/acc.md | grep -E "top-1|false positives"
echo "-- wrong (dev + public):"; sed -n '/## Development split/,$p' /tmp/acc.md | grep "✗" | cut -d'|' -f2-5
