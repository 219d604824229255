/// The other ways a query term's numbers may be written: Arabic digits as
/// Chinese numerals and the reverse, so that 第12条 also finds 第十二条.
///
/// Each maximal run of digits or of numeral characters that reads as a
/// number (the rules are on ``NumeralRun``) is replaced by its other forms;
/// everything else in the term is kept exactly as typed.
///
/// With several runs, the forms where every run is replaced come first
/// (2023年12月 → 二〇二三年十二月, 二零二三年十二月), then the mixed ones
/// (2023年十二月, …), each group in the order of the runs' forms. At most
/// ``maximumAlternatives`` are returned.
///
/// For example:
/// ```swift
/// NumeralForms.alternatives(of: "第12条")  // ["第十二条"]
/// NumeralForms.alternatives(of: "十二月")  // ["12月"]
/// NumeralForms.alternatives(of: "2023年")  // ["二〇二三年", "二零二三年"]
/// NumeralForms.alternatives(of: "一些")    // []
/// ```
public enum NumeralForms {
    /// The most alternatives one term gets: each is one more OR in the query.
    public static let maximumAlternatives = 8

    /// The most combinations looked at in each of the two passes, so that a
    /// term with thousands of numbers costs no more than one with three.
    static let maximumSteps = 64

    /// The other forms of `term`, without `term` itself and without repeats,
    /// in a fixed order; [] when the term has no number.
    public static func alternatives(of term: some StringProtocol) -> [String] {
        let original = Array(term.unicodeScalars)
        let folded = original.map(NumeralCharacter.folded)
        let runs = NumeralRun.runs(in: folded)
        guard !runs.isEmpty else { return [] }
        let typed = String(term)
        var seen: Set<String> = [typed]
        var alternatives: [String] = []
        // Option 0 of each run is the run as typed, option i > 0 its replacement i - 1.
        let radices = runs.map { $0.replacements.count + 1 }
        for everyRunReplaced in [true, false] {
            var options = radices.map { _ in everyRunReplaced ? 1 : 0 }
            var steps = 0
            repeat {
                steps += 1
                let replaced = options.filter { $0 > 0 }.count
                if everyRunReplaced || (replaced > 0 && replaced < runs.count) {
                    let form = spell(original, runs: runs, options: options)
                    if seen.insert(form).inserted { alternatives.append(form) }
                    if alternatives.count == maximumAlternatives { return alternatives }
                }
            } while steps < maximumSteps && advance(&options, radices: radices, lowest: everyRunReplaced ? 1 : 0)
        }
        return alternatives
    }

    /// `original` with each run spelled as `options` choose.
    private static func spell(_ original: [Unicode.Scalar], runs: [NumeralRun], options: [Int]) -> String {
        var scalars = String.UnicodeScalarView()
        var position = 0
        for (run, option) in zip(runs, options) {
            scalars.append(contentsOf: original[position..<run.range.lowerBound])
            if option == 0 {
                scalars.append(contentsOf: original[run.range])
            } else {
                scalars.append(contentsOf: run.replacements[option - 1].unicodeScalars)
            }
            position = run.range.upperBound
        }
        scalars.append(contentsOf: original[position...])
        return String(scalars)
    }

    /// Steps mixed-radix counter `options` (the last run's digit fastest),
    /// each digit in `lowest..<radix`; false when it wraps around to the start.
    private static func advance(_ options: inout [Int], radices: [Int], lowest: Int) -> Bool {
        for index in options.indices.reversed() {
            options[index] += 1
            if options[index] < radices[index] { return true }
            options[index] = lowest
        }
        return false
    }
}
