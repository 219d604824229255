import Foundation
import Testing
@testable import SuoyinCore

/// Writes `content` to a fresh temporary file named `name` and loads it as `suoyin index` would.
private func load(_ name: String, _ content: String) throws -> Result<LoadedDocument, DocumentLoader.Skip> {
    let folder = FileManager.default.temporaryDirectory.appending(path: "suoyin-webpage-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appending(path: name).path
    try Data(content.utf8).write(to: URL(filePath: path))
    let file = SourceFile(path: name, absolutePath: path)
    let status = try #require(FileStatus(path: path))
    do {
        return .success(try #require(try DocumentLoader().load(file, status: status, knownHash: nil)))
    } catch let skip as DocumentLoader.Skip {
        return .failure(skip)
    }
}

@Suite("DocumentLoader: web pages by content, Markdown only in .md, chrome-like text kept")
struct DocumentLoaderWebPageTests {
    static let page = "<!DOCTYPE html><html><head><title>通知_某某网</title></head><body><p>通知</p><p>正文。</p></body></html>"

    @Test("saved .shtml, .xhtml, .asp, .aspx, .jsp and .php pages are read as HTML",
          arguments: ["a.shtml", "a.xhtml", "a.asp", "a.aspx", "a.jsp", "a.php", "a.HTM"])
    func savedPages(name: String) throws {
        let document = try load(name, Self.page).get()
        #expect(document.passages.map(\.text) == ["通知", "正文。"])
        #expect(document.title == "通知")
        #expect(document.encoding == "UTF-8, HTML")
        #expect(CorpusScanner.isSupported("/x/" + name))
    }

    @Test("server source code under a server page's name is skipped with a reason", arguments: [
        "<?php include 'header.php'; ?><html><body><?= $content ?></body></html>",
        "<%@ Page Language=\"C#\" %><html><body>正文</body></html>",
        "正文，不是网页。",
    ])
    func serverSource(content: String) throws {
        #expect(throws: DocumentLoader.Skip(reason: "not a saved web page (no <html> at its start; server code?); skipped")) {
            try load("index.php", content).get()
        }
    }

    @Test("# starts a Markdown heading in .md only; in .txt and web pages it is text")
    func markdownOnlyInMarkdown() throws {
        let text = "# 总则\n正文。\n# 附则\n尾。"
        let markdown = try load("a.md", text).get()
        #expect(markdown.title == "总则")
        // The title's own heading opens no section: no section path repeats the title.
        #expect(markdown.passages.map(\.section) == [[], [], [], ["附则"]])
        let plain = try load("a.txt", text).get()
        #expect(plain.title == "# 总则")
        #expect(plain.passages.map(\.section) == [[], [], [], []])
        let page = try load("a.html", "<title>报告</title><p>一、总则</p><p># 编号</p><p>正文。</p>").get()
        #expect(page.passages.map(\.section) == [[], [], ["一、总则"], ["一、总则"]])
    }

    @Test("a one-line file of prose that holds chrome words is indexed", arguments: [
        "-quit选项通知服务器关闭窗口并且退出.",
        "版权所有 © 1999 自由软件基金会",
        "\"使用微软提供的字体： Arial\"",
    ])
    func oneLineFile(line: String) throws {
        #expect(try load("a.txt", line).get().passages.map(\.text) == [line])
    }

    @Test("a page of nothing but chrome is still skipped")
    func onlyChrome() throws {
        #expect(throws: DocumentLoader.Skip(reason: "no text (only blank lines or page chrome); skipped")) {
            try load("a.txt", "当前位置：首页 > 通知公告\n打印本页 关闭窗口\n苏ICP备12345678号").get()
        }
    }
}
