import ParamGuardPython

/// libFuzzer's entry point: any bytes through the Python skimmer, as a pushed file's bytes reach it.
/// A crash, a hang, a leak or an AddressSanitizer report is a bug; whatever the skimmer returns is fine.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPythonSkimmer(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    _ = PythonSkimmer.summarize(Array(UnsafeBufferPointer(start: start, count: count)))
    return 0
}
