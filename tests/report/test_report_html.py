#!/usr/bin/python3
"""report.html (sql/report_html.sql) is one self-contained page that a browser
draws: builds the library from seeds/, writes BUILD/report.html, and checks
  - no script, no stylesheet, image or font fetched, no link out of the page;
  - every chart is an <svg> that parses as XML, with a <title> first;
  - headless Chromium (Debian's chromium, fonts-noto-cjk) renders the page:
    the screenshot BUILD/report.png is not blank;
  - each chart, rendered alone in a box of its own size, has drawn pixels
    (BUILD/report_chart_N.png), in more than one colour.
Exits 77 (skipped) when chromium or PIL is missing: bash run.sh test installs them.
Usage: test_report_html.py EXTENSION BUILD_DIR   (run from the repository's top folder)"""
import os, re, shutil, subprocess, sys, tempfile, xml.dom.minidom
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bindings"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, check_true, finish
from reportlib import sqlite3

CHROMIUM = shutil.which("chromium")
try:
    from PIL import Image
except ImportError:
    Image = None

def screenshot(html_path, png_path, width, height):
    """Renders html_path in headless Chromium into png_path; True when it did."""
    with tempfile.TemporaryDirectory() as profile:
        p = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                            "--no-first-run", "--disable-background-networking", "--disable-component-update",
                            "--disable-sync", "--hide-scrollbars", f"--user-data-dir={profile}",
                            f"--screenshot={png_path}", f"--window-size={width},{height}",
                            "file://" + os.path.abspath(html_path)],
                           capture_output=True, timeout=120)
    return p.returncode == 0 and os.path.exists(png_path)

def colours(png_path, box=None):
    """(pixels that are not the most common colour, distinct colours) in box."""
    img = Image.open(png_path).convert("RGB")
    if box:
        img = img.crop(box)
    counts = img.getcolors(maxcolors=1 << 24)
    background = max(counts)[0]
    total = sum(n for n, _ in counts)
    return total - background, len(counts), total

def main():
    if CHROMIUM is None or Image is None:
        print("skipped: chromium or python3-pil is not installed (bash run.sh test installs them)")
        sys.exit(77)
    ext, build = sys.argv[1], os.path.abspath(sys.argv[2])
    html_path = os.path.join(build, "report.html")
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "library.db")
        out, err, rc = sqlite3(ext, db, ".read sql/library.sql\n")
        check("library.sql runs", (err, rc), ("", 0))
        html, err, rc = sqlite3(ext, db, ".read sql/report_html.sql\n")
        check("report_html.sql runs", (err, rc), ("", 0))
    with open(html_path, "w", encoding="utf-8") as f:
        f.write(html)

    # self-contained
    check_true("an HTML page", html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>"))
    check("no script", re.findall(r"<script", html, re.I), [])
    check("nothing fetched (src=, url(), @import, <link)", re.findall(r"\bsrc\s*=|url\(|@import|<link", html, re.I), [])
    check("links stay in the page", [h for h in re.findall(r'href="([^"]*)"', html) if not h.startswith("#")], [])
    check("no address but SVG's namespace",
          sorted(set(re.findall(r"https?://[^\s\"'<>]+", html))), ["http://www.w3.org/2000/svg"])

    # charts: well-formed SVG with a title
    svgs = re.findall(r"<svg .*?</svg>", html, re.S)
    check("charts in the page", len(svgs), 8)
    for i, svg in enumerate(svgs):
        try:
            doc = xml.dom.minidom.parseString(svg.encode("utf-8"))
            first = [n for n in doc.documentElement.childNodes if n.nodeType == n.ELEMENT_NODE][0]
            check(f"chart {i + 1}: <title> first", first.tagName, "title")
            check_true(f"chart {i + 1}: a <title> per mark",
                       len(doc.getElementsByTagName("title")) > 1)
        except Exception as e:  # a parse error fails the check with its reason
            check_true(f"chart {i + 1} parses as XML", False, str(e))

    # the page, rendered
    png = os.path.join(build, "report.png")
    check_true("chromium renders the page", screenshot(html_path, png, 1280, 5200))
    drawn, ncolours, total = colours(png)
    check_true("the page is not blank", drawn > total // 20 and ncolours > 50, f"{drawn} of {total} pixels, {ncolours} colours")
    top_drawn, _, top_total = colours(png, (0, 0, 1280, 600))
    check_true("the top of the page has text and cards", top_drawn > top_total // 50, f"{top_drawn} of {top_total}")

    # each chart alone, in a box of its size
    for i, svg in enumerate(svgs):
        m = re.match(r'<svg [^>]*width="([\d.]+)" height="([\d.]+)"', svg)
        w, h = int(float(m.group(1))) + 1, int(float(m.group(2))) + 1
        page = os.path.join(build, f"report_chart_{i + 1}.html")
        with open(page, "w", encoding="utf-8") as f:
            f.write('<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{margin:0;background:#fff}'
                    'svg{display:block}</style></head><body>' + svg + "</body></html>")
        shot = os.path.join(build, f"report_chart_{i + 1}.png")
        ok = screenshot(page, shot, max(w, 200), max(h, 100))
        check_true(f"chart {i + 1} renders", ok)
        if ok:
            drawn, ncolours, total = colours(shot, (0, 0, w - 1, h - 1))
            check_true(f"chart {i + 1} ({w}x{h}) has drawn pixels in several colours",
                       drawn > total // 100 and ncolours >= 3, f"{drawn} of {total} pixels, {ncolours} colours")
    print(f"screenshot: {png}")
    finish()

if __name__ == "__main__":
    main()
