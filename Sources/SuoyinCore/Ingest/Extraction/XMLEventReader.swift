import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads an XML part of a Word file as a stream of events, by namespace and
/// local name, with Foundation's `XMLParser`.
///
/// Attribute names are given without their prefix (`w:val` → `val`): Word
/// parts use one prefix per namespace, and the readers only look up
/// attributes of elements whose namespace they have checked.
final class XMLEventReader: NSObject, XMLParserDelegate {
    /// An element start: namespace URI, local name, attributes by local name.
    typealias Start = (_ namespace: String, _ name: String, _ attributes: [String: String]) -> Void
    /// An element end: namespace URI and local name.
    typealias End = (_ namespace: String, _ name: String) -> Void

    private let start: Start
    private let end: End
    private let text: (String) -> Void

    private init(start: @escaping Start, end: @escaping End, text: @escaping (String) -> Void) {
        self.start = start
        self.end = end
        self.text = text
    }

    /// Parses `data`, calling back in document order; returns a description
    /// of the first error (with its line), or `nil` if the XML is well formed.
    static func read(_ data: Data, start: @escaping Start, end: @escaping End = { _, _ in },
                     text: @escaping (String) -> Void = { _ in }) -> String? {
        if let problem = XMLPrecheck.problem(in: data) { return problem }
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let reader = XMLEventReader(start: start, end: end, text: text)
        parser.delegate = reader
        // On Linux, parse() can return true while recording an error, so check both.
        guard !parser.parse() || parser.parserError != nil else { return nil }
        return "not well-formed XML at line \(parser.lineNumber)"
    }

    /// Parses `data` into `handler`, a reader that keeps its state between
    /// events; returns what ``read(_:start:end:text:)`` returns.
    static func read<Handler: XMLEventHandler>(_ data: Data, into handler: inout Handler) -> String? {
        var state = handler
        let error = read(data, start: { state.start($0, $1, $2) }, end: { state.end($0, $1) }, text: { state.text($0) })
        handler = state
        return error
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        var attributes: [String: String] = [:]
        for (key, value) in attributeDict {
            let local = key.split(separator: ":").last.map(String.init) ?? key
            if attributes[local] == nil { attributes[local] = value }
        }
        start(namespaceURI ?? "", elementName, attributes)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        end(namespaceURI ?? "", elementName)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text(string)
    }
}

/// A reader of XML events that keeps its state between them (the docx and
/// OpenDocument paragraph readers), for ``XMLEventReader/read(_:into:)``.
protocol XMLEventHandler {
    /// An element start: namespace URI, local name, attributes by local name.
    mutating func start(_ namespace: String, _ name: String, _ attributes: [String: String])
    /// An element end: namespace URI and local name.
    mutating func end(_ namespace: String, _ name: String)
    /// Character data.
    mutating func text(_ text: String)
}
