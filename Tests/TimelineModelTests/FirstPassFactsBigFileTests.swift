import Testing
@testable import TimelineModel

/// `FirstPassFactsTests` on files big enough to be read in two halves at once: the second
/// half's facts follow the first's.
@Suite(.tags(.slow)) struct FirstPassFactsBigFileTests {
    @Test func whatBothHalvesOfABigFileKeepIsWhatTheMergeReads() throws {
        try FirstPassFactsTests.check(count: 19_000)
    }
}
