import Hummingbird

/// The page's stylesheet and script, embedded in the binary: nothing is
/// fetched from elsewhere, so the page works offline, and the content
/// security policy (`default-src 'self'`) allows exactly these two files.
enum Assets {
    static func response(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "max-age=3600"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// The only script: copy buttons (shown only when it runs) and `/` to focus the search box.
    static let javaScript = """
        "use strict";
        document.addEventListener("DOMContentLoaded", function () {
          document.querySelectorAll("button[data-copy]").forEach(function (button) {
            var source = document.getElementById(button.getAttribute("data-copy"));
            if (!source) { return; }
            button.hidden = false;
            button.addEventListener("click", function () {
              var label = button.textContent;
              var done = function () {
                button.textContent = button.getAttribute("data-done");
                setTimeout(function () { button.textContent = label; }, 2000);
              };
              if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(source.value).then(done, function () { source.select(); });
              } else {
                source.select();
                if (document.execCommand("copy")) { done(); }
              }
            });
          });
          document.addEventListener("keydown", function (event) {
            var box = document.getElementById("q");
            if (event.key === "/" && box && document.activeElement !== box &&
                !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) {
              event.preventDefault();
              box.focus();
            }
          });
        });
        """

    static let css = """
        :root { --ink: #1d2330; --muted: #5b6475; --line: #d8dde6; --accent: #0b5cad; --mark: #ffe27a; --bg: #fbfcfe; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; font: 16px/1.7 system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
               color: var(--ink); background: var(--bg); }
        a { color: var(--accent); }
        a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible,
        textarea:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5em; }
        .skip:focus { left: .5em; z-index: 2; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        header.site { display: flex; flex-wrap: wrap; gap: .5em 1.5em; align-items: baseline; padding: .75em 1.25em;
                      border-bottom: 1px solid var(--line); background: #fff; }
        header.site .brand { font-weight: 700; font-size: 1.15em; color: var(--ink); text-decoration: none; }
        header.site nav { display: flex; gap: 1em; flex-wrap: wrap; }
        main { max-width: 60em; margin: 0 auto; padding: 1em 1.25em 3em; }
        form.search .query { display: flex; gap: .5em; }
        input, select, textarea, button { font: inherit; }
        input[type=search], input[type=text], input[type=password], select, textarea {
          border: 1px solid #9aa3b2; border-radius: 6px; padding: .45em .6em; background: #fff; color: var(--ink); }
        input[type=search] { flex: 1; min-width: 0; font-size: 1.1em; }
        button { border: 0; border-radius: 6px; padding: .5em 1.1em; background: var(--accent); color: #fff; cursor: pointer; }
        .hint { color: var(--muted); font-size: .85em; margin: .4em 0; }
        details.options { margin: .5em 0 1em; }
        details.options .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(14em, 1fr)); gap: .6em 1em; margin-top: .6em; }
        .field { display: flex; flex-direction: column; }
        .field.check { flex-direction: row; align-items: center; gap: .4em; }
        .field label { font-size: .85em; color: var(--muted); }
        .totals { color: var(--muted); border-bottom: 1px solid var(--line); padding-bottom: .4em; }
        .notices { color: #8a5300; }
        ol.results { list-style: none; padding: 0; }
        li.result { padding: .8em 0; border-bottom: 1px solid var(--line); }
        li.result h2 { font-size: 1.05em; margin: 0; }
        .rank { color: var(--muted); font-weight: 400; }
        nav.section { color: var(--muted); font-size: .9em; }
        dl.meta { display: flex; flex-wrap: wrap; gap: 0; margin: .2em 0; font-size: .85em; color: var(--muted); }
        dl.meta dt { font-weight: 600; } dl.meta dt::after { content: "："; } dl.meta dd { margin: 0 1.2em 0 0; }
        .cite { margin: .2em 0; font-size: .85em; }
        .citation { font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; overflow-wrap: anywhere; }
        .passage, .document-passages p { margin: .3em 0; overflow-wrap: anywhere; }
        .context { color: var(--muted); margin: .2em 0; font-size: .95em; }
        mark { background: var(--mark); color: inherit; padding: 0 .1em; border-radius: 2px; }
        .document-passages { padding-left: 0; list-style: none; }
        .document-passages li { padding: .5em .75em; border-left: 3px solid transparent; }
        .document-passages li.cited { border-left-color: var(--accent); background: #eef4fb; }
        .document-passages .line { color: var(--muted); font-size: .8em; }
        mark.cited-text { background: transparent; font-weight: 600; }
        .copy { display: flex; flex-direction: column; gap: .4em; margin: 1em 0; }
        .copy textarea { width: 100%; }
        .copy button { align-self: flex-start; }
        nav.pager, nav.links { display: flex; gap: 1.5em; flex-wrap: wrap; margin: 1em 0; align-items: baseline; }
        .error, .warning { border-left: 4px solid #c0392b; padding: .5em .75em; background: #fdf0ee; }
        .warning { border-color: #e67e22; background: #fff6e8; }
        table.stats th { text-align: left; padding: .3em 1.5em .3em 0; color: var(--muted); font-weight: 600; }
        form.login { display: flex; flex-direction: column; gap: .5em; max-width: 20em; }
        @media (max-width: 40em) {
          body { font-size: 15px; }
          main { padding: .75em; }
          form.search .query { flex-direction: column; }
          details.options .grid { grid-template-columns: 1fr; }
        }
        @media print {
          header.site, form.search, nav.pager, nav.links, .copy button, .skip, details.copies summary { display: none; }
          body { background: #fff; font-size: 11pt; }
          main { max-width: none; padding: 0; }
          a { color: inherit; text-decoration: none; }
          mark { background: none; font-weight: 700; text-decoration: underline; }
          li.result { break-inside: avoid; }
        }
        """
}
