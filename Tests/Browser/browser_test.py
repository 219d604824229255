"""End-to-end test of `suoyin serve` in headless Chromium, driven by selenium.

Indexes a temporary copy of Corpus/ plus hostile documents with the built
binary, starts `suoyin serve --port 0` on loopback, and checks what a person
would: a traditional-script query finds simplified text with the matches
highlighted, paging, a date filter, the passage view and its copied
citation, English by ?lang=en, that hostile documents show as text and no
script of theirs runs, and that SIGTERM stops the server cleanly.
Screenshots go to a temporary folder, printed at the end.

Usage: browser_test.py SUOYIN_BINARY PACKAGE_ROOT
"""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as conditions
from selenium.webdriver.support.ui import WebDriverWait

HOSTILE = [
    "<script>alert(1)</script>依法行政示范区创建",
    "\"><img src=x onerror=alert(2)>依法行政示范区名单",
    "<a href=\"javascript:alert(3)\">依法行政示范区链接</a>",
]
HOSTILE_NAME = "<img src=x onerror=alert(4)>'.txt"
failures = []
passed = []


def check(condition, what):
    print(("ok    " if condition else "FAIL  ") + what)
    (passed if condition else failures).append(what)


def prepare(binary, root, folder):
    shutil.copytree(os.path.join(root, "Corpus"), os.path.join(folder, "Corpus"))
    hostile = os.path.join(folder, "Corpus", "hostile")
    os.makedirs(hostile)
    with open(os.path.join(hostile, "markup.txt"), "w", encoding="utf-8") as file:
        file.write("\n".join(HOSTILE) + "\n")
    with open(os.path.join(hostile, HOSTILE_NAME), "w", encoding="utf-8") as file:
        file.write("依法行政示范区在文件名里\n")
    subprocess.run([binary, "index", "--quiet", "--index", "Index/suoyin.sqlite", "Corpus"], cwd=folder, check=True)


def start_server(binary, folder):
    server = subprocess.Popen([binary, "serve", "--index", "Index/suoyin.sqlite", "--port", "0"], cwd=folder,
                              stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    for line in server.stderr:
        match = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
        if match:
            return server, match.group(1)
    raise RuntimeError("suoyin serve did not start")


def browser(base):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1100,900", "--lang=zh-CN"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh"})
    driver = webdriver.Chrome(service=Service(executable_path=shutil.which("chromedriver")), options=options)
    driver.set_page_load_timeout(30)
    driver.execute_cdp_cmd("Browser.grantPermissions", {
        "origin": base.rstrip("/"), "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    return driver


def no_alert(driver):
    try:
        driver.switch_to.alert
        return False
    except NoAlertPresentException:
        return True


def run(driver, base, shots):
    wait = WebDriverWait(driver, 15)
    driver.get(base)
    check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN", "the page is in Chinese by default")
    box = driver.find_element(By.ID, "q")
    check(driver.find_element(By.CSS_SELECTOR, "label[for=q]").text != "" or
          driver.find_element(By.CSS_SELECTOR, "label[for=q]").get_attribute("textContent") == "查询", "the search box has a label")
    box.send_keys("法治政府建設")  # traditional script
    box.send_keys(Keys.ENTER)
    wait.until(conditions.presence_of_element_located((By.CSS_SELECTOR, "ol.results")))
    marks = [mark.text for mark in driver.find_elements(By.CSS_SELECTOR, "li.result mark")]
    # Each document shows its own script: simplified reports, and the traditional one as written.
    check("法治政府建设" in marks and set(marks) <= {"法治政府建设", "法治政府建設"},
          "a traditional query highlights the simplified text (%d marks: %s)" % (len(marks), sorted(set(marks))))
    totals = driver.find_element(By.CSS_SELECTOR, "p.totals").text
    check(re.match(r"^第 1–10 段，共 \d+ 段，分布于 \d+ 篇文档", totals) is not None, "the totals line: " + totals)
    driver.save_screenshot(os.path.join(shots, "search.png"))

    driver.find_element(By.CSS_SELECTOR, "a[rel=next]").click()
    wait.until(conditions.presence_of_element_located((By.CSS_SELECTOR, "ol.results[start='11']")))
    check(driver.find_element(By.CSS_SELECTOR, "li.result .rank").text == "11.", "the next page starts at rank 11")

    driver.get(base)
    driver.find_element(By.ID, "q").send_keys("法治")
    driver.find_element(By.CSS_SELECTOR, "details.options summary").click()
    driver.find_element(By.ID, "f-since").send_keys("2024")
    driver.find_element(By.ID, "f-since").submit()
    wait.until(conditions.presence_of_element_located((By.CSS_SELECTOR, "ol.results")))
    dates = [item.text for item in driver.find_elements(By.XPATH, "//li[@class='result']//dt[text()='日期']/following-sibling::dd[1]")]
    check(len(dates) > 0 and all(date >= "2024" for date in dates), "the date filter keeps 2024 and later: %s" % sorted(set(dates)))
    check(driver.find_element(By.ID, "f-since").get_attribute("value") == "2024", "the form keeps the filter")

    driver.get(base + "?q=" + "法治政府建设")
    link = driver.find_element(By.CSS_SELECTOR, "li.result a.citation")
    citation = link.text
    link.click()
    wait.until(conditions.presence_of_element_located((By.CSS_SELECTOR, "li.cited")))
    check(driver.find_element(By.CSS_SELECTOR, "li.cited mark").text != "", "the passage view marks the cited passage")
    check(len(driver.find_elements(By.CSS_SELECTOR, "ol.document-passages li.context")) >= 1, "the passage view shows context")
    reference = driver.find_element(By.ID, "reference").get_attribute("value")
    check(reference.startswith("《") and citation + "：“" in reference and reference.endswith("”"),
          "the reference to copy: " + reference[:60] + "…")
    button = driver.find_element(By.CSS_SELECTOR, "button.copy-button")
    check(button.is_displayed(), "the copy button shows when scripts run")
    button.click()
    wait.until(lambda d: button.text == "已复制")
    copied = driver.execute_async_script("var done = arguments[0]; navigator.clipboard.readText().then(done, function (e) { done('error: ' + e); });")
    check(copied == reference, "the clipboard holds the citation")
    driver.save_screenshot(os.path.join(shots, "passage.png"))

    driver.get(base + "?q=依法行政示范区&lang=en")
    wait.until(conditions.presence_of_element_located((By.CSS_SELECTOR, "ol.results")))
    check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en", "?lang=en gives English")
    check(re.match(r"^1–\d+ of \d+ passages in \d+ documents", driver.find_element(By.CSS_SELECTOR, "p.totals").text) is not None,
          "the English totals line")
    text = driver.find_element(By.TAG_NAME, "main").text
    for line in HOSTILE:
        check(line in text, "hostile text shows as text: " + line)
    check(HOSTILE_NAME in text, "a hostile file name shows as text")
    check(driver.find_elements(By.CSS_SELECTOR, "main img") == [], "no image element came from a document")
    check(driver.find_elements(By.CSS_SELECTOR, "a[href^='javascript']") == [], "no javascript: link came from a document")
    check(len(driver.find_elements(By.CSS_SELECTOR, "script")) == 1, "the only script is the embedded one")
    check(no_alert(driver), "no script of a document ran (no alert)")
    driver.save_screenshot(os.path.join(shots, "hostile.png"))

    driver.get(base + "stats")
    check("文档" in driver.find_element(By.CSS_SELECTOR, "table.stats").text, "the stats page")

    driver.set_window_size(390, 844)  # a phone
    driver.get(base + "?q=法治政府建设&limit=3")
    width = driver.execute_script("return document.documentElement.scrollWidth")
    check(width <= 390, "on a phone the page fits the screen's width (%d px)" % width)
    driver.save_screenshot(os.path.join(shots, "phone.png"))


def main():
    binary, root = os.path.abspath(sys.argv[1]), sys.argv[2]
    folder = tempfile.mkdtemp(prefix="suoyin-browser-")
    shots = os.path.join(folder, "screenshots")
    os.makedirs(shots)
    prepare(binary, root, folder)
    server, base = start_server(binary, folder)
    driver = None
    try:
        driver = browser(base)
        run(driver, base, shots)
    finally:
        if driver:
            driver.quit()
        server.send_signal(signal.SIGTERM)
        status = server.wait(timeout=30)
        rest = server.stderr.read()
        check(status == 0 and "suoyin: server stopped." in rest, "SIGTERM stops the server cleanly (exit %d)" % status)
        check(re.search(r"^GET /\S* 200 \d+\.\d ms$", rest, re.MULTILINE) is not None, "the server logs one line per request")
        check("依法行政" not in rest and "法治" not in rest, "no query or document text in the log")
    print("screenshots: " + shots)
    print("browser test: %d checks passed, %d failed" % (len(passed), len(failures)))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
