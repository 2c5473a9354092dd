// The one place that names the C library: Glibc on Linux, Darwin on macOS. Re-exported
// (`@_exported`) because a plain import in one file is not reliably seen by the others
// (`errno`, `memchr`, `MAP_PRIVATE` are not); so the rest of TimelineModel calls open, read, mmap…
// without an #if of its own.
// A module that imports TimelineModel sees the C library too; none relies on that.
#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Darwin)
@_exported import Darwin
#endif
