import ParamGuardAnalysis
import Testing

@Suite struct ByteCountTextTests {
    @Test func sizesReadAsPeopleWriteThem() {
        #expect(ByteCountText.describe(512) == "512 bytes")
        #expect(ByteCountText.describe(1024) == "1 KiB")
        #expect(ByteCountText.describe(1536) == "1.5 KiB")
        #expect(ByteCountText.describe(4 << 20) == "4 MiB")
        #expect(ByteCountText.describe(3 << 30) == "3 GiB")
    }
}
