import Foundation
import TimelineModel

/// The viewer as `bench-viewer` drives it: a state, `update`, `render` at 120×40, and the
/// runtime's `EffectRunner` doing the effects (in the background, as on a terminal), so
/// that what is timed is the path the product takes.
struct BenchSession {
    static let size = Size(width: 120, height: 40)
    var state: ViewState
    let effects: EffectRunner

    init(_ state: ViewState, file: WatchedFile?) {
        self.state = state
        effects = EffectRunner(exports: ExportService(bytes: { _, _ in [] }), file: file)
    }

    /// Sends `message` through `update` and does the effect asked for; the frame after.
    mutating func send(_ message: Message) {
        state = update(state, message)
        if let effect = state.effect, let answer = effects.start(effect, for: state) {
            send(answer)
        }
        _ = render(state, size: Self.size)
    }

    /// Presses `key`; the time `update` and `render` took (not the effect's background work).
    @discardableResult
    mutating func press(_ key: Key) -> Duration {
        ContinuousClock().measure { send(.key(key)) }
    }

    /// Types `text` at a prompt, key by key.
    mutating func type(_ text: String) {
        for c in text { send(.key(.character(c))) }
    }

    /// Takes the answers of background work as they come, until `done` says so (or 10
    /// minutes pass); true when it did.
    @discardableResult
    mutating func waitFor(_ done: (ViewState) -> Bool) -> Bool {
        let deadline = ContinuousClock.now + .seconds(600)
        while !done(state) {
            let answers = effects.finished()
            if answers.isEmpty {
                if ContinuousClock.now > deadline { return false }
                Thread.sleep(forTimeInterval: 0.0005)
            }
            for a in answers { send(a) }
        }
        return true
    }
}
