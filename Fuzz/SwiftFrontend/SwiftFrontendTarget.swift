import ParamGuardSwift

/// libFuzzer's entry point: any bytes through the Swift frontend (swift-syntax's parser and our
/// summarizer over its tree), and through the `Package.swift` reader, as a pushed file's bytes reach
/// them. A crash, a hang, a leak or a sanitizer report is a bug; whatever they return is fine.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSwiftFrontend(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    _ = SwiftSummarizer.summarize(bytes)
    _ = SwiftPackageManifest.targets(bytes)
    return 0
}
