@testable import ParamGuardAnalysis
import Testing

/// Which module a Swift file belongs to decides what it can see of another file's declarations.
@Suite struct SwiftModulesTests {
    @Test(arguments: [
        ("Sources/Core/A.swift", "Core"),
        ("Sources/Core/Deep/Down/A.swift", "Core"),
        ("packages/x/Sources/Net/Client.swift", "Net"),
        ("Tests/CoreTests/ATests.swift", "CoreTests"),
        ("Plugins/Gen/main.swift", "Gen"),
        ("Sources/Core/Sources/Sub/A.swift", "Sub"),
        ("Sources/Core/Sources/A.swift", ""),
        ("Sources/A.swift", ""),
        ("lib/A.swift", ""),
        ("A.swift", ""),
        ("MySources/Core/A.swift", ""),
    ])
    func theFolderAfterTheLastSourcesTestsOrPluginsFolder(path: String, module: String) {
        #expect(SwiftModules.folderModule(of: path) == module)
    }
}
