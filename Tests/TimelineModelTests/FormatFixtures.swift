import Foundation
@testable import TimelineModel

/// The real files from other tools in `Tests/Fixtures/formats` (see its SOURCES.md).
enum FormatFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/formats")

    static func path(_ name: String) -> String {
        folder.appendingPathComponent(name).path
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// The file read with `options` (format detected unless given).
    static func load(_ name: String, _ options: ReadOptions = ReadOptions()) throws -> Timeline {
        try TimelineLoader.load(path: path(name), options: options)
    }

    /// The plain text export, in `zone` (nil: the file's), no wrapping: what a reader's
    /// tests compare with the lines a user reads.
    static func text(_ t: Timeline, zone: String? = nil) -> String {
        TextExporter(timeline: t, zone: zone.flatMap { Zone(identifier: $0) }, options: .init(width: nil)).text()
    }

    /// The export's lines, in `zone` (nil: the file's), details included, no wrapping.
    static func exportLines(_ t: Timeline, zone: String? = nil) -> [String] {
        let z = zone.flatMap { Zone(identifier: $0) }
        let bytes = TextExporter(timeline: t, zone: z, options: .init(details: true, width: nil)).export()
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The problems of a refused file, as printed.
    static func problems(_ name: String, _ options: ReadOptions = ReadOptions()) -> [String] {
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(path: path(name), options: options)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }
}

extension FormatFixtures {
    /// The day heading and the time shown for the first event whose line holds `title`
    /// (`("Friday 24 July 2015", "21:01:01")`), from export lines.
    static func shown(_ title: String, in lines: [String]) -> (day: String, time: String)? {
        var day = ""
        for line in lines {
            if !line.isEmpty && !line.hasPrefix(" ") { day = line; continue }
            guard line.hasPrefix("  "), line.contains(title) else { continue }
            let time = line.dropFirst(2).prefix { $0 != " " }
            if !time.isEmpty { return (day, String(time)) }
        }
        return nil
    }
}
