"""End-to-end test of `suoyin mcp` with the official Python MCP client (PyPI `mcp`).

Usage: python test_mcp.py PATH/TO/suoyin

Copies Corpus/ into a temporary folder, indexes it with the built binary, starts
`suoyin mcp --index …` over stdio with the MCP client, lists the tools, calls each
and compares the results with `suoyin search --json`, `show --json`, `verify --json` and `stats --json`
on the same index; checks that wrong arguments and unknown tools are JSON-RPC errors
naming what is wrong, that a bad query or a missing index is a tool error, that the
server follows the index when `suoyin index --rebuild` replaces it, and, on a raw pipe,
that malformed JSON-RPC gets a parse error and the server answers afterwards.
Run by `swift test` (Tests/suoyinTests/MCPClientTests.swift) through the virtual
environment `.ci/run` makes; exits non-zero with the failing check on failure.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import anyio
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.shared.exceptions import MCPError

REPOSITORY = Path(__file__).resolve().parents[2]
TIMEOUT = 60  # seconds for any one call: a hang fails the test instead of blocking it
INVALID_PARAMS = -32602
PARSE_ERROR = -32700
checks = 0


def check(condition, what, detail=""):
    """Counts a check; stops the test with `what` (and `detail`) when it fails."""
    global checks
    if not condition:
        raise AssertionError(f"{what}\n{detail}".rstrip())
    checks += 1


class Suoyin:
    """The built command-line tool, run in the temporary folder on its index."""

    def __init__(self, binary, folder):
        self.binary = binary
        self.folder = folder

    def run(self, *arguments, status=0):
        completed = subprocess.run(
            [self.binary, *arguments], cwd=self.folder, capture_output=True, text=True, timeout=TIMEOUT)
        check(completed.returncode == status, f"suoyin {' '.join(arguments)} exited {completed.returncode}",
              completed.stderr)
        return completed

    def json_lines(self, command, *arguments, status=0):
        output = self.run(command, "--index", "idx.sqlite", "--json", *arguments, status=status).stdout
        return [json.loads(line) for line in output.splitlines()]


def text_of(result):
    check(len(result.content) == 1 and result.content[0].type == "text", "a tool result is one text", repr(result))
    return result.content[0].text


async def expect_invalid_params(session, tool, arguments, names):
    """A call whose arguments do not fit gets a JSON-RPC error (-32602) that names `names`."""
    try:
        result = await session.call_tool(tool, arguments, read_timeout_seconds=TIMEOUT)
    except MCPError as error:
        check(error.code == INVALID_PARAMS, f"{tool} {arguments}: error code {error.code}", str(error))
        for name in names:
            check(f"'{name}'" in error.error.message, f"{tool} {arguments}: the error names '{name}'", error.error.message)
        return error.error.message
    check(False, f"{tool} {arguments}: expected a JSON-RPC error, got a result", repr(result))


async def check_tools(session):
    listed = (await session.list_tools()).tools
    names = [tool.name for tool in listed]
    check(names == ["search", "show", "verify", "stats"], "tools/list gives search, show, verify and stats", names)
    for tool in listed:
        check("PATH:LINE:COL" in tool.description or tool.name == "stats", f"{tool.name}: the description asks for citations")
        check(re.search("[\u4e00-\u9fff]", tool.description) is not None, f"{tool.name}: the description has Chinese")
        check(tool.input_schema["type"] == "object" and tool.input_schema["additionalProperties"] is False,
              f"{tool.name}: the input schema is a closed object", tool.input_schema)
        for name, schema in tool.input_schema["properties"].items():
            check(re.search("[\u4e00-\u9fff]", schema["description"]) and re.search("[a-z]", schema["description"]),
                  f"{tool.name}.{name}: described in English and Chinese", schema["description"])
    search = listed[0]
    check(search.input_schema["required"] == ["query"], "search requires query")
    check(search.input_schema["properties"]["limit"]["maximum"] == 50, "search's limit has a ceiling of 50")
    check(search.input_schema["properties"]["within"]["enum"] == ["passage", "paragraph", "document"], "within's values")
    for example in ["AND", "OR", "NOT", "NEAR/10", "=", "第十二条", "(", '"']:
        check(example in search.description, f"search's description shows {example}")


async def check_search(session, suoyin):
    cases = [
        ({"query": "法治政府建設", "limit": 5}, ["--limit", "5", "法治政府建設"]),
        ({"query": "法治 AND (政府 OR 行政) NOT 督察", "limit": 3, "offset": 2, "within": "document", "sort": "date"},
         ["--limit", "3", "--offset", "2", "--within", "document", "--sort", "date", "法治 AND (政府 OR 行政) NOT 督察"]),
        ({"query": "督察 OR 复议", "group": True, "limit": 3}, ["--group", "--limit", "3", "督察 OR 复议"]),
        ({"query": "法治", "path": ["Corpus/cixi*", "Corpus/xishan*"], "since": "2023", "until": "2024-06"},
         ["--path", "Corpus/cixi*", "--path", "Corpus/xishan*", "--since", "2023", "--until", "2024-06", "法治"]),
        ({"query": "依法 NEAR/10 行政", "path": "Corpus/*", "sort": "path"}, ["--path", "Corpus/*", "--sort", "path", "依法 NEAR/10 行政"]),
        ({"query": '"依法 行政" OR 執法 -督察', "limit": 50}, ["--limit", "50", "--", '"依法 行政" OR 執法 -督察']),
        ({"query": "第12条 OR =2021年", "exact": True}, ["--exact", "第12条 OR =2021年"]),
    ]
    for arguments, options in cases:
        result = await session.call_tool("search", arguments, read_timeout_seconds=TIMEOUT)
        check(not result.is_error, f"search {arguments} succeeds", text_of(result))
        expected = suoyin.json_lines("search", *options)
        page = result.structured_content
        check(page["results"] == expected, f"search {arguments}: the results are those of search --json {options}",
              json.dumps(page["results"], ensure_ascii=False)[:2000])
        total = suoyin.json_lines("search", "--count", *options)[0]
        check(page["total"] == total, f"search {arguments}: totals as search --count --json", f"{page['total']} {total}")
        check(page["offset"] == arguments.get("offset", 0) and page["notices"] == [], f"search {arguments}: offset, notices")
        text = text_of(result)
        people = suoyin.run("search", "--index", "idx.sqlite", "--color", "never", *options).stdout
        check(text.splitlines()[-1] == people.splitlines()[-1], f"search {arguments}: the totals line as suoyin search prints it",
              f"{text.splitlines()[-1]!r} {people.splitlines()[-1]!r}")
        for item in page["results"]:
            header = next((line for line in text.splitlines() if line.startswith(f"{item['rank']}. ")), "")
            check(header.startswith(f"{item['rank']}. {item['citation']}  {item['title']}"),
                  f"search {arguments}: result {item['rank']} has its citation beside it in the text", header)
    # Bounded: a long passage is shortened around its match in the text, whole in the structured result.
    result = await session.call_tool("search", {"query": "法治", "limit": 50}, read_timeout_seconds=TIMEOUT)
    longest = max(result.structured_content["results"], key=lambda item: len(item["text"]))
    check(len(longest["text"]) > 160, "the corpus has a passage longer than 160 characters", len(longest["text"]))
    excerpt = text_of(result).splitlines()[text_of(result).splitlines().index(
        next(line for line in text_of(result).splitlines() if line.startswith(f"{longest['rank']}. "))) + 1]
    check("…" in excerpt and "【法治】" in excerpt and len(excerpt.replace("【", "").replace("】", "")) <= 3 + 160 + 2,
          "a long passage is shortened around its marked match in the text", excerpt)
    # The parser's notices come through.
    result = await session.call_tool("search", {"query": "(督察"}, read_timeout_seconds=TIMEOUT)
    check(result.structured_content["notices"] == ["closed a '(' left open at the end of the query"],
          "a repaired query's notice is in the structured result", result.structured_content["notices"])
    check(text_of(result).startswith("Note: closed a '('"), "and in the text", text_of(result))
    # Nothing found, and a page past the end.
    result = await session.call_tool("search", {"query": "量子计算机"}, read_timeout_seconds=TIMEOUT)
    check(not result.is_error and result.structured_content["results"] == [] and text_of(result) == "No passage matches the query.",
          "a query that matches nothing", text_of(result))
    result = await session.call_tool("search", {"query": "复议", "offset": 20}, read_timeout_seconds=TIMEOUT)
    check(text_of(result) == "No results at offset 20: the query matched 11 passages in 5 documents.", "a page past the end",
          text_of(result))
    # A query the grammar cannot search is a tool error with the command-line tool's message.
    for query in ["NOT 督察", "。，"]:
        result = await session.call_tool("search", {"query": query}, read_timeout_seconds=TIMEOUT)
        message = suoyin.run("search", "--index", "idx.sqlite", "--", query, status=2).stderr.strip()
        check(result.is_error and f"suoyin: error: {text_of(result)}" == message,
              f"search {query!r}: a tool error with suoyin search's message", f"{text_of(result)!r} {message!r}")
    result = await session.call_tool("search", {"query": "法治", "since": "2023-02-30"}, read_timeout_seconds=TIMEOUT)
    check(result.is_error and "2023-02-30" in text_of(result), "a date that does not exist is a tool error", text_of(result))


async def check_show_and_stats(session, suoyin):
    for citation in ["Corpus/xishan-2022.txt:67:3", "Corpus/cixi-2023.txt:23", "Corpus/yangxiang-2021.txt:10:1"]:
        result = await session.call_tool("show", {"citation": citation}, read_timeout_seconds=TIMEOUT)
        check(result.structured_content == suoyin.json_lines("show", citation)[0], f"show {citation}: as show --json")
        people = suoyin.run("show", "--index", "idx.sqlite", citation).stdout
        check(text_of(result) + "\n" == people, f"show {citation}: the text as suoyin show prints it", text_of(result))
        result = await session.call_tool("show", {"citation": citation, "context": 2}, read_timeout_seconds=TIMEOUT)
        people = suoyin.run("show", "--index", "idx.sqlite", "--context", "2", citation).stdout
        check(text_of(result) + "\n" == people, f"show {citation} with context 2: as suoyin show --context 2", text_of(result))
        passage = result.structured_content
        neighbours = [f"  {item['line']}:  {item['text']}" for item in passage["before"] + passage["after"]]
        check(len(passage["before"]) == 2 and len(passage["after"]) == 2 and all(line in people for line in neighbours),
              f"show {citation} with context 2: before and after are the neighbours", neighbours)
    for citation, status in [("Corpus/nowhere.txt:1:1", 2), ("Corpus/xishan-2022.txt:68:1", 2), ("no citation", 2)]:
        result = await session.call_tool("show", {"citation": citation}, read_timeout_seconds=TIMEOUT)
        message = suoyin.run("show", "--index", "idx.sqlite", citation, status=status).stderr.strip()
        check(result.is_error and f"suoyin: error: {text_of(result)}" == message,
              f"show {citation}: a tool error with suoyin show's message", f"{text_of(result)!r} {message!r}")
    result = await session.call_tool("stats", {}, read_timeout_seconds=TIMEOUT)
    check(result.structured_content == suoyin.json_lines("stats")[0], "stats: as stats --json", result.structured_content)
    people = suoyin.run("stats", "--index", "idx.sqlite").stdout
    check(text_of(result) + "\n" == people, "stats: the text as suoyin stats prints it", text_of(result))
    result = await session.call_tool("stats", None, read_timeout_seconds=TIMEOUT)
    check(not result.is_error, "stats without an arguments object")


async def check_verify(session, suoyin):
    cases = [
        ({"quote": "坚持党对法治政府建设的全面领导"}, 0),
        ({"quote": "持续开展党政主要负责人履行推进法治政府建设第一责任人职责督察"}, 0),
        ({"quote": "加强领导干部履职督察……用好考核指挥棒"}, 0),
        ({"quote": "法治政府建设", "citation": "Corpus/xishan-2022.txt:67:3"}, 0),
        ({"quote": "坚持党对法治政府建设的全面领导", "citation": "Corpus/xishan-2022.txt:67:3"}, 1),
        ({"quote": "持续开展党政主要负责人履行推进法治政府建设第二责任人职责督察"}, 1),
        ({"quote": "量子计算机研究要加强"}, 1),
    ]
    for arguments, status in cases:
        options = ["--citation", arguments["citation"]] if "citation" in arguments else []
        result = await session.call_tool("verify", arguments, read_timeout_seconds=TIMEOUT)
        check(not result.is_error, f"verify {arguments} succeeds", text_of(result))
        expected = suoyin.json_lines("verify", *options, "--", arguments["quote"], status=status)[0]
        check(result.structured_content == expected, f"verify {arguments}: as verify --json",
              json.dumps(result.structured_content, ensure_ascii=False)[:2000])
        check(expected["verified"] == (status == 0), f"verify {arguments}: verified is {status == 0}")
        people = suoyin.run("verify", "--index", "idx.sqlite", "--color", "never", *options, "--", arguments["quote"],
                            status=status).stdout
        check(text_of(result) + "\n" == people, f"verify {arguments}: the text as suoyin verify prints it",
              f"{text_of(result)!r}\n{people!r}")
    for arguments in [{"quote": "。，"}, {"quote": "法治", "citation": "no citation"}]:
        options = ["--citation", arguments["citation"]] if "citation" in arguments else []
        result = await session.call_tool("verify", arguments, read_timeout_seconds=TIMEOUT)
        message = suoyin.run("verify", "--index", "idx.sqlite", *options, "--", arguments["quote"], status=2).stderr.strip()
        check(result.is_error and f"suoyin: error: {text_of(result)}" == message,
              f"verify {arguments}: a tool error with suoyin verify's message", f"{text_of(result)!r} {message!r}")
    await expect_invalid_params(session, "verify", {}, ["quote"])
    await expect_invalid_params(session, "verify", {"quote": ""}, ["quote"])
    await expect_invalid_params(session, "verify", {"quote": "法治", "citation": 5}, ["citation"])
    await expect_invalid_params(session, "verify", {"quote": "法治", "place": "x"}, ["place"])


async def check_bad_calls(session):
    await expect_invalid_params(session, "search", {}, ["query"])
    await expect_invalid_params(session, "search", {"query": "   "}, ["query"])
    await expect_invalid_params(session, "search", {"query": 12}, ["query"])
    await expect_invalid_params(session, "search", {"query": "法治", "limit": "5"}, ["limit"])
    await expect_invalid_params(session, "search", {"query": "法治", "limit": 51}, ["limit"])
    await expect_invalid_params(session, "search", {"query": "法治", "limit": 0}, ["limit"])
    await expect_invalid_params(session, "search", {"query": "法治", "limit": 2.5}, ["limit"])
    await expect_invalid_params(session, "search", {"query": "法治", "offset": -1}, ["offset"])
    await expect_invalid_params(session, "search", {"query": "法治", "group": "yes"}, ["group"])
    await expect_invalid_params(session, "search", {"query": "法治", "path": 3}, ["path"])
    await expect_invalid_params(session, "search", {"query": "法治", "path": ["Corpus/*", 3]}, ["path"])
    await expect_invalid_params(session, "search", {"query": "法治", "within": "chapter"}, ["within", "passage"])
    await expect_invalid_params(session, "search", {"query": "法治", "sort": {"by": "date"}}, ["sort"])
    await expect_invalid_params(session, "search", {"qurey": "法治"}, ["qurey", "query"])
    await expect_invalid_params(session, "show", {}, ["citation"])
    await expect_invalid_params(session, "show", {"citation": ["a:1"]}, ["citation"])
    await expect_invalid_params(session, "show", {"citation": "Corpus/cixi-2023.txt:23", "context": 11}, ["context"])
    await expect_invalid_params(session, "stats", {"verbose": True}, ["verbose"])
    message = await expect_invalid_params(session, "translate", {"text": "法治"}, ["translate", "search", "verify"])
    check("Unknown tool" in message, "an unknown tool is named as one", message)
    result = await session.call_tool("search", {"query": "法治", "limit": 1}, read_timeout_seconds=TIMEOUT)
    check(len(result.structured_content["results"]) == 1, "the server answers after the bad calls")


async def check_index_changes(session, suoyin, folder):
    """The server answers from the index as `suoyin index` leaves it, even when replaced or missing."""
    (folder / "Corpus" / "extra.txt").write_text("关于推进量子计算机研究的通知\n量子计算机研究要加强。\n", encoding="utf-8")
    suoyin.run("index", "--index", "idx.sqlite", "--rebuild", "--quiet", "Corpus")
    result = await session.call_tool("search", {"query": "量子计算机"}, read_timeout_seconds=TIMEOUT)
    check([item["citation"] for item in result.structured_content["results"]] == ["Corpus/extra.txt:2:1", "Corpus/extra.txt:1:1"],
          "a search after 'suoyin index --rebuild' finds the new document", text_of(result))
    (folder / "idx.sqlite").rename(folder / "moved.sqlite")
    result = await session.call_tool("stats", {}, read_timeout_seconds=TIMEOUT)
    check(result.is_error and "idx.sqlite" in text_of(result) and "suoyin index" in text_of(result),
          "a missing index is a tool error that says how to build one", text_of(result))
    (folder / "moved.sqlite").rename(folder / "idx.sqlite")
    result = await session.call_tool("stats", {}, read_timeout_seconds=TIMEOUT)
    check(not result.is_error and result.structured_content["documents"] == 6, "the index is back", text_of(result))


async def client_session(suoyin, folder, log):
    server = StdioServerParameters(command=suoyin.binary, args=["mcp", "--index", "idx.sqlite"], cwd=str(folder))
    async with stdio_client(server, errlog=log) as (read, write):
        async with ClientSession(read, write) as session:
            initialized = await session.initialize()
            check(initialized.server_info.name == "suoyin", "the server says it is suoyin", initialized.server_info)
            check("PATH:LINE:COL" in (initialized.instructions or ""), "the server's instructions ask for citations")
            await check_tools(session)
            await check_search(session, suoyin)
            await check_show_and_stats(session, suoyin)
            await check_verify(session, suoyin)
            await check_bad_calls(session)
            await check_index_changes(session, suoyin, folder)


def raw_pipe(suoyin, folder):
    """Bytes that are not JSON-RPC get a parse error; the server then answers as usual."""
    process = subprocess.Popen([suoyin.binary, "mcp", "--index", "idx.sqlite"], cwd=folder,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    initialize = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
                  "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "raw", "version": "1"}}}
    messages = [b"this is not json\n", b"\xff\xfe{\x00\n", b'{"jsonrpc": "2.0", "id": 7, "method": \n',
                json.dumps(initialize).encode() + b"\n",
                b'{"jsonrpc":"2.0","method":"notifications/initialized"}\n',
                b'{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"search","arguments":{"query":["x"]}}}\n',
                b'{"jsonrpc":"2.0","id":3,"method":"no/such/method"}\n',
                '{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"search","arguments":{"query":"复议","limit":1}}}\n'.encode()]
    for message in messages:
        process.stdin.write(message)
        process.stdin.flush()
    responses = []
    deadline = time.monotonic() + TIMEOUT
    while len([r for r in responses if r.get("id") in (1, 2, 3, 4)]) < 4 and time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        responses.append(json.loads(line))  # stdout holds nothing but JSON-RPC
    process.stdin.close()
    status = process.wait(timeout=TIMEOUT)
    stderr = process.stderr.read().decode()
    by_id = {response.get("id"): response for response in responses}
    parse_errors = [r for r in responses if r.get("error", {}).get("code") == PARSE_ERROR]
    check(len(parse_errors) == 3, "each malformed line gets a parse error", json.dumps(responses, ensure_ascii=False))
    check(by_id[1]["result"]["serverInfo"]["name"] == "suoyin", "initialize after garbage", by_id.get(1))
    check(by_id[2]["error"]["code"] == INVALID_PARAMS and "'query'" in by_id[2]["error"]["message"], "a list as query", by_id.get(2))
    check(by_id[3]["error"]["code"] == -32601, "an unknown method", by_id.get(3))
    check(by_id[4]["result"]["structuredContent"]["total"]["passages"] == 11, "a search after all that", by_id.get(4))
    check(status == 0, f"the server ends with status 0 when its input closes (got {status})", stderr)
    check("suoyin mcp: serving idx.sqlite on stdio" in stderr and "suoyin mcp: search: ok" in stderr,
          "logs go to stderr", stderr)


def main():
    binary = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory(prefix="suoyin-mcp-") as temporary:
        folder = Path(temporary)
        shutil.copytree(REPOSITORY / "Corpus", folder / "Corpus")
        suoyin = Suoyin(binary, folder)
        suoyin.run("index", "--index", "idx.sqlite", "--quiet", "Corpus")
        raw_pipe(suoyin, folder)
        with open(folder / "server.log", "w") as log:
            anyio.run(client_session, suoyin, folder, log)
        log_text = (folder / "server.log").read_text()
        check("suoyin mcp: show: error:" in log_text and "suoyin mcp: translate: invalid call:" in log_text,
              "the client session's server logged its calls on stderr", log_text[-2000:])
    print(f"suoyin mcp with the Python MCP client: {checks} checks passed")


if __name__ == "__main__":
    main()
