import Foundation

/// Times for `bench-viewer`: milliseconds as it prints them, and the percentile of a few.
enum BenchClock {
    static func ms(_ d: Duration) -> String {
        String(format: "%.3f ms", milliseconds(d))
    }

    static func milliseconds(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }

    /// The value at `fraction` (0.99: p99) of `values`, sorted; 0 for none.
    static func percentile(_ values: [Duration], _ fraction: Double) -> Duration {
        guard !values.isEmpty else { return .zero }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
    }
}
