import CNcurses
import Synchronization

/// Signals while the screen is up. SIGINT, SIGTERM and SIGHUP only set a flag (nothing
/// else is safe in a handler); the input loop polls it, restores the terminal and dies
/// of the same signal. A crash (SIGSEGV, SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGABRT)
/// restores the terminal in the handler, then hands the signal to whatever handled it
/// before (Swift's backtracer), so the report prints on a sane terminal.
enum Signals {
    /// The interrupting signal received, 0 when none.
    static let pending = Atomic<Int32>(0)

    static let interrupting: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let crashing: [Int32] = [SIGSEGV, SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGABRT]

    /// The actions in place before the crash guard, indexed by signal number. Written
    /// once before the handlers are installed, then only read.
    nonisolated(unsafe) private static var previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)

    static func install() {
        _ = cn_unblock_signals()
        for sig in interrupting {
            _ = cn_catch_signal(sig, { sig in Signals.pending.store(sig, ordering: .relaxed) }, nil)
        }
        for sig in crashing {
            _ = cn_catch_signal(sig, { sig in
                endwin()
                _ = cn_restore_signal(sig, Signals.previous + Int(sig))
                // Delivered again as soon as this handler returns, to the previous handler
                // (for a fault, at the faulting instruction).
                raise(sig)
            }, previous + Int(sig))
        }
    }

    /// Puts back what was there before `install`.
    static func uninstall() {
        for sig in interrupting { _ = cn_default_signal(sig) }
        for sig in crashing { _ = cn_restore_signal(sig, previous + Int(sig)) }
    }

    /// The interrupting signal received since the last call, if any.
    static func takePending() -> Int32? {
        let sig = pending.exchange(0, ordering: .relaxed)
        return sig == 0 ? nil : sig
    }

    /// Dies of `sig` the default way (after the terminal was restored), so the shell sees
    /// the usual status (130 for Ctrl-C).
    static func die(of sig: Int32) -> Never {
        _ = cn_default_signal(sig)
        raise(sig)
        exit(128 + sig)
    }
}
