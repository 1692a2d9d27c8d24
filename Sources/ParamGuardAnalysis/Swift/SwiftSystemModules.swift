/// Modules every Swift toolchain or SDK provides, and the free functions they declare: a call of one
/// of these names may be theirs; a file importing any other module from outside the tree may call that
/// module's free functions.
enum SwiftSystemModules {
    static let names: Set<String> = [
        "Swift", "Foundation", "FoundationEssentials", "FoundationInternationalization", "FoundationNetworking",
        "FoundationXML", "Dispatch", "XCTest", "Testing", "_Concurrency", "Synchronization", "Observation",
        "RegexBuilder", "Distributed", "_StringProcessing",
    ]

    static let globalFunctions: Set<String> = [
        // The standard library.
        "print", "debugPrint", "dump", "min", "max", "abs", "zip", "stride", "sequence", "repeatElement", "precondition",
        "preconditionFailure", "assert", "assertionFailure", "fatalError", "swap", "type", "withUnsafePointer",
        "withUnsafeMutablePointer", "withUnsafeBytes", "withUnsafeMutableBytes", "withExtendedLifetime",
        "withoutActuallyEscaping", "unsafeBitCast", "unsafeDowncast", "numericCast", "readLine", "isKnownUniquelyReferenced",
        "withTaskGroup", "withThrowingTaskGroup", "withDiscardingTaskGroup", "withThrowingDiscardingTaskGroup",
        "withCheckedContinuation", "withCheckedThrowingContinuation", "withUnsafeContinuation",
        "withUnsafeThrowingContinuation", "withTaskCancellationHandler", "withTaskPriorityEscalationHandler",
        "withUnsafeTemporaryAllocation", "withVaList", "getVaList", "transcode", "MemoryLayout", "autoreleasepool",
        "withObservationTracking", "withKnownIssue", "confirmation",
        // Foundation and Dispatch.
        "NSLog", "NSLogv", "NSStringFromClass", "NSClassFromString", "NSStringFromSelector", "NSSelectorFromString",
        "NSHomeDirectory", "NSHomeDirectoryForUser", "NSTemporaryDirectory", "NSUserName", "NSFullUserName",
        "NSSearchPathForDirectoriesInDomains", "NSMakeRange", "NSMaxRange", "NSLocationInRange", "NSEqualRanges",
        "NSIntersectionRange", "NSUnionRange", "NSStringFromRange", "NSRangeFromString", "NSMakePoint", "NSMakeSize",
        "NSMakeRect", "NSOpenStepRootDirectory", "dispatchPrecondition",
        // XCTest.
        "XCTAssert", "XCTAssertTrue", "XCTAssertFalse", "XCTAssertNil", "XCTAssertNotNil", "XCTAssertEqual",
        "XCTAssertNotEqual", "XCTAssertIdentical", "XCTAssertNotIdentical", "XCTAssertGreaterThan",
        "XCTAssertGreaterThanOrEqual", "XCTAssertLessThan", "XCTAssertLessThanOrEqual", "XCTAssertThrowsError",
        "XCTAssertNoThrow", "XCTFail", "XCTUnwrap", "XCTSkip", "XCTSkipIf", "XCTSkipUnless", "XCTExpectFailure",
        "XCTAssertEqualWithAccuracy", "XCTAssertNotEqualWithAccuracy",
    ]
}
