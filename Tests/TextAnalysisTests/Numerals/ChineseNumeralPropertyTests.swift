import TestSupport
import Testing
@testable import TextAnalysis

/// ``ChineseNumeral`` over its whole range: every reading parses back to its
/// value, no two values share a reading, and `value(of:)` accepts exactly
/// what the readings spell (checked against a table of all of them).
@Suite("ChineseNumeral properties")
struct ChineseNumeralPropertyTests {
    /// Every standard and digit-by-digit reading of 0…99 999, with 〇 as 零,
    /// and its value; built once, checking that no reading has two values.
    static let oracle: (table: [String: Int], collisions: [String]) = {
        var table: [String: Int] = [:]
        var collisions: [String] = []
        func add(_ reading: String, _ value: Int) {
            if let other = table.updateValue(value, forKey: reading), other != value { collisions.append(reading) }
        }
        for value in ChineseNumeral.range {
            for reading in ChineseNumeral.readings(of: value) { add(reading, value) }
            if value >= 10 {
                for reading in ChineseNumeral.digitByDigit(String(value)) { add(reading, value) }
            }
        }
        return (table, collisions)
    }()

    @Test("every standard reading of 0…99 999 parses back to its value, with 零 or 〇")
    func standardRoundTrip() {
        var failures: [String] = []
        for value in ChineseNumeral.range {
            let readings = ChineseNumeral.readings(of: value)
            if readings.isEmpty || Set(readings).count != readings.count { failures.append("\(value): \(readings)") }
            for reading in readings {
                if ChineseNumeral.value(of: reading) != value { failures.append(reading) }
                let zero = Self.replacing("零", with: "〇", in: reading)
                if zero != reading, ChineseNumeral.value(of: zero) != value { failures.append(zero) }
            }
        }
        #expect(failures == [])
    }

    @Test("no two values share a reading, standard or digit by digit")
    func distinct() {
        #expect(Self.oracle.collisions == [])
        #expect(Self.oracle.table.count > 2 * ChineseNumeral.range.count)
    }

    @Test("digit-by-digit readings of the years 1000…2999 parse back")
    func yearsRoundTrip() {
        var failures: [Int] = []
        for year in 1000...2999 {
            let readings = ChineseNumeral.digitByDigit(String(year))
            let expectedCount = String(year).contains("0") ? 2 : 1
            if readings.count != expectedCount { failures.append(year) }
            for reading in readings where ChineseNumeral.value(of: reading) != year { failures.append(year) }
        }
        #expect(failures == [])
    }

    @Test("value(of:) accepts exactly the readings: random strings and one-character edits of readings")
    func acceptsExactlyTheReadings() {
        let alphabet = Array("零〇一二两三四五六七八九十百千万年")
        var random = SplitMix64(seed: 9)
        var samples: [String] = []
        for _ in 0..<20_000 {
            let length = Int.random(in: 1...10, using: &random)
            samples.append(String((0..<length).map { _ in alphabet.randomElement(using: &random)! }))
        }
        for _ in 0..<20_000 {
            var reading = Array(ChineseNumeral.readings(of: Int.random(in: ChineseNumeral.range, using: &random))[0])
            let index = Int.random(in: 0..<reading.count, using: &random)
            switch Int.random(in: 0..<3, using: &random) {
            case 0: reading.remove(at: index)
            case 1: reading.insert(alphabet.randomElement(using: &random)!, at: index)
            default: reading[index] = alphabet.randomElement(using: &random)!
            }
            samples.append(String(reading))
        }
        var failures: [String] = []
        var accepted = 0
        for sample in samples {
            let expected = Self.oracle.table[Self.replacing("〇", with: "零", in: sample)]
            if ChineseNumeral.value(of: sample) != expected { failures.append(sample) }
            if expected != nil { accepted += 1 }
        }
        #expect(failures == [])
        #expect(accepted > 1000)  // the edits do reach other readings, so both sides are tested
    }

    /// `text` with each `old` replaced by `new` (String's own `replacing` is slow in debug builds).
    static func replacing(_ old: Unicode.Scalar, with new: Unicode.Scalar, in text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(scalar == old ? new : scalar) }
        return String(scalars)
    }
}
