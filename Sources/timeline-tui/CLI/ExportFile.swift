import Foundation
import Glibc

/// Writes an export to a file without ever clobbering or half-writing one: a new file is
/// created exclusively; an existing one (the user said yes) is replaced by renaming a
/// complete temporary file over it, so a failure leaves it untouched.
enum ExportFile {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Whether something is at `path` (a file, a folder, a dangling symlink).
    static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    /// Writes `bytes` to `path`; returns the absolute path written.
    static func write(_ bytes: [UInt8], to path: String, overwrite: Bool) throws -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var st = stat()
        if lstat(absolute, &st) == 0 {
            if (st.st_mode & S_IFMT) == S_IFLNK { throw Failure(description: "\(path) is a symbolic link; not writing through it") }
            if (st.st_mode & S_IFMT) == S_IFDIR { throw Failure(description: "\(path) is a folder") }
            if !overwrite { throw Failure(description: "\(path) exists") }
        }
        let target = overwrite ? absolute + ".tmp-\(getpid())" : absolute
        let fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(description: "cannot create \(path): \(String(cString: strerror(errno)))") }
        var ok = true
        var reason = ""
        bytes.withUnsafeBytes { buf in
            var offset = 0
            while offset < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + offset, buf.count - offset)
                if n < 0 { if errno == EINTR { continue }; ok = false; reason = String(cString: strerror(errno)); return }
                offset += n
            }
        }
        if ok, fsync(fd) != 0, errno != EINVAL { ok = false; reason = String(cString: strerror(errno)) }
        if close(fd) != 0, ok { ok = false; reason = String(cString: strerror(errno)) }
        guard ok else {
            unlink(target)
            throw Failure(description: "cannot write \(path): \(reason)")
        }
        if overwrite, rename(target, absolute) != 0 {
            let r = String(cString: strerror(errno))
            unlink(target)
            throw Failure(description: "cannot replace \(path): \(r)")
        }
        return absolute
    }
}
