// Times the Swift frontend against a bare swift-syntax parse of the same files, in the same run, for
// `Benchmarks/swift_frontend.py`.
//
//     swift-frontend-benchmark LIST_FILE [ROUNDS]
//
// LIST_FILE holds one path per line. Each round times, for every file, `Parser.parse` and
// `SwiftSummarizer.summarize` (parse + what paramguard extracts); at least 2 rounds, default 4.
// Prints one JSON object: files, bytes, parse_seconds, summarize_seconds, ratio.
import Foundation
import ParamGuardSwift
import SwiftParser
import SwiftSyntax

let arguments = CommandLine.arguments
guard arguments.count >= 2, let list = try? String(contentsOfFile: arguments[1], encoding: .utf8) else {
    FileHandle.standardError.write(Data("usage: swift-frontend-benchmark LIST_FILE [ROUNDS]\n".utf8))
    exit(2)
}
let rounds = arguments.count >= 3 ? max(Int(arguments[2]) ?? 4, 2) : 4
let sources: [[UInt8]] = list.split(separator: "\n").compactMap { path in
    FileManager.default.contents(atPath: String(path)).map { Array($0) }
}
let totalBytes = sources.reduce(0) { $0 + $1.count }

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

// Each file is parsed and summarized back to back, so both sides meet the same caches and allocator
// state; whichever runs second finds the file's bytes in cache, so the order alternates from round to
// round. Each side keeps its fastest time per file over the rounds: summing per-file minimums is far
// steadier on a shared machine than the best of whole rounds, where one hiccup spoils a round. Both
// timings include freeing what they built (the tree; the tree and the summary).
var bestParse = [Double](repeating: .infinity, count: sources.count)
var bestSummarize = [Double](repeating: .infinity, count: sources.count)
var checksum = 0
let clock = ContinuousClock()

@MainActor func timeParse(_ source: [UInt8]) -> Double {
    let start = clock.now
    do {
        let tree = source.withUnsafeBufferPointer { Parser.parse(source: $0) }
        checksum &+= tree.statements.count
    }
    return seconds(clock.now - start)
}

@MainActor func timeSummarize(_ source: [UInt8]) -> Double {
    let start = clock.now
    do {
        let summary = SwiftSummarizer.summarize(source)
        checksum &+= summary.calls.count &+ summary.callables.count
    }
    return seconds(clock.now - start)
}

for round in 0..<rounds {
    for (index, source) in sources.enumerated() {
        let parse: Double
        let summarize: Double
        if round % 2 == 0 {
            parse = timeParse(source)
            summarize = timeSummarize(source)
        } else {
            summarize = timeSummarize(source)
            parse = timeParse(source)
        }
        bestParse[index] = min(bestParse[index], parse)
        bestSummarize[index] = min(bestSummarize[index], summarize)
    }
}
let parseSeconds = bestParse.reduce(0, +)
let summarizeSeconds = bestSummarize.reduce(0, +)
print("{\"files\": \(sources.count), \"bytes\": \(totalBytes), \"parse_seconds\": \(parseSeconds), \"summarize_seconds\": \(summarizeSeconds), \"ratio\": \(summarizeSeconds / parseSeconds), \"checksum\": \(checksum)}")
