extension AuditdLine.ByteRecord {
    /// The title and actor a listing shows (`AuditdLine.title(_:)`, `AuditdLine.actor(_:)`),
    /// written from the record's bytes as an entry of `made` (see `MadeTitles`): where it
    /// starts, or nil (none made) when `EventTitle` would not keep the title as it is or a
    /// value decoded from hex is not valid UTF-8.
    func madeListing(_ made: MadeTitles) -> Int? {
        let entry = made.start()
        writeTitle(made)
        let titleEnd = made.count, title = made.titleSoFar(entry)
        guard UTF8Scalar.isValid(title.baseAddress!, from: 0, to: title.count), EventTitle.keptAsWritten(title) else {
            made.drop(entry)
            return nil
        }
        for name in Names.actor {
            guard let value = shown(name, unless: Names.noOne) else { continue }
            put(value, made)
            break
        }
        guard UTF8Scalar.isValid(made.base, from: titleEnd, to: made.count) else {
            made.drop(entry)
            return nil
        }
        return made.finish(entry, titleEnd: titleEnd) ? entry : nil
    }

    /// `AuditdLine.title(_:)`: the type, then each part of what the record says after a space.
    private func writeTitle(_ made: MadeTitles) {
        made.append(slice(type))
        func part(_ words: [UInt8]...) {
            made.append(contentsOf: CollectionOfOne(0x20))
            for w in words { made.append(contentsOf: w) }
        }
        func value(_ name: [UInt8]) -> Value? { shown(name, unless: Names.nothing) }
        switch slice(type) {
        case let t where t.elementsEqual(Names.syscallType):
            if let call = value(Names.enrichedSyscall) {
                part(); put(call, made)
            } else if let call = value(Names.syscall) {
                part(Names.syscallWord, [0x20]); put(call, made)
            } else {
                part(Names.syscallWord)
            }
            let (comm, exe) = (value(Names.comm), value(Names.exe))
            if comm != nil || exe != nil {
                part(Names.by)
                if let comm { part(); put(comm, made) }
                if let exe { part([0x28]); put(exe, made); made.append(contentsOf: CollectionOfOne(0x29)) }
            }
            if let success = value(Names.success) { part(Names.successIs); put(success, made) }
            if let key = value(Names.key) { part(Names.keyIs); put(key, made) }
        case let t where t.elementsEqual(Names.execveType):
            let argc = value(Names.argc).flatMap { v -> Int? in
                v.hex ? nil : Int(String(decoding: slice(v.bytes), as: UTF8.self))
            } ?? 0
            for k in 0..<max(0, min(argc, Names.args.count)) {
                if let arg = value(Names.args[k]) { part(); put(arg, made) }
            }
        case let t where t.elementsEqual(Names.proctitleType):
            if let v = value(Names.proctitle) { part(); put(v, made) }
        case let t where t.elementsEqual(Names.cwdType):
            if let v = value(Names.cwd) { part(); put(v, made) }
        case let t where t.elementsEqual(Names.pathType):
            if let name = value(Names.name) { part(); put(name, made) }
            if let type = value(Names.nametype) ?? value(Names.objtype) {
                part([0x28]); put(type, made); made.append(contentsOf: CollectionOfOne(0x29))
            }
        default:
            if let op = value(Names.op) {
                part(); put(op, made)
            } else if let cmd = value(Names.cmd) {
                part(Names.cmdIs); put(cmd, made)
            }
            if let acct = value(Names.acct) { part(Names.acctIs); put(acct, made) }
            if let addr = value(Names.addr) { part(Names.addrIs); put(addr, made) }
            if let res = value(Names.res) { part(Names.resIs); put(res, made) }
        }
    }

    /// A value as `field` gives it: its bytes, decoded from hex (`AuditdLine.hexText`) when `hex`.
    struct Value {
        var bytes: Range<Int>
        var hex: Bool
    }

    /// The value of the record's first pair named `name` (not the stamp's `type`), unless it
    /// is empty or one of `unless` (values that say nothing), as `title` and `actor` read it.
    private func shown(_ name: [UInt8], unless: [[UInt8]]) -> Value? {
        guard let p = name.withUnsafeBufferPointer({ n in pairs.first { Self.same(b, $0.key, n) } }) else { return nil }
        let v = slice(p.value)
        let hex = !p.quoted && AuditdLine.BytePairs.isTextField(b, p.key) && AuditdLine.isHex(v)
        guard !v.isEmpty else { return nil }
        // Most values are none of them: told by their lengths first.
        for n in unless where (hex ? v.count == 2 * n.count : v.count == n.count) && (hex ? AuditdLine.hex(v, is: n) : v.elementsEqual(n)) {
            return nil
        }
        return Value(bytes: p.value, hex: hex)
    }

    /// Whether the bytes at `key` are `name` (a key is a few bytes: compared a byte at a time).
    private static func same(_ b: UnsafeBufferPointer<UInt8>, _ key: Range<Int>, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard key.count == name.count else { return false }
        var k = 0
        while k < name.count {
            if b[key.lowerBound + k] != name[k] { return false }
            k += 1
        }
        return true
    }

    /// Writes a value's text.
    private func put(_ v: Value, _ made: MadeTitles) {
        guard v.hex else { return made.append(slice(v.bytes)) }
        var i = v.bytes.lowerBound
        while i < v.bytes.upperBound {
            let byte = AuditdLine.hexDigit(b[i])! << 4 | AuditdLine.hexDigit(b[i + 1])!
            made.append(contentsOf: CollectionOfOne(byte == 0 ? 0x20 : byte))
            i += 2
        }
    }

    /// The names and words of a title and actor, as bytes.
    private enum Names {
        static let syscallType = Array("SYSCALL".utf8), execveType = Array("EXECVE".utf8)
        static let proctitleType = Array("PROCTITLE".utf8), cwdType = Array("CWD".utf8), pathType = Array("PATH".utf8)
        static let enrichedSyscall = Array("SYSCALL".utf8), syscall = Array("syscall".utf8), syscallWord = Array("syscall".utf8)
        static let comm = Array("comm".utf8), exe = Array("exe".utf8), by = Array("by".utf8)
        static let success = Array("success".utf8), successIs = Array("success=".utf8)
        static let key = Array("key".utf8), keyIs = Array("key=".utf8)
        static let argc = Array("argc".utf8)
        /// `a0`…`a63`: the arguments a title shows.
        static let args = (0..<64).map { Array("a\($0)".utf8) }
        static let proctitle = Array("proctitle".utf8), cwd = Array("cwd".utf8)
        static let name = Array("name".utf8), nametype = Array("nametype".utf8), objtype = Array("objtype".utf8)
        static let op = Array("op".utf8), cmd = Array("cmd".utf8), cmdIs = Array("cmd=".utf8)
        static let acct = Array("acct".utf8), acctIs = Array("acct=".utf8)
        static let addr = Array("addr".utf8), addrIs = Array("addr=".utf8)
        static let res = Array("res".utf8), resIs = Array("res=".utf8)
        /// `actor`'s names, in its order.
        static let actor = ["AUID", "acct", "auid", "UID", "uid"].map { Array($0.utf8) }
        /// Values that say nothing: in a title, and for an actor.
        static let nothing = ["?", "(null)"].map { Array($0.utf8) }
        static let noOne = ["?", "unset", "4294967295"].map { Array($0.utf8) }
    }
}

extension AuditdLine {
    /// A hex digit's value (`hexText` reads digits and capitals only).
    static func hexDigit(_ c: UInt8) -> UInt8? { c &- 0x30 <= 9 ? c - 0x30 : c &- 0x41 <= 5 ? c - 0x41 + 10 : nil }

    /// Whether `hexText` decodes these bytes.
    static func isHex(_ hex: UnsafeBufferPointer<UInt8>) -> Bool {
        hex.count >= 2 && hex.count % 2 == 0 && hex.allSatisfy { hexDigit($0) != nil }
    }

    /// Whether the hex bytes `hex` (`isHex`) decode to `text` (a NUL read as a space, as `hexText` reads it).
    static func hex(_ hex: UnsafeBufferPointer<UInt8>, is text: [UInt8]) -> Bool {
        guard hex.count == 2 * text.count else { return false }
        for (k, c) in text.enumerated() {
            let byte = hexDigit(hex[2 * k])! << 4 | hexDigit(hex[2 * k + 1])!
            if (byte == 0 ? 0x20 : byte) != c { return false }
        }
        return true
    }
}
