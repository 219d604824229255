/// The standard readings of one value as a sequence of characters, some of
/// which are a choice between 二 and 两: the one place where the rules of
/// ``ChineseNumeral`` are written, used both to write readings and to check them.
///
/// For example, 12 000 is 一 万 (二|两) 千, canonical 二: 一万二千, 一万两千.
struct ReadingTemplate {
    /// One position of a reading.
    enum Element: Equatable {
        /// Always this character (零 also matches 〇).
        case fixed(Unicode.Scalar)
        /// 二 or 两, `canonical` first.
        case two(canonical: Unicode.Scalar)
    }

    /// The positions, highest place first.
    private(set) var elements: [Element] = []
    /// How many positions are a choice: the value has `1 << choices` readings.
    private(set) var choices = 0

    /// The template of `value`, which must be in ``ChineseNumeral/range``.
    init(_ value: Int) {
        precondition(ChineseNumeral.range.contains(value), "a reading template for \(value)")
        guard value > 0 else {
            elements = [.fixed(NumeralCharacter.zero)]
            return
        }
        elements.reserveCapacity(9)
        var highest = 4
        while value < Self.powers[highest] { highest -= 1 }
        var zeroPending = false
        for place in stride(from: highest, through: 0, by: -1) {
            let digit = value / Self.powers[place] % 10
            guard digit != 0 else {
                // Written only if a nonzero digit follows: trailing zeros are silent.
                zeroPending = true
                continue
            }
            if zeroPending { elements.append(.fixed(NumeralCharacter.zero)) }
            zeroPending = false
            if place == 1, digit == 1, place == highest {
                elements.append(.fixed(NumeralCharacter.units[0]))  // 十, 十二: no 一 before a leading 十
                continue
            }
            if digit == 2, place >= 2 || value == 2 {
                let leadingThousands = place >= 3 && place == highest
                elements.append(.two(canonical: leadingThousands ? NumeralCharacter.liang : NumeralCharacter.digits[2]))
                choices += 1
            } else {
                elements.append(.fixed(NumeralCharacter.digits[digit]))
            }
            if place > 0 { elements.append(.fixed(NumeralCharacter.units[place - 1])) }
        }
    }

    /// The reading that takes the other form at each choice whose bit is set
    /// in `flips` (bit 0 is the highest place's choice); `flips == 0` is canonical.
    func reading(flipping flips: Int) -> String {
        var scalars = String.UnicodeScalarView()
        var choice = 0
        for element in elements {
            switch element {
            case .fixed(let scalar):
                scalars.append(scalar)
            case .two(let canonical):
                let flipped = flips >> choice & 1 == 1
                choice += 1
                scalars.append(flipped ? Self.otherTwo(canonical) : canonical)
            }
        }
        return String(scalars)
    }

    /// Whether folded `scalars` are one of this template's readings (〇 standing for 零).
    func matches(_ scalars: some Collection<Unicode.Scalar>) -> Bool {
        guard scalars.count == elements.count else { return false }
        for (element, scalar) in zip(elements, scalars) {
            switch element {
            case .fixed(let expected):
                guard scalar == expected
                    || (expected == NumeralCharacter.zero && scalar == NumeralCharacter.ideographicZero)
                else { return false }
            case .two:
                guard scalar == NumeralCharacter.digits[2] || scalar == NumeralCharacter.liang else { return false }
            }
        }
        return true
    }

    private static func otherTwo(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar == NumeralCharacter.liang ? NumeralCharacter.digits[2] : NumeralCharacter.liang
    }

    private static let powers = [1, 10, 100, 1000, 10_000]
}
