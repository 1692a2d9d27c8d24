import ParamGuardAnalysis
import ParamGuardModel

/// libFuzzer's entry point: any bytes as a pushed `.paramguard.toml`, read through the records file
/// reader (`TOMLReader`, then the checks of every key and type). A crash, a hang, a leak or a
/// sanitizer report is a bug; a refusal is a fine outcome. (This target found that TOMLKit's toml++
/// aborts the process on the two bytes `[#`, which is why paramguard reads TOML itself.)
///
/// Each record read is also written back as the text a rejection suggests (`tomlText`) and read
/// again: it must declare the same change, so a label or reason no escaping survives (a quote, a
/// control character, a key that is not bare) fails here rather than in a user's file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMigrationRecords(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    guard let records = try? MigrationRecordFile.records(in: bytes) else { return 0 }
    for record in records {
        let written = record.tomlText
        let read: [MigrationRecord]
        do {
            read = try MigrationRecordFile.records(in: Array(written.utf8))
        } catch {
            fatalError("a record written back does not read: \(error)\n\(written)")
        }
        guard read.count == 1, read[0].declaresTheSame(as: record) else {
            fatalError("a record written back reads as another:\n\(written)\n\(read)\n\(record)")
        }
        for pattern in record.paths { _ = PathPattern.matches(pattern, "legacy/app/v1/handlers.py") }
    }
    return 0
}
