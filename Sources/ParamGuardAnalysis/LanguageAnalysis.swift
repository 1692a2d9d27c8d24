import ParamGuardGit
import ParamGuardModel

/// One language's half of a check: what `Checker` asks of each language it drives. A language reads
/// only its own files (`Checker` hands it the change restricted to them) and resolves calls its own
/// way; what it reports goes through the rules (`Rule`), so message and fix never depend on it.
///
/// The steps run in this order, each on what the ones before it found.
protocol LanguageAnalysis {
    /// The language whose files it reads.
    static var language: SourceLanguage { get }

    init(objects: any ObjectStore, changeSet: ChangeSet, caches: Caches)

    /// Compares each changed file's declarations before and after the change: which callables lost,
    /// renamed or reordered a parameter or label, or now require more.
    mutating func compareChangedDeclarations()

    /// Searches the tree after the change for callers of what the change altered, and reports each
    /// call that resolves to it and no longer fits.
    mutating func checkCallersOfChangedDeclarations()

    /// Checks each call the change adds or edits against what it resolves to now.
    mutating func checkAddedAndEditedCalls()

    /// The findings, files skipped and statistics, in a stable order.
    func report() -> CheckReport
}

extension PythonAnalysis: LanguageAnalysis {
    static var language: SourceLanguage { .python }

    mutating func compareChangedDeclarations() {
        collectBreakages()
        collectDeletedFiles()
    }

    mutating func checkCallersOfChangedDeclarations() {
        checkCallersOfBrokenDefinitions()
        checkCallersOfNewlyRequired()
        checkUsesOfDeletedDefinitions()
    }
}

extension SwiftAnalysis: LanguageAnalysis {
    static var language: SourceLanguage { .swift }

    mutating func compareChangedDeclarations() {
        collectChangedNames()
    }

    mutating func checkCallersOfChangedDeclarations() {
        checkCallersOfChangedNames()
        checkConformancesToRenamedRequirements()
    }
}
