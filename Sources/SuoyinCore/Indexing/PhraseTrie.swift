import TextAnalysis

/// The phrases whose lists are built, as a trie of folded Han characters:
/// node 0…n−1, each the phrase spelled by the path from the root.
///
/// Walking it from every character of a run finds every occurrence of
/// every phrase in one pass. Children of the root are found in a flat array
/// by code point; deeper children in an open-addressing table keyed by
/// (parent, code point), so a step is one or two memory reads.
struct PhraseTrie {
    /// Node of each one-character phrase by code point, −1 when none.
    private var roots: [Int32]
    /// Keys `parent << 21 | code point` (`empty` when free) and their nodes.
    private var keys: [UInt64]
    private var nodes: [Int32]
    private var mask: Int
    private static let empty = UInt64.max

    /// Each node's parent (−1 for a root) and last character.
    private(set) var parents: [Int32] = []
    private(set) var characters: [UInt32] = []

    init() {
        roots = Array(repeating: -1, count: Int(CharacterFolding.tableBound))
        keys = Array(repeating: Self.empty, count: 1024)
        nodes = Array(repeating: -1, count: 1024)
        mask = 1023
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
            if (count + 1) * 2 > keys.count { grow() }
            store(Self.key(parent, character), node)
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
        let key = Self.key(parent, character)
        var slot = Self.hash(key) & mask
        while true {
            let found = keys[slot]
            if found == key { return nodes[slot] }
            if found == Self.empty { return nil }
            slot = (slot + 1) & mask
        }
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

    @inline(__always)
    private static func key(_ parent: Int32, _ character: UInt32) -> UInt64 {
        UInt64(UInt32(bitPattern: parent)) << 21 | UInt64(character)
    }

    @inline(__always)
    private static func hash(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20)
    }

    private mutating func store(_ key: UInt64, _ node: Int32) {
        var slot = Self.hash(key) & mask
        while keys[slot] != Self.empty { slot = (slot + 1) & mask }
        keys[slot] = key
        nodes[slot] = node
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldNodes = nodes
        keys = Array(repeating: Self.empty, count: oldKeys.count * 2)
        nodes = Array(repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (key, node) in zip(oldKeys, oldNodes) where key != Self.empty { store(key, node) }
    }
}
