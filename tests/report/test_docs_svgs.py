#!/usr/bin/python3
"""The pictures of docs/reports.md are the charts its examples print: each
```output block that is an SVG document is followed by an image
![...](reports/NAME.svg), and docs/reports/NAME.svg holds exactly that
output (tests/run_docs.py checks the output itself). Each parses as XML.
With KOLIT_UPDATE=1 the files are rewritten from the page.
Usage: test_docs_svgs.py EXTENSION BUILD_DIR   (run from the repository's top folder)"""
import os, re, sys, xml.dom.minidom
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bindings"))
from checks import check, check_true, finish

def main():
    page = "docs/reports.md"
    md = open(page, encoding="utf-8").read()
    pairs = re.findall(r"^```output\n(<svg .*?</svg>\n)\n?```\n\s*!\[[^\]]*\]\((reports/[\w-]+\.svg)\)", md, re.S | re.M)
    check_true("pictures on the page", len(pairs) >= 5, str(len(pairs)))
    outputs = re.findall(r"^```output\n<svg ", md, re.M)
    check("every SVG output has its picture", len(pairs), len(outputs))
    for svg, name in pairs:
        path = os.path.join("docs", name)
        if os.environ.get("KOLIT_UPDATE") == "1":
            with open(path, "w", encoding="utf-8") as f:
                f.write(svg)
        got = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        check(f"{path} is the example's output", got, svg)
        try:
            xml.dom.minidom.parseString(svg.encode("utf-8"))
            check_true(f"{path} parses as XML", True)
        except Exception as e:
            check_true(f"{path} parses as XML", False, str(e))
    finish()

if __name__ == "__main__":
    main()
