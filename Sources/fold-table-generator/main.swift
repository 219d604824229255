// Remakes the traditional/variant → simplified Han fold table and its test fixture.
//
// Usage: swift run fold-table-generator
//
// Needs Debian's opencc, libopencc-data and unicode-data packages (`opencc_dict`,
// /usr/share/opencc, /usr/share/unicode) and `bzcat`; building or running Suoyin does not.
// Writes Sources/TextAnalysis/Folding/HanVariantTable.swift and
// Tests/TextAnalysisTests/Fixtures/{TSCharacters.txt,README.md}.
//
// Policy, strongest source first; a code point keeps the first edge it gets:
// 1. CJK compatibility ideographs → their canonical decomposition; Kangxi radicals and
//    CJK radicals with a decomposition → their compatibility decomposition.
// 2. OpenCC TSCharacters: the first candidate wins (乾 → "干 乾" gives 干, 於 → "于 於"
//    gives 于). A first candidate equal to the key (阪 → "阪 坂") means OpenCC keeps the
//    character, so it stays a fixed point and no weaker source may move it.
// 3. OpenCC TWVariantsRev, then HKVariantsRev (regional form → OpenCC traditional form),
//    as OpenCC's tw2s and hk2s apply them before TSCharacters; their target is then folded
//    by the chain below (為 → 爲 → 为, 著 → 着).
// 4. Unihan kSimplifiedVariant (first value) for characters OpenCC does not mention at all.
// Steps 3 and 4 never move a character that TSCharacters produces as simplified output
// (TWVariantsRev's 么 → 幺 would otherwise send 什麼 → 什么 → 什幺).
// Chains are then followed to their end so that every target is a fixed point (龜 U+F907 →
// 龜 → 龟). The rule above already keeps out cycles such as 才 → 纔 (TWVariantsRev) → 才
// (TSCharacters); should new data bring one, it is broken by dropping its weakest edge.
import Foundation

let openCCDirectory = "/usr/share/opencc"
let unicodeDirectory = "/usr/share/unicode"
let packageRoot = URL(filePath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// What the generator can fail at; each message says what happened and what to check.
enum GeneratorError: Error, CustomStringConvertible {
    case commandFailed(command: String, status: Int32)
    case malformedLine(file: String, line: String)
    case invariantBroken(String)

    var description: String {
        switch self {
        case let .commandFailed(command, status):
            "'\(command)' exited with status \(status); are opencc, libopencc-data and bzip2 installed?"
        case let .malformedLine(file, line):
            "\(file): cannot parse line '\(line)'; has the data format changed?"
        case let .invariantBroken(message):
            "The generated table is inconsistent: \(message). The table was not written."
        }
    }
}

/// The data sets a mapping can come from, strongest first.
enum Source: Int, CaseIterable, Comparable {
    case compatibilityIdeograph, radical, tsCharacters, twVariantsRev, hkVariantsRev, unihan

    var name: String {
        ["compatibility ideographs", "radicals", "TSCharacters", "TWVariantsRev", "HKVariantsRev",
         "Unihan kSimplifiedVariant"][rawValue]
    }

    static func < (lhs: Source, rhs: Source) -> Bool { lhs.rawValue < rhs.rawValue }
}

struct Edge {
    var target: UInt32
    var source: Source
}

/// An OpenCC character table: each key with its candidates, best first.
typealias CharacterTable = [(key: UInt32, candidates: [UInt32])]

// MARK: - Reading the sources

@discardableResult
func run(_ arguments: [String]) throws -> Data {
    let process = Process()
    let output = Pipe()
    process.executableURL = URL(filePath: "/usr/bin/env")
    process.arguments = arguments
    process.standardOutput = output
    try process.run()
    // Read before waiting: a full pipe would otherwise block the child forever.
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw GeneratorError.commandFailed(command: arguments.joined(separator: " "),
                                           status: process.terminationStatus)
    }
    return data
}

/// The text form of an OpenCC dictionary, exactly as `opencc_dict` writes it.
func openCCText(_ name: String, in directory: URL) throws -> String {
    let output = directory.appending(path: "\(name).txt")
    try run(["opencc_dict", "-i", "\(openCCDirectory)/\(name).ocd2", "-o", output.path,
             "-f", "ocd2", "-t", "text"])
    return try String(contentsOf: output, encoding: .utf8)
}

func parseCharacterTable(_ text: String, file: String) throws -> CharacterTable {
    try text.split(separator: "\n").map { line in
        let fields = line.split(separator: "\t")
        let scalars = fields.map { $0.split(separator: " ").map(\.unicodeScalars) }
        guard fields.count == 2, scalars[0].count == 1, scalars.joined().allSatisfy({ $0.count == 1 })
        else { throw GeneratorError.malformedLine(file: file, line: String(line)) }
        let codePoints = scalars.map { $0.map { $0.first!.value } }
        return (codePoints[0][0], codePoints[1])
    }
}

/// Single-code-point decompositions from UnicodeData.txt in `ranges`, with or without a `<compat>` tag.
func decompositions(_ unicodeData: String, in ranges: [ClosedRange<UInt32>],
                    tag: String?) -> [(UInt32, UInt32)] {
    unicodeData.split(separator: "\n").compactMap { line in
        let fields = line.split(separator: ";", omittingEmptySubsequences: false)
        guard fields.count > 5, let codePoint = UInt32(fields[0], radix: 16),
              ranges.contains(where: { $0.contains(codePoint) }) else { return nil }
        var parts = fields[5].split(separator: " ")
        if let tag {
            guard parts.first == Substring(tag) else { return nil }
            parts.removeFirst()
        } else if parts.first?.hasPrefix("<") == true {
            return nil
        }
        guard parts.count == 1, let target = UInt32(parts[0], radix: 16) else { return nil }
        return (codePoint, target)
    }
}

/// Unihan kSimplifiedVariant values, e.g. "U+8457\tkSimplifiedVariant\tU+7740 U+8457".
func simplifiedVariants(_ unihan: String) throws -> [(UInt32, [UInt32])] {
    func codePoint(_ field: Substring) -> UInt32? {
        field.hasPrefix("U+") ? UInt32(field.dropFirst(2).prefix { $0 != "<" }, radix: 16) : nil
    }
    return try unihan.split(separator: "\n").compactMap { line in
        let fields = line.split(separator: "\t")
        guard fields.count == 3, fields[1] == "kSimplifiedVariant" else { return nil }
        guard let source = codePoint(fields[0]) else {
            throw GeneratorError.malformedLine(file: "Unihan_Variants.txt", line: String(line))
        }
        let targets = fields[2].split(separator: " ").compactMap(codePoint)
        return targets.isEmpty ? nil : (source, targets)
    }
}

func packageVersion(_ name: String) -> String {
    guard let data = try? run(["dpkg-query", "-W", "-f=${Version}", name]) else { return "(version unknown)" }
    return String(decoding: data, as: UTF8.self)
}

// MARK: - Building the map

/// Follows every edge to its end; a cycle loses its weakest edge (ties: the smallest source code point's).
func resolve(_ edges: [UInt32: Edge]) -> (map: [UInt32: (target: UInt32, source: Source)], brokenCycles: Int) {
    var edges = edges
    var brokenCycles = 0
    var map: [UInt32: (target: UInt32, source: Source)] = [:]
    for start in edges.keys.sorted() {
        var path: [UInt32] = [start]
        while let edge = edges[path.last!] {
            if let cycleStart = path.firstIndex(of: edge.target) {
                let weakest = path[cycleStart...].max {
                    (edges[$0]!.source, $1) < (edges[$1]!.source, $0)
                }!
                edges[weakest] = nil
                brokenCycles += 1
                path = [start]
                continue
            }
            path.append(edge.target)
        }
        if let edge = edges[start], path.last! != start {
            map[start] = (path.last!, edge.source)
        }
    }
    return (map, brokenCycles)
}

func check(_ condition: Bool, _ message: @autoclosure () -> String) throws {
    if !condition { throw GeneratorError.invariantBroken(message()) }
}

func hex(_ codePoint: UInt32) -> String { String(codePoint, radix: 16, uppercase: true) }

// MARK: - Main

func generate() throws {
    let scratch = FileManager.default.temporaryDirectory.appending(path: "fold-table-\(UUID())")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }

    let tsText = try openCCText("TSCharacters", in: scratch)
    let ts = try parseCharacterTable(tsText, file: "TSCharacters")
    let tw = try parseCharacterTable(try openCCText("TWVariantsRev", in: scratch), file: "TWVariantsRev")
    let hk = try parseCharacterTable(try openCCText("HKVariantsRev", in: scratch), file: "HKVariantsRev")
    let unicodeData = try String(contentsOfFile: "\(unicodeDirectory)/UnicodeData.txt", encoding: .utf8)
    let unihan = String(decoding: try run(["bzcat", "\(unicodeDirectory)/Unihan_Variants.txt.bz2"]),
                        as: UTF8.self)

    let simplifiedOutput = Set(ts.map { $0.candidates[0] })
    let knownToOpenCC = Set((ts + tw + hk).flatMap { [$0.key] + $0.candidates })
    var edges: [UInt32: Edge] = [:]
    func add(_ source: UInt32, _ target: UInt32, _ origin: Source) {
        if edges[source] == nil, source != target { edges[source] = Edge(target: target, source: origin) }
    }
    for (source, target) in decompositions(unicodeData, in: [0xF900...0xFAFF, 0x2F800...0x2FA1F], tag: nil) {
        add(source, target, .compatibilityIdeograph)
    }
    for (source, target) in decompositions(unicodeData, in: [0x2E80...0x2FDF], tag: "<compat>") {
        add(source, target, .radical)
    }
    var keptByOpenCC = Set<UInt32>()
    for (key, candidates) in ts {
        add(key, candidates[0], .tsCharacters)
        keptByOpenCC.insert(key)
    }
    for (table, origin) in [(tw, Source.twVariantsRev), (hk, .hkVariantsRev)] {
        for (key, candidates) in table where !keptByOpenCC.contains(key) && !simplifiedOutput.contains(key) {
            add(key, candidates[0], origin)
        }
    }
    for (key, candidates) in try simplifiedVariants(unihan) where !knownToOpenCC.contains(key) {
        add(key, candidates[0], .unihan)
    }

    let (map, brokenCycles) = resolve(edges)
    func fold(_ c: UInt32) -> UInt32 { map[c]?.target ?? c }
    for (source, entry) in map {
        try check(map[entry.target] == nil, "\(hex(source)) → \(hex(entry.target)) is not final")
    }
    for (key, candidates) in ts {
        try check(fold(key) == fold(candidates[0]), "TSCharacters \(hex(key)) → \(hex(candidates[0])) not unified")
    }
    for simplified in simplifiedOutput where !keptByOpenCC.contains(simplified) {
        try check(fold(simplified) == simplified, "simplified \(hex(simplified)) is folded")
    }

    let counts = Source.allCases.map { origin in (origin, map.values.filter { $0.source == origin }.count) }
    let summary = counts.map { "\($0.0.name) \($0.1)" }.joined(separator: ", ")
    let lines = map.keys.sorted().map { "    \(hex($0)) \(hex(map[$0]!.target))" }
    let openCCVersion = packageVersion("libopencc-data")
    let unicodeVersion = unihan.split(separator: "\n").first { $0.hasPrefix("# Unicode version:") }
        .map { $0.dropFirst("# Unicode version:".count).trimmingCharacters(in: .whitespaces) } ?? "(version unknown)"
    let table = """
        // Generated by `swift run fold-table-generator`; do not edit. Sources and licences: see below.
        // OpenCC (Apache-2.0) TSCharacters, TWVariantsRev, HKVariantsRev from Debian's opencc package \(openCCVersion);
        // Unicode \(unicodeVersion) Unihan (Unicode licence) kSimplifiedVariant; UnicodeData.txt decompositions.
        // \(map.count) entries: \(summary).
        /// Traditional and variant Han characters mapped to their simplified standard form.
        ///
        /// Every target is final: no target is also a source, so folding twice changes nothing.
        enum HanVariantTable {
            /// One mapping a line: source and target code points in upper-case hex, e.g. "8A2D 8BBE" (設→设). Sorted by source.
            static let mappings = \"\"\"
        \(lines.joined(separator: "\n"))
            \"\"\"
        }

        """
    let readme = """
        # Test fixtures

        `TSCharacters.txt` is OpenCC's traditional → simplified character table as text, from
        Debian's opencc package \(openCCVersion) (libopencc-data), made with
        `opencc_dict -i /usr/share/opencc/TSCharacters.ocd2 -o TSCharacters.txt -f ocd2 -t text`.
        OpenCC is licensed under the Apache License 2.0 (https://github.com/BYVoid/OpenCC).
        `swift run fold-table-generator` rewrites it together with `HanVariantTable.swift`;
        `FoldTableTests` checks that the fold unifies every pair in it.

        """
    let fixtures = packageRoot.appending(path: "Tests/TextAnalysisTests/Fixtures")
    try FileManager.default.createDirectory(at: fixtures, withIntermediateDirectories: true)
    try table.write(to: packageRoot.appending(path: "Sources/TextAnalysis/Folding/HanVariantTable.swift"),
                    atomically: true, encoding: .utf8)
    try tsText.write(to: fixtures.appending(path: "TSCharacters.txt"), atomically: true, encoding: .utf8)
    try readme.write(to: fixtures.appending(path: "README.md"), atomically: true, encoding: .utf8)
    FileHandle.standardError.write(Data(
        "fold-table-generator: \(map.count) entries (\(summary)); \(brokenCycles) cycles broken\n".utf8))
}

do {
    try generate()
} catch {
    FileHandle.standardError.write(Data("fold-table-generator: error: \(error)\n".utf8))
    exit(1)
}
