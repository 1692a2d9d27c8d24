#!/usr/bin/env bash
# The whole test suite under AddressSanitizer, with LeakSanitizer on (the default for ASan on Linux):
# the test process and every paramguard process the end-to-end tests start are instrumented, so a
# memory error or leak anywhere (libgit2 objects not freed included) fails the run.
#
#     scripts/sanitize.sh [SCRATCH_PATH]     # default .build/asan
#
# Leaks inside the Swift toolchain's own libraries are suppressed by name in lsan-suppressions.txt;
# the run fails on any other report, and on any failing test.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${1:-.build/asan}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt:print_suppressions=0" \
    swift test --sanitize=address --scratch-path "$scratch" >"$log" 2>&1 || status=$?
grep -E "Test run with|ERROR: (Address|Leak)Sanitizer|SUMMARY: AddressSanitizer|✘" "$log" || true
if grep -qE "ERROR: (Address|Leak)Sanitizer" "$log" || [ "$status" -ne 0 ]; then
    echo "sanitize: reports or failures above (exit $status); full log kept in $log.kept" >&2
    cp "$log" "$log.kept"
    exit 1
fi
echo "sanitize: no AddressSanitizer or LeakSanitizer report"
