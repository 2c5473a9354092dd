/// A small XML reader for feeds, made so that a file can do no harm: elements,
/// attributes, CDATA, comments, processing instructions, the five predefined entities
/// and numeric character references. A DOCTYPE is skipped, and the entities it declares
/// are never expanded (no external entity is ever fetched, no entity grows into
/// another): a reference to one stays in the text as written, with a warning. One pass
/// over the bytes, nesting bounded, and the first error stops it with its byte offset.
///
/// FoundationXML's `XMLParser` is not used: it is not reliable on every machine the
/// tool is built on, and it would expand a DTD's entities.
struct XMLTokenizer {
    /// How deep elements may nest: a feed needs five or six; a hostile file is refused
    /// before its depth costs anything.
    static let maxDepth = 256

    /// Why the file is not XML, at a byte offset.
    struct Failure: Error {
        var offset: Int
        var message: String
        /// Where the element the error is about was opened, when it is about one.
        var opened: Int? = nil
    }

    /// A parsed document: its root, and what was tolerated with a warning.
    struct Document {
        var root: XMLElement
        /// References to entities XML does not define (`&nbsp;`, a DTD's `&xxe;`) and
        /// `&` that starts none, kept as written: offset and what was written.
        var keptReferences: [(offset: Int, written: String)] = []
        /// Offsets of text holding bytes that are not UTF-8 (shown as U+FFFD).
        var invalidUTF8Offsets: [Int] = []
    }

    private let b: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var stack: [XMLElement] = []
    private var text: [UInt8] = []
    private var textOffset = 0
    private var doc = Document(root: XMLElement(name: "", attributes: [], offset: 0))

    private init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }

    /// `bytes` read as an XML document.
    static func parse(_ bytes: [UInt8]) -> Result<Document, Failure> {
        bytes.withUnsafeBufferPointer { buffer in
            var t = XMLTokenizer(buffer)
            do throws(Failure) { return .success(try t.document()) } catch { return .failure(error) }
        }
    }

    private mutating func document() throws(Failure) -> Document {
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = 3 }
        var root: XMLElement?
        while i < b.count {
            let c = b[i]
            if c == 0x3C {  // <
                if root != nil && stack.isEmpty {
                    // After the root: comments and processing instructions only.
                    guard starts("<!--") || starts("<?") else { throw Failure(offset: i, message: "a second root element; an XML document has one") }
                }
                try markup(&root)
            } else if c == 0x26 {  // &
                try reference()
            } else {
                if stack.isEmpty {
                    guard isSpace(c) else {
                        throw Failure(offset: i, message: root == nil ? "text before the first element; this is not XML" : "text after the root element's end")
                    }
                } else {
                    if text.isEmpty { textOffset = i }
                    text.append(c)
                }
                i += 1
            }
        }
        if let open = stack.last {
            throw Failure(offset: b.count, message: "the file ends inside <\(open.name)>; it was cut short", opened: open.offset)
        }
        guard let root else { throw Failure(offset: b.count, message: "no XML element in the file") }
        doc.root = root
        return doc
    }

    private func starts(_ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= b.count else { return false }
        let p = s.utf8Start
        for k in 0..<n where b[i + k] != p[k] { return false }
        return true
    }

    private func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

    private func isNameByte(_ c: UInt8) -> Bool {
        !(isSpace(c) || c == 0x3E || c == 0x2F || c == 0x3D || c == 0x3C || c == 0x22 || c == 0x27)
    }

    /// The offset just past the next `end` from `from`, or nil.
    private func find(_ end: StaticString, from: Int) -> Int? {
        let n = end.utf8CodeUnitCount
        let p = end.utf8Start
        var j = from
        while j + n <= b.count {
            if b[j] == p[0] {
                var k = 1
                while k < n && b[j + k] == p[k] { k += 1 }
                if k == n { return j + n }
            }
            j += 1
        }
        return nil
    }

    private mutating func flushText() {
        guard !text.isEmpty, !stack.isEmpty else { text.removeAll(keepingCapacity: true); return }
        let (s, valid) = text.withUnsafeBufferPointer { String.checkedUTF8($0) }
        if !valid { doc.invalidUTF8Offsets.append(textOffset) }
        stack[stack.count - 1].children.append(.text(s))
        text.removeAll(keepingCapacity: true)
    }

    private mutating func markup(_ root: inout XMLElement?) throws(Failure) {
        let start = i
        if starts("<!--") {
            guard let end = find("-->", from: i + 4) else { throw Failure(offset: start, message: "a comment that is never closed (no -->)") }
            i = end
        } else if starts("<?") {
            guard let end = find("?>", from: i + 2) else { throw Failure(offset: start, message: "a processing instruction that is never closed (no ?>)") }
            i = end
        } else if starts("<![CDATA[") {
            guard !stack.isEmpty else { throw Failure(offset: start, message: "CDATA outside the root element") }
            guard let end = find("]]>", from: i + 9) else { throw Failure(offset: start, message: "a CDATA section that is never closed (no ]]>)") }
            if text.isEmpty { textOffset = i + 9 }
            text.append(contentsOf: b[(i + 9)..<(end - 3)])
            i = end
        } else if starts("<!DOCTYPE") {
            guard root == nil, stack.isEmpty else { throw Failure(offset: start, message: "a DOCTYPE inside the document") }
            try skipDoctype()
        } else if starts("</") {
            flushText()
            i += 2
            let nameStart = i
            while i < b.count, isNameByte(b[i]) { i += 1 }
            let name = String(decoding: b[nameStart..<i], as: UTF8.self)
            while i < b.count, isSpace(b[i]) { i += 1 }
            guard i < b.count, b[i] == 0x3E else { throw Failure(offset: start, message: "the end tag </\(name)> is not closed with >") }
            i += 1
            guard let open = stack.popLast() else { throw Failure(offset: start, message: "</\(name)> closes no element") }
            guard open.name == name else {
                throw Failure(offset: start, message: "</\(name)> where <\(open.name)> should end", opened: open.offset)
            }
            close(open, &root)
        } else {
            flushText()
            try startTag(&root)
        }
    }

    private mutating func close(_ element: XMLElement, _ root: inout XMLElement?) {
        if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(.element(element)) }
    }

    private mutating func skipDoctype() throws(Failure) {
        let start = i
        i += 9
        var bracket = false
        while i < b.count {
            let c = b[i]
            if c == 0x22 || c == 0x27 {  // a quoted system id or entity value: its > is not the end
                var j = i + 1
                while j < b.count, b[j] != c { j += 1 }
                i = j + 1
                continue
            }
            if c == 0x5B { bracket = true } else if c == 0x5D { bracket = false } else if c == 0x3E && !bracket { i += 1; return }
            i += 1
        }
        throw Failure(offset: start, message: "a DOCTYPE that is never closed")
    }

    private mutating func startTag(_ root: inout XMLElement?) throws(Failure) {
        let start = i
        i += 1
        let nameStart = i
        while i < b.count, isNameByte(b[i]) { i += 1 }
        guard i > nameStart else { throw Failure(offset: start, message: "a '<' that starts no tag (text writes it &lt;)") }
        guard stack.count < Self.maxDepth else { throw Failure(offset: start, message: "elements nested more than \(Self.maxDepth) deep") }
        var element = XMLElement(name: String(decoding: b[nameStart..<i], as: UTF8.self), attributes: [], offset: start)
        while true {
            while i < b.count, isSpace(b[i]) { i += 1 }
            guard i < b.count else { throw Failure(offset: start, message: "the tag <\(element.name)> is never closed with >") }
            if b[i] == 0x3E { i += 1; stack.append(element); return }
            if b[i] == 0x2F {
                guard i + 1 < b.count, b[i + 1] == 0x3E else { throw Failure(offset: i, message: "'/' in the tag <\(element.name)> not followed by >") }
                i += 2
                close(element, &root)
                return
            }
            let attrStart = i
            while i < b.count, isNameByte(b[i]) { i += 1 }
            guard i > attrStart else { throw Failure(offset: i, message: "unexpected character in the tag <\(element.name)>") }
            let name = String(decoding: b[attrStart..<i], as: UTF8.self)
            while i < b.count, isSpace(b[i]) { i += 1 }
            guard i < b.count, b[i] == 0x3D else { throw Failure(offset: attrStart, message: "the attribute \(name) of <\(element.name)> has no value (=\"…\")") }
            i += 1
            while i < b.count, isSpace(b[i]) { i += 1 }
            guard i < b.count, b[i] == 0x22 || b[i] == 0x27 else {
                throw Failure(offset: i, message: "the value of the attribute \(name) of <\(element.name)> is not in quotes")
            }
            let quote = b[i]
            i += 1
            let valueStart = i
            var value: [UInt8] = []
            while i < b.count, b[i] != quote {
                if b[i] == 0x3C { throw Failure(offset: i, message: "'<' in the value of the attribute \(name) (write &lt;)") }
                if b[i] == 0x26 {
                    let (decoded, next) = decodeReference(at: i)
                    value.append(contentsOf: decoded)
                    i = next
                } else {
                    value.append(b[i])
                    i += 1
                }
            }
            guard i < b.count else { throw Failure(offset: valueStart - 1, message: "the value of the attribute \(name) is never closed") }
            i += 1
            let (s, valid) = value.withUnsafeBufferPointer { String.checkedUTF8($0) }
            if !valid { doc.invalidUTF8Offsets.append(valueStart) }
            if element.attribute(name) == nil { element.attributes.append((name, s)) }
        }
    }

    private mutating func reference() throws(Failure) {
        guard !stack.isEmpty else { throw Failure(offset: i, message: "a reference outside the root element") }
        if text.isEmpty { textOffset = i }
        let (decoded, next) = decodeReference(at: i)
        text.append(contentsOf: decoded)
        i = next
    }

    /// The reference at `at` (which holds `&`) decoded, and where the text goes on. One
    /// XML does not define is kept as written and noted.
    private mutating func decodeReference(at: Int) -> ([UInt8], Int) {
        var j = at + 1
        while j < b.count, j - at <= 40, b[j] != 0x3B, isNameByte(b[j]) || b[j] == 0x23 { j += 1 }
        guard j < b.count, b[j] == 0x3B, j > at + 1 else {
            doc.keptReferences.append((at, "&"))
            return ([0x26], at + 1)
        }
        let name = b[(at + 1)..<j]
        let next = j + 1
        switch String(decoding: name, as: UTF8.self) {
        case "amp": return ([0x26], next)
        case "lt": return ([0x3C], next)
        case "gt": return ([0x3E], next)
        case "quot": return ([0x22], next)
        case "apos": return ([0x27], next)
        case let n where n.hasPrefix("#"):
            let hex = n.hasPrefix("#x")
            let digits = n.dropFirst(hex ? 2 : 1)
            if !digits.isEmpty, digits.count <= 8, let v = UInt32(digits, radix: hex ? 16 : 10),
               v != 0, let scalar = Unicode.Scalar(v) {
                return (Array(String(Character(scalar)).utf8), next)
            }
            doc.keptReferences.append((at, "&\(n);"))
            return (Array("\u{FFFD}".utf8), next)
        case let n:
            doc.keptReferences.append((at, "&\(n);"))
            return (Array(b[at..<next]), next)
        }
    }
}
