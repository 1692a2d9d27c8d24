// Times the Swift frontend against a bare swift-syntax parse of the same files, in the same run, for
// `Benchmarks/swift_frontend.py`.
//
//     swift-frontend-benchmark LIST_FILE [ROUNDS]
//
// LIST_FILE holds one path per line. Each round times `Parser.parse` over every file, then
// `SwiftSummarizer.summarize` (parse + what paramguard extracts) over every file; the best round of
// each is kept. Prints one JSON object: files, bytes, parse_seconds, summarize_seconds, ratio.
import Foundation
import ParamGuardSwift
import SwiftParser
import SwiftSyntax

let arguments = CommandLine.arguments
guard arguments.count >= 2, let list = try? String(contentsOfFile: arguments[1], encoding: .utf8) else {
    FileHandle.standardError.write(Data("usage: swift-frontend-benchmark LIST_FILE [ROUNDS]\n".utf8))
    exit(2)
}
let rounds = arguments.count >= 3 ? max(Int(arguments[2]) ?? 3, 1) : 3
let sources: [[UInt8]] = list.split(separator: "\n").compactMap { path in
    FileManager.default.contents(atPath: String(path)).map { Array($0) }
}
let totalBytes = sources.reduce(0) { $0 + $1.count }

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

var bestParse = Double.infinity
var bestSummarize = Double.infinity
var checksum = 0
let clock = ContinuousClock()
for _ in 0..<rounds {
    var start = clock.now
    for source in sources {
        let tree = source.withUnsafeBufferPointer { Parser.parse(source: $0) }
        checksum &+= tree.statements.count
    }
    bestParse = min(bestParse, seconds(clock.now - start))
    start = clock.now
    for source in sources {
        let summary = SwiftSummarizer.summarize(source)
        checksum &+= summary.calls.count &+ summary.callables.count
    }
    bestSummarize = min(bestSummarize, seconds(clock.now - start))
}
print("{\"files\": \(sources.count), \"bytes\": \(totalBytes), \"parse_seconds\": \(bestParse), \"summarize_seconds\": \(bestSummarize), \"ratio\": \(bestSummarize / bestParse), \"checksum\": \(checksum)}")
