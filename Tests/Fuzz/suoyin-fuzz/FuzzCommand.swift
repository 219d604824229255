import Foundation

/// The command line of `suoyin-fuzz`, and what it adds to the arguments it hands to libFuzzer.
enum FuzzCommand {
    /// The arguments libFuzzer gets for the program's `arguments`: the target's
    /// name (the first argument) becomes `--target=NAME`, which libFuzzer ignores
    /// (it skips flags that start with "--") but hands on to the processes it
    /// starts (-fork, -minimize_crash); the target's defaults follow (see
    /// ``driverArguments(for:given:program:)``). Sets ``FuzzTarget/selected``.
    /// `list`, no target or an unknown one exit here.
    static func driverArguments(_ arguments: [String]) -> [String] {
        guard arguments.count >= 2 else { exit(usage()) }
        if arguments[1] == "list" {
            for target in FuzzTarget.all {
                print(target.name.padding(toLength: 12, withPad: " ", startingAt: 0) + target.summary)
            }
            exit(0)
        }
        let name = arguments[1].hasPrefix("--target=") ? String(arguments[1].dropFirst(9)) : arguments[1]
        guard let target = FuzzTarget.all.first(where: { $0.name == name }) else { exit(usage()) }
        FuzzTarget.selected = target
        target.prepare()
        do {
            return try driverArguments(for: target, given: Array(arguments.dropFirst(2)), program: arguments[0])
        } catch {
            FileHandle.standardError.write(Data("suoyin-fuzz: \(error)\n".utf8))
            exit(1)
        }
    }

    /// Prints how to call the program and returns the exit status for a usage error.
    static func usage() -> Int32 {
        let names = FuzzTarget.all.map(\.name).joined(separator: ", ")
        FileHandle.standardError.write(Data("""
            usage: suoyin-fuzz TARGET [libFuzzer options] [CORPUS_DIR | INPUT ...]
                   suoyin-fuzz list
            TARGET is one of: \(names).
            A corpus folder that is missing or empty is first filled with the target's seeds,
            made from the repository's fixtures; an INPUT file is run once (to reproduce a crash).
            Unless given, -max_len is the target's and -dict its dictionary of tokens.

            """.utf8))
        return 2
    }

    /// libFuzzer's arguments for `target`: the program, `--target=NAME`, the
    /// user's `given` arguments, and the target's defaults for options not given.
    /// Seeds every missing or empty corpus folder among `given`.
    static func driverArguments(for target: FuzzTarget, given: [String], program: String) throws -> [String] {
        var arguments = [program, "--target=\(target.name)"] + given
        let fixtures = try Fixtures()
        for path in given where !path.hasPrefix("-") {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            if exists && !isFolder.boolValue { continue }
            if try !exists || FileManager.default.contentsOfDirectory(atPath: path).isEmpty {
                try writeSeeds(of: target, from: fixtures, into: path)
            }
        }
        if !given.contains(where: { $0.hasPrefix("-max_len=") }) {
            arguments.append("-max_len=\(target.maximumLength)")
        }
        if !given.contains(where: { $0.hasPrefix("-dict=") }), !target.dictionary.isEmpty {
            arguments.append("-dict=" + (try writeDictionary(of: target)))
        }
        return arguments
    }

    /// Writes each of `target`'s seeds into the folder at `path`, creating it.
    static func writeSeeds(of target: FuzzTarget, from fixtures: Fixtures, into path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (index, seed) in try target.seeds(fixtures).enumerated() {
            let file = URL(fileURLWithPath: path).appendingPathComponent(String(format: "seed-%04d", index))
            try seed.prefix(target.maximumLength).write(to: file)
        }
    }

    /// Writes `target`'s dictionary in libFuzzer's format (one quoted token a
    /// line, bytes as `\xHH`) to a temporary file and returns its path.
    static func writeDictionary(of target: FuzzTarget) throws -> String {
        let lines = target.dictionary.map { token in
            "\"" + token.utf8.map { byte in
                byte >= 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x5C
                    ? String(UnicodeScalar(byte)) : String(format: "\\x%02X", byte)
            }.joined() + "\""
        }
        let path = NSTemporaryDirectory() + "suoyin-fuzz-\(target.name)-\(getpid()).dict"
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
