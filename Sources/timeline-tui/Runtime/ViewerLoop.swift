import Foundation
import TimelineModel

/// Runs the viewer on the real terminal: keys, pauses, file notices and effect results in
/// as messages, `update`, effects out to `EffectRunner`, `render`, frame out, until `q`
/// or a signal. The terminal is restored on every way out. Nothing here changes the
/// state but `update`.
enum ViewerLoop {
    /// How the viewer ended.
    enum Outcome {
        /// The user quit.
        case quit
        /// The key source ended or failed (the terminal is restored by then).
        case keysEnded
    }

    /// `watching`: the files shown, checked now and then for changes (none for the bundled one).
    /// Throws when the terminal cannot be used (`TERM` unset or unknown, no /dev/tty).
    /// `reload`: the file, read again for `R` and followed for `F` (nil when there is
    /// none to read).
    /// `terminal`: the one the loading screen was shown on, else a new one.
    static func run(_ initial: ViewState, on given: Terminal? = nil, colour: Bool, mouse: Bool = true, watching files: [String],
                    reload: WatchedFile? = nil,
                    exports: ExportService) throws(Terminal.Unavailable) -> Outcome {
        let terminal: Terminal
        if let given { terminal = given } else { terminal = try Terminal(colour: colour, environment: ProcessInfo.processInfo.environment) }
        defer { terminal.stop() }
        let effects = EffectRunner(exports: exports, file: reload)
        effects.loaded(initial.timeline)
        var state = initial
        if !mouse {
            terminal.setMouse(false)
            state.mouseReporting = false
        }
        let size = terminal.size
        var inbox: [Message] = [.key(.resize(width: size.width, height: size.height))]
        // What the first state asks for (a merge's duplicate check) starts with the screen.
        if let effect = state.effect, effect.isQuiet, let answer = effects.start(effect, for: state) { inbox.append(answer) }
        if terminal.asciiOnly { inbox.append(.screenIsASCIIOnly(notice: AsciiFallback.notice)) }
        var dirty = true
        var watches = files.map { FileWatch(path: $0) }
        var idle = 0
        // The file is looked at every half second, keys or not (a held key must not stop
        // a followed file from showing its new lines).
        var lastLook = ContinuousClock.now
        func look() {
            lastLook = .now
            for k in watches.indices { if let notice = watches[k].check() { inbox.append(notice) } }
        }
        while true {
            if let sig = Signals.takePending() {
                terminal.stop()
                Signals.die(of: sig)
            }
            inbox += effects.finished()
            while !inbox.isEmpty {
                let message = inbox.removeFirst()
                // What R read again is what is shown: a change the watch saw before that
                // read is no news (its "still showing what was loaded" would be wrong).
                // While following, every change must still reach the follow.
                if case .reloaded = message, !state.following { watches = files.map { FileWatch(path: $0) } }
                state = update(state, message)
                dirty = true
                guard let effect = state.effect else { continue }
                if effect == .quit { return .quit }
                switch effect {
                case .copy(let index, let whole):
                    let text = CopyText.text(state, index: index, wholeDetail: whole)
                    inbox.append(terminal.copyToClipboard(text)
                        ? .copied(what: whole ? "the detail" : "the line", characters: text.count)
                        : .copyFailed(reason: "this terminal (TERM=\(SafeText.neutralise(terminal.terminalType))) takes no clipboard copy, or the text is too long; ^T turns the mouse off to select it yourself"))
                    continue
                case .mouse(let on):
                    terminal.setMouse(on)
                    continue
                default:
                    break
                }
                if let answer = effects.start(effect, for: state) { inbox.append(answer) }
            }
            if dirty {
                terminal.show(render(state, size: terminal.size))
                dirty = false
            }
            guard let key = terminal.readKey() else {
                if terminal.keysEnded { return .keysEnded }
                idle += 1
                // Once a pause: a search typed while keys came quickly starts now.
                if idle == 1 { inbox.append(.keysPaused) }
                if idle % 5 == 0 { look() }
                continue
            }
            idle = 0
            if ContinuousClock.now - lastLook > .milliseconds(500) { look() }
            if case .resize = key { terminal.invalidate() }
            inbox.append(.key(key))
        }
    }
}
