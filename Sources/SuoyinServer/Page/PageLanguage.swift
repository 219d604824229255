import Foundation
import Hummingbird

/// The page's language: Simplified Chinese unless `?lang=en` asks for
/// English, or the browser prefers English to Chinese (`Accept-Language`).
/// `?lang=zh` asks for Chinese whatever the browser says.
struct PageLanguage: Equatable {
    var isEnglish: Bool
    /// Whether the URL chose it (`lang=`), so that links keep it.
    var isChosen: Bool

    init(isEnglish: Bool, isChosen: Bool = false) {
        self.isEnglish = isEnglish
        self.isChosen = isChosen
    }

    init(_ request: Request, parameters: QueryString) {
        switch (try? parameters.value("lang"))?.lowercased() {
        case "en"?: self.init(isEnglish: true, isChosen: true)
        case "zh"?, "zh-cn"?: self.init(isEnglish: false, isChosen: true)
        default: self.init(isEnglish: Self.prefersEnglish(request.headers[.acceptLanguage] ?? ""))
        }
    }

    /// The text in this language.
    func t(_ chinese: String, _ english: String) -> String {
        isEnglish ? english : chinese
    }

    /// The `lang` attribute.
    var code: String { isEnglish ? "en" : "zh-CN" }

    /// The parameter links carry when the URL chose the language.
    var parameter: [(String, String)] { isChosen ? [("lang", isEnglish ? "en" : "zh")] : [] }

    /// Whether, of English and Chinese, the header's best-weighted is English.
    static func prefersEnglish(_ header: String) -> Bool {
        var best: (weight: Double, english: Bool)?
        for (order, item) in header.split(separator: ",").enumerated() {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let tag = parts.first else { continue }
            let weight = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            let english = tag == "en" || tag.hasPrefix("en-")
            guard english || tag == "zh" || tag.hasPrefix("zh-"), weight > 0 else { continue }
            // Earlier items win ties, as browsers list them in order of preference.
            let rank = weight - Double(order) * 1e-6
            if best == nil || rank > best!.weight { best = (rank, english) }
        }
        return best?.english ?? false
    }
}
