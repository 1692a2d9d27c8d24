// Times the Python skimmer over files held in memory, for `Benchmarks/skimmer.py`, which runs CPython's
// `ast.parse` over the same files in the same run and reports the ratio.
//
//     skimmer-benchmark LIST_FILE [ROUNDS]
//
// LIST_FILE holds one path per line. Prints one JSON object: files, bytes, best_seconds.
import Foundation
import ParamGuardPython

let arguments = CommandLine.arguments
guard arguments.count >= 2, let list = try? String(contentsOfFile: arguments[1], encoding: .utf8) else {
    FileHandle.standardError.write(Data("usage: skimmer-benchmark LIST_FILE [ROUNDS]\n".utf8))
    exit(2)
}
let rounds = arguments.count >= 3 ? max(Int(arguments[2]) ?? 3, 1) : 3
let sources: [[UInt8]] = list.split(separator: "\n").compactMap { path in
    FileManager.default.contents(atPath: String(path)).map { Array($0) }
}
let totalBytes = sources.reduce(0) { $0 + $1.count }
var best = Double.infinity
var checksum = 0
for _ in 0..<rounds {
    let clock = ContinuousClock()
    let start = clock.now
    for source in sources {
        let summary = PythonSkimmer.summarize(source)
        checksum &+= summary.calls.count &+ summary.callables.count
    }
    let elapsed = clock.now - start
    best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
}
print("{\"files\": \(sources.count), \"bytes\": \(totalBytes), \"best_seconds\": \(best), \"checksum\": \(checksum)}")
