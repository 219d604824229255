import TextAnalysis

/// Writes simplified text in traditional script by reading the fold table
/// backwards.
///
/// Folding maps several traditional and variant forms onto one simplified
/// character; going back, the form the training corpus uses most wins, else
/// the lowest code point among the block's characters that fold to it.
/// Folding the result always gives back the input exactly, so a traditional
/// document is, for Suoyin, the same text as its simplified original.
///
/// For example: `法治政府建设` → `法治政府建設`.
struct TraditionalScript {
    /// `forms[i]` is the traditional form of the block's `i`-th character (itself when it has none).
    private var forms: [UInt32]

    init(observed: [UInt32: [UInt32: Int]]) {
        forms = (0..<HanBlock.count).map(HanBlock.character(at:))
        var hasForm = [Bool](repeating: false, count: HanBlock.count)
        for (simplified, seen) in observed where HanBlock.contains(simplified) {
            let best = seen.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!
            forms[HanBlock.index(of: simplified)] = best.key
            hasForm[HanBlock.index(of: simplified)] = true
        }
        for source in HanBlock.range {
            let target = CharacterFolding.fold(source)
            guard target != source, HanBlock.contains(target), !hasForm[HanBlock.index(of: target)] else { continue }
            forms[HanBlock.index(of: target)] = source
            hasForm[HanBlock.index(of: target)] = true
        }
    }

    /// The traditional form of `codePoint`, or `codePoint` itself.
    @inline(__always)
    func form(of codePoint: UInt32) -> UInt32 {
        HanBlock.contains(codePoint) ? forms[HanBlock.index(of: codePoint)] : codePoint
    }

    /// `text` written in traditional script.
    func convert(_ text: String) -> String {
        HanBlock.string(text.unicodeScalars.map { form(of: $0.value) })
    }

    /// Whether `text` reads differently in traditional script.
    func changes(_ text: String) -> Bool {
        text.unicodeScalars.contains { form(of: $0.value) != $0.value }
    }
}
