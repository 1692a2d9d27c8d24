#!/usr/bin/env bash
# Fuzzes the Python skimmer with libFuzzer under AddressSanitizer for SECONDS (default 60).
#
#     Fuzz/run.sh [SECONDS]
#
# Builds ParamGuardModel and ParamGuardPython with `swiftc -sanitize=fuzzer,address` into
# .build/fuzz (SwiftPM cannot build a libFuzzer target beside the rest: it has no main), starts from
# the seeds in Fuzz/seeds/python and a few files of this machine's Python standard library, copied to
# a temporary corpus so the repository is never written, and fails on any crash, hang (a unit over
# 10 s), leak or sanitizer report, keeping the input that caused it in .build/fuzz/artifacts (until
# the next run). Replay one with: .build/fuzz/fuzz-python-skimmer .build/fuzz/artifacts/<file>
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
out=.build/fuzz
rm -rf "$out/artifacts"
mkdir -p "$out/artifacts"
flags=(-sanitize=fuzzer,address -parse-as-library -O -g)
swiftc "${flags[@]}" -emit-module -emit-library -static -module-name ParamGuardModel \
    Sources/ParamGuardModel/*.swift -emit-module-path "$out/ParamGuardModel.swiftmodule" -o "$out/libParamGuardModel.a" 2> >(grep -v 'ld.gold: warning' >&2)
swiftc "${flags[@]}" -emit-module -emit-library -static -module-name ParamGuardPython -I "$out" \
    Sources/ParamGuardPython/*.swift -emit-module-path "$out/ParamGuardPython.swiftmodule" -o "$out/libParamGuardPython.a" 2> >(grep -v 'ld.gold: warning' >&2)
swiftc "${flags[@]}" -I "$out" Fuzz/PythonSkimmerTarget.swift "$out/libParamGuardPython.a" "$out/libParamGuardModel.a" \
    -o "$out/fuzz-python-skimmer" 2> >(grep -v 'ld.gold: warning' >&2)

corpus="$(mktemp -d)"
trap 'rm -rf "$corpus"' EXIT
cp Fuzz/seeds/python/* "$corpus/"
stdlib="$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])' 2>/dev/null || true)"
for name in dataclasses.py enum.py textwrap.py shlex.py; do
    if [ -f "$stdlib/$name" ]; then cp "$stdlib/$name" "$corpus/"; fi
done
"$out/fuzz-python-skimmer" -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$out/artifacts/" "$corpus" 2>&1 | grep -E 'Done [0-9]+ runs|stat::number_of_executed_units|ERROR|SUMMARY|crash|timeout|leak' || true
# libFuzzer exits non-zero on a finding; pipefail would hide it behind grep, so it is asked again.
if ls "$out/artifacts" | grep -qE '^(crash|timeout|leak|oom)-'; then
    echo "fuzz: a finding is kept in $out/artifacts" >&2
    exit 1
fi
