#!/usr/bin/env bash
# Fuzzes paramguard's parsers with libFuzzer under AddressSanitizer, SECONDS in all (default 60),
# shared between the targets, or SECONDS for the one TARGET named:
#
#     Fuzz/run.sh [SECONDS [TARGET]]
#
# Targets (Fuzz/<Name>/, built only when PARAMGUARD_FUZZ is set; see Package.swift):
#   fuzz-python-skimmer   bytes as a Python file, through the skimmer
#   fuzz-swift-frontend   bytes as a Swift file, through swift-syntax and the summarizer, and as a
#                         Package.swift through the manifest reader
#   fuzz-cache-decoders   bytes as the body of each cache file (written with valid checksums), read
#                         back through the caches' own loading code
#   fuzz-git-config       bytes as a repository's git config, read through the accessors of
#                         paramguard's settings
#   fuzz-migration-records
#                         bytes as a pushed .paramguard.toml, through the records file reader; each
#                         record read is written back as paramguard suggests it and must read the same
#
# Builds with `swift build -c release` and libFuzzer's and AddressSanitizer's flags into .build/fuzz-spm
# (swift-syntax included, so the first build takes minutes; later ones are incremental), starts each
# target from its seeds in Fuzz/seeds/ plus files of this machine (the Python standard library, this
# repository's own Swift sources) copied to a temporary corpus, so the repository is never written,
# and fails on any crash, hang (a unit over 10 s), leak (but those scripts/lsan-suppressions.txt names
# in the toolchain and libgit2) or sanitizer report, keeping the input that
# caused it (and each target's libFuzzer log) in .build/fuzz-findings/<run>/. Replay one with:
#     .build/fuzz-spm/release/<target> .build/fuzz-findings/<run>/<file>
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
targets=(fuzz-python-skimmer fuzz-swift-frontend fuzz-cache-decoders fuzz-git-config fuzz-migration-records)
if [ -n "${2:-}" ]; then targets=("$2"); fi
scratch=.build/fuzz-spm
# Each run keeps its findings in a folder of its own, so a later run neither fails on an earlier
# run's finding nor deletes it.
# Not under the scratch path's `artifacts/`, which SwiftPM keeps for binary dependencies and clears.
artifacts=".build/fuzz-findings/$(date +%Y%m%d-%H%M%S)-$$"
mkdir -p "$artifacts"
# SwiftPM passes `-sanitize=fuzzer -sanitize=address` as two flags, and swiftc keeps only the last:
# the code would not be instrumented for coverage (libFuzzer would fuzz blind). The combined flag
# after them is the one swiftc keeps; SwiftPM's own flags link libFuzzer and the sanitizer runtime.
PARAMGUARD_FUZZ=1 swift build -c release -Xswiftc -enable-testing -Xswiftc -sanitize=fuzzer,address \
    --sanitize=fuzzer --sanitize=address --scratch-path "$scratch" 2>&1 | grep -vE 'ld.gold: warning|^\[|^Building|^Build complete|^Compiling|^Write' || true
for target in "${targets[@]}"; do
    test -x "$scratch/release/$target" || { echo "fuzz: $target did not build" >&2; exit 1; }
done

corpora="$(mktemp -d)"
trap 'rm -rf "$corpora"' EXIT
stdlib="$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])' 2>/dev/null || true)"
share=$(( seconds / ${#targets[@]} ))
[ "$share" -ge 1 ] || share=1
for target in "${targets[@]}"; do
    corpus="$corpora/$target"
    mkdir -p "$corpus"
    case "$target" in
        fuzz-python-skimmer)
            cp Fuzz/seeds/python/* "$corpus/"
            for name in dataclasses.py enum.py textwrap.py shlex.py; do
                if [ -f "$stdlib/$name" ]; then cp "$stdlib/$name" "$corpus/"; fi
            done ;;
        fuzz-swift-frontend)
            cp Package.swift "$corpus/"
            for file in Sources/ParamGuardModel/Callable.swift Sources/ParamGuardSwift/SwiftPackageManifest.swift Sources/paramguard/ServerPolicy.swift; do
                cp "$file" "$corpus/"
            done ;;
        fuzz-cache-decoders) cp Fuzz/seeds/cache-decoders/* "$corpus/" ;;
        fuzz-git-config) cp Fuzz/seeds/git-config/* "$corpus/" ;;
        fuzz-migration-records) cp Fuzz/seeds/migration-records/* "$corpus/" ;;
    esac
    echo "fuzz: $target for ${share} s"
    log="$artifacts/$target.log"
    # Swift's own backtracer, started by a Swift runtime failure (a fatalError of a target's check),
    # trips AddressSanitizer in its memory server and can hang there; libFuzzer's handler reports
    # the crash and keeps the input without it.
    SWIFT_BACKTRACE=enable=no LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt:print_suppressions=0" \
        "$scratch/release/$target" -max_total_time="$share" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" >"$log" 2>&1 || true
    grep -E 'INITED|Done [0-9]+ runs|ERROR|SUMMARY|Fatal' "$log" || true
    # Without coverage counters libFuzzer mutates blind and finds next to nothing: a build that lost
    # its instrumentation must fail, not pass quietly.
    if ! grep -qE 'INITED cov: [0-9]+' "$log"; then
        echo "fuzz: $target is not instrumented for coverage (no 'cov:' when libFuzzer started)" >&2
        exit 1
    fi
done
# libFuzzer exits non-zero on a finding; pipefail would hide it behind grep, so it is asked again.
if ls "$artifacts" | grep -qE '^(crash|timeout|leak|oom|slow-unit)-'; then
    echo "fuzz: a finding is kept in $artifacts" >&2
    exit 1
fi
