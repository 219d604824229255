import Foundation

/// One fuzz target: what it feeds the input to and the invariants it checks.
///
/// Adding one takes a file that defines a `static let` of this type and a line
/// in ``all``. `run` gets each input libFuzzer makes and traps through
/// ``require(_:_:file:line:)`` when an invariant fails; libFuzzer then saves
/// the input as `crash-…` and the program exits non-zero.
struct FuzzTarget: Sendable {
    /// The name given on the command line.
    let name: String
    /// One line for `suoyin-fuzz list`.
    let summary: String
    /// The longest input libFuzzer makes (its `-max_len`), unless told otherwise.
    var maximumLength = 4096
    /// Work done once before fuzzing starts (such as building an index), so
    /// that it is not counted as the first input's, nor its memory as a leak.
    var prepare: @Sendable () -> Void = {}
    /// Tokens libFuzzer splices into inputs (its `-dict`): the syntax the code
    /// under test compares against, which coverage alone finds slowly.
    var dictionary: [String] = []
    /// The seed inputs, made from the repository's fixtures.
    let seeds: @Sendable (Fixtures) throws -> [Data]
    /// Checks one input.
    let run: @Sendable (UnsafeRawBufferPointer) -> Void

    /// Every target, in the order `.ci/fuzz` runs them.
    static let all: [FuzzTarget] = [
        .tokenizer, .query, .decoding, .html, .docx, .odt, .ofd, .layout, .passages, .citation,
    ]

    /// The target this process fuzzes, chosen once before libFuzzer starts;
    /// libFuzzer's callback is a C function and cannot capture it.
    nonisolated(unsafe) static var selected: FuzzTarget!
}

/// Stops the process when an invariant fails: the message goes to stderr,
/// and libFuzzer, catching the trap, saves the input that broke it.
func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
             file: StaticString = #fileID, line: UInt = #line) {
    if !condition() { fatalError("invariant violated: \(message())", file: file, line: line) }
}
