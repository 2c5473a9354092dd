/// Re-indents compact JSON as `jq .` prints it (two spaces, `": "`, empty containers kept
/// as `[]`/`{}`), fed in pieces of any size, so a million events need no second copy.
struct PrettyPrinter {
    private var depth = 0
    private var inString = false
    private var escaped = false
    /// Just after `{` or `[`: the next byte says whether the container is empty.
    private var justOpened = false

    mutating func feed(_ bytes: [UInt8], into out: inout [UInt8]) {
        for b in bytes {
            if inString {
                out.append(b)
                if escaped { escaped = false } else if b == 0x5C { escaped = true } else if b == 0x22 { inString = false }
                continue
            }
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { continue }
            if justOpened {
                justOpened = false
                if b == 0x7D || b == 0x5D {
                    depth -= 1
                    out.append(b)
                    continue
                }
                newLine(&out)
            }
            switch b {
            case 0x22:
                inString = true
                out.append(b)
            case 0x7B, 0x5B:
                out.append(b)
                depth += 1
                justOpened = true
            case 0x7D, 0x5D:
                depth -= 1
                newLine(&out)
                out.append(b)
            case 0x2C:
                out.append(b)
                newLine(&out)
            case 0x3A:
                out.append(0x3A)
                out.append(0x20)
            default:
                out.append(b)
            }
        }
    }

    private func newLine(_ out: inout [UInt8]) {
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: 2 * depth))
    }
}
