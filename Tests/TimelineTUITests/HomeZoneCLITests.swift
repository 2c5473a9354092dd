import Foundation
import Testing

/// The new user's cases, run as a process: a zoneless log read with `--assume-zone` shows
/// its times as written, a log whose times carry `+05:30` is shown in `UTC+05:30`, and an
/// offset works wherever a zone is named (`--tz -04:00` needs no `=`).
@Suite struct HomeZoneCLITests {
    @Test func theUsersCasesAsTheBinaryPrintsThem() throws {
        let dir = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("2009-02-25 11:45:23 startup archives unpack\n".utf8).write(to: dir.appendingPathComponent("dpkg.log"))
        try Data("2024-03-01T10:00:00+05:30 web-1 nginx: started\n".utf8).write(to: dir.appendingPathComponent("web.log"))

        let berlin = try CLIProcess.run(["export", "dpkg.log", "--assume-zone", "Europe/Berlin"], in: dir)
        #expect(berlin.status == 0)
        #expect(berlin.stdout == """
            dpkg.log
            ========
            Read as:    text log
            Time zone:  Europe/Berlin (UTC+01:00 CET)
            Events:     1
            Covering:   2009-02-25 11:45

            Wednesday 25 February 2009
              11:45:23       startup archives unpack

            """)
        let utc = try CLIProcess.run(["export", "dpkg.log", "--assume-zone", "Europe/Berlin", "--tz", "UTC"], in: dir)
        #expect(utc.stdout.contains("Time zone:  UTC (UTC+00:00)\n"))
        #expect(utc.stdout.contains("  10:45:23       startup archives unpack\n"))

        let web = try CLIProcess.run(["export", "web.log"], in: dir)
        #expect(web.stdout.contains("Time zone:  UTC+05:30 (fixed offset)\n"))
        #expect(web.stdout.contains("  10:00:00       web-1 nginx: started\n"))
        let west = try CLIProcess.run(["export", "web.log", "--tz", "-04:00"], in: dir)
        #expect(west.status == 0)
        #expect(west.stdout.contains("Time zone:  UTC-04:00 (fixed offset)\n"))
        #expect(west.stdout.contains("Friday 1 March 2024\n  00:30:00       web-1 nginx: started\n"))
        let assumed = try CLIProcess.run(["export", "dpkg.log", "--assume-zone", "-03:00"], in: dir)
        #expect(assumed.stdout.contains("Time zone:  UTC-03:00 (fixed offset)\n"))
        #expect(assumed.stdout.contains("  11:45:23       startup archives unpack\n"))
    }
}
