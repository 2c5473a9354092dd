// The one place that names the C library: Glibc on Linux, Darwin on macOS. Re-exported
// (`@_exported`) because a plain import in one file is not reliably seen by the others
// (`errno`, `memchr`, `MAP_PRIVATE` are not); so the rest of timeline-tui calls isatty, ioctl, sigaction…
// without an #if of its own.
#if canImport(Glibc)
@_exported import Glibc

/// write(2) and poll(2), by names a method or a local variable called `write` or `poll`
/// cannot hide.
let systemWrite = Glibc.write
let systemPoll = Glibc.poll
#elseif canImport(Darwin)
@_exported import Darwin

let systemWrite = Darwin.write
let systemPoll = Darwin.poll
#endif

extension stat {
    /// When the file was last modified: `st_mtim` on Linux, `st_mtimespec` on macOS.
    var modified: timespec {
        #if canImport(Darwin)
        st_mtimespec
        #else
        st_mtim
        #endif
    }
}
