import TextAnalysis

/// The phrases whose lists are built, as a trie of folded Han characters:
/// node 0…n−1, each the phrase spelled by the path from the root.
///
/// Walking it from every character of a run finds every occurrence of
/// every phrase in one pass. Children of the root are found in a flat array
/// by code point; deeper children in an ``OpenAddressingTable`` keyed by
/// (parent, code point), so a step is one or two memory reads.
struct PhraseTrie {
    /// Node of each one-character phrase by code point, −1 when none.
    private var roots: [Int32]
    /// Deeper children by ``key(_:_:)``.
    private var children = OpenAddressingTable()

    /// Each node's parent (−1 for a root) and last character.
    private(set) var parents: [Int32] = []
    private(set) var characters: [UInt32] = []

    init() {
        roots = Array(repeating: -1, count: Int(CharacterFolding.tableBound))
    }

    var count: Int { parents.count }

    /// The node of `character` under `parent` (−1: the root), adding it if new.
    @discardableResult
    mutating func insert(_ character: UInt32, under parent: Int32) -> Int32 {
        if let existing = child(parent, character) { return existing }
        let node = Int32(parents.count)
        parents.append(parent)
        characters.append(character)
        if parent < 0 {
            if character < CharacterFolding.tableBound { roots[Int(character)] = node }
        } else {
            children.insert(node, for: Self.key(parent, character))
        }
        return node
    }

    /// The node of `character` under `parent` (−1: the root), if any.
    @inline(__always)
    func child(_ parent: Int32, _ character: UInt32) -> Int32? {
        if parent < 0 {
            guard character < CharacterFolding.tableBound else { return nil }
            let node = roots[Int(character)]
            return node < 0 ? nil : node
        }
        return children.value(for: Self.key(parent, character))
    }

    /// Whether `phrase` is one of the trie's phrases.
    func contains(_ phrase: [UInt32]) -> Bool {
        var node: Int32 = -1
        for character in phrase {
            guard let next = child(node, character) else { return false }
            node = next
        }
        return node >= 0
    }

    /// The characters of `node`'s phrase, first to last.
    func phrase(of node: Int32) -> [UInt32] {
        var characters: [UInt32] = []
        var current = node
        while current >= 0 {
            characters.append(self.characters[Int(current)])
            current = parents[Int(current)]
        }
        return characters.reversed()
    }

    /// The key of `character` under `parent` in the table of children;
    /// ``PhraseCandidates`` counts candidate children by it too.
    @inline(__always)
    static func key(_ parent: Int32, _ character: UInt32) -> UInt64 {
        UInt64(UInt32(bitPattern: parent)) << 21 | UInt64(character)
    }
}
