import Foundation
import ParamGuardTestSupport
import Testing

/// The skimmer against CPython's `ast` on real code of this machine (the standard library and
/// site-packages), through `scripts/differential.py`. A fixed random sample keeps it within the CI budget;
/// the README gives the figure over every file and the command that measures it.
@Suite struct DifferentialTests {
    @Test func sampleOfTheStandardLibraryAndSitePackagesAgreesWithAst() throws {
        let script = BuiltProducts.packageRoot().appendingPathComponent("scripts/differential.py").path
        let sandbox = try GitSandbox()
        let result = try sandbox.run([
            "python3", script, "--binary", try BuiltProducts.paramguard(), "--sample", "500", "--seed", "5", "--bar", "0.999",
        ])
        #expect(result.status == 0, "\(result.output)")
        let summary = result.output.split(separator: "\n").last.map(String.init) ?? ""
        #expect(summary.contains("files agree exactly"), "\(summary)")
    }
}
