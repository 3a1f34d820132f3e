#!/usr/bin/python3
"""Generates a benchmark corpus of saved HTML pages for the html_meta reader.

Usage: bench/gen_html_pages.py OUTDIR [--mb 50] [--seed 1]

Writes article pages as a browser saves them until their total size reaches
--mb megabytes: a head with the citation_* tags of a KCI page (lang="en"
twins), a KoreaScience, DBpia or publisher page (DC.* and prism.*), or only
JSON-LD (in the head, or in the body after the content); inline scripts and
styles; and a big body (navigation, nested layout divs, the abstract,
references, footers) of 50 to 600 KB, as journal sites have. One page in ten
is a Chrome MHTML file (quoted-printable), one in twenty an EUC-KR page,
one in twenty-five cut off. The same seed gives the same corpus, byte for byte.
"""
import argparse, json, os, quopri, random

EN = ["Regional Innovation", "Industrial Cluster", "Cluster Policy", "Smart Specialization",
      "Technology Transfer", "Knowledge Spillovers", "Venture Ecosystems", "Industrial Complexes",
      "University-Industry Linkages", "Balanced Regional Development", "Innovation Networks"]
KO = ["지역혁신", "산업클러스터", "클러스터 정책", "스마트 전문화", "기술이전", "지식파급", "벤처 생태계",
      "산업단지", "산학협력", "균형발전", "혁신 네트워크"]
PLACES = ["Korea", "Germany", "Daedeok", "Pangyo", "Changwon", "Gumi", "Ulsan", "Busan"]
KO_PLACES = ["한국", "독일", "대덕", "판교", "창원", "구미", "울산", "부산"]
SUR = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon"]
KO_SUR = ["김", "이", "박", "최", "정", "강", "조", "윤"]
GIV = [("Min-Su", "민수"), ("Ji-Eun", "지은"), ("Seo-Yeon", "서연"), ("Tae-Hoon", "태훈"), ("Ha-Neul", "하늘")]
JOURNALS = [("한국경제지리학회지", "Journal of the Economic Geographical Society of Korea"), ("지역연구", "Journal of Regional Studies"),
            ("산업경제연구", "Journal of Industrial Economics"), ("국토연구", "Planning and Policy")]
KO_SENT = ["본 연구는 {p}의 {s}을(를) 분석하였다.", "분석 결과 {s}은(는) 지역 성장에 기여한 것으로 나타났다.",
           "정책적으로는 {s} 중심의 지원이 필요하다."]
EN_SENT = ["This study examines {s} in {p} and its effects on regional growth.",
           "The results show that {s} contributed to productivity but weakened resilience."]


def esc(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def para(rng, ko):
    sents = KO_SENT if ko else EN_SENT
    places = KO_PLACES if ko else PLACES
    subj = KO if ko else EN
    return " ".join(rng.choice(sents).format(p=rng.choice(places), s=rng.choice(subj)) for _ in range(rng.randint(3, 8)))


def body(rng, size):
    out = ['<body class="article">\n<div id="skip"><a href="#content">본문 바로가기</a></div>\n<header><nav><ul>']
    out += ['<li class="menu"><a href="/m/%d">메뉴 %d</a><ul><li><a href="/m/%d/s">하위</a></li></ul></li>' % (i, i, i)
            for i in range(rng.randint(20, 60))]
    out.append("</ul></nav></header>\n")
    n = sum(len(x) for x in out)
    while n < size:
        depth = rng.randint(3, 12)
        block = "<div class=\"wrap\">" * depth
        block += "<section><h3>%s</h3><p>%s</p><p>%s</p></section>" % (rng.choice(KO), para(rng, True), para(rng, False))
        block += "<ol class=\"refs\">" + "".join("<li>%s, %s (%d). %s. <i>%s</i>.</li>" % (
            rng.choice(SUR), rng.choice(GIV)[0], rng.randint(1990, 2023), rng.choice(EN), rng.choice(JOURNALS)[1])
            for _ in range(rng.randint(5, 20))) + "</ol>"
        block += "</div>" * depth + "\n"
        if rng.random() < 0.2:
            block += "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>\n"
        out.append(block)
        n += len(block)
    out.append("<footer><p>Copyright &copy; 2024</p></footer>\n</body>\n</html>\n")
    return "".join(out)


def head_meta(rng, kind):
    ko_t = "%s의 %s 연구" % (rng.choice(KO_PLACES), rng.choice(KO))
    en_t = "%s in %s" % (rng.choice(EN), rng.choice(PLACES))
    authors = [(rng.choice(KO_SUR) + g[1], "%s %s" % (g[0], rng.choice(SUR))) for g in rng.sample(GIV, rng.randint(1, 4))]
    jko, jen = rng.choice(JOURNALS)
    y = rng.randint(2000, 2024)
    m = ['<meta charset="utf-8">', '<title>%s</title>' % esc(ko_t),
         '<meta name="viewport" content="width=device-width, initial-scale=1">']
    m += ['<link rel="stylesheet" href="/css/%d.css">' % i for i in range(rng.randint(3, 12))]
    m.append("<style>" + "".join(".c%d{margin:%dpx}" % (i, i) for i in range(rng.randint(50, 400))) + "</style>")
    if kind == "kci":
        m += ['<meta name="citation_title" content="%s">' % esc(ko_t), '<meta name="citation_title" lang="en" content="%s">' % esc(en_t)]
        m += ['<meta name="citation_author" content="%s">' % a[0] for a in authors]
        m += ['<meta name="citation_author" lang="en" content="%s">' % a[1] for a in authors]
        m += ['<meta name="citation_journal_title" content="%s">' % jko, '<meta name="citation_journal_title" lang="en" content="%s">' % jen]
    elif kind == "dbpia":
        m += ['<meta name="citation_title" content="[논문] %s">' % esc(ko_t),
              '<meta name="citation_author" content="%s;">' % ";".join(a[0] for a in authors),
              '<meta name="citation_journal_title" content="%s">' % jko]
    else:
        m += ['<meta name="DC.title" content="%s">' % esc(en_t)] + ['<meta name="DC.creator" content="%s">' % a[1] for a in authors]
        m += ['<meta name="prism.publicationName" content="%s">' % jen, '<meta name="prism.issn" content="1234-5678">']
    m += ['<meta name="citation_publication_date" content="%d/%02d">' % (y, rng.randint(1, 12)),
          '<meta name="citation_volume" content="%d">' % rng.randint(1, 40), '<meta name="citation_issue" content="%d">' % rng.randint(1, 4),
          '<meta name="citation_firstpage" content="%d">' % rng.randint(1, 200), '<meta name="citation_doi" content="10.%d/x.%d">' % (rng.randint(1000, 9999), y),
          '<meta name="citation_keywords" content="%s">' % ";".join("%s(%s)" % (KO[i], EN[i]) for i in rng.sample(range(len(KO)), 3)),
          '<meta name="citation_abstract" content="%s">' % esc(para(rng, True)),
          '<meta name="citation_abstract" lang="en" content="%s">' % esc(para(rng, False)),
          '<meta name="citation_pdf_url" content="https://example.kr/pdf/%d.pdf">' % rng.randint(1, 10**6)]
    m.append("<script>" + "var cfg={a:1};" * rng.randint(20, 300) + "</script>")
    return "\n".join(m)


def jsonld(rng):
    return '<script type="application/ld+json">' + json.dumps({
        "@context": "https://schema.org", "@type": "ScholarlyArticle",
        "headline": "%s의 %s 연구" % (rng.choice(KO_PLACES), rng.choice(KO)),
        "author": [{"@type": "Person", "name": rng.choice(KO_SUR) + g[1]} for g in rng.sample(GIV, 2)],
        "datePublished": "%d-%02d-%02d" % (rng.randint(2000, 2024), rng.randint(1, 12), rng.randint(1, 28)),
        "isPartOf": {"@type": "Periodical", "name": rng.choice(JOURNALS)[0]},
        "abstract": para(rng, True)}, ensure_ascii=False) + "</script>"


def page(rng):
    kind = rng.choice(["kci", "dbpia", "dc", "jsonld_head", "jsonld_body"])
    size = rng.randint(50_000, 600_000)
    if kind.startswith("jsonld"):
        head = '<meta charset="utf-8"><title>x</title>' + ("\n" + jsonld(rng) if kind == "jsonld_head" else "")
        b = body(rng, size)
        if kind == "jsonld_body":
            b = b.replace("<footer>", jsonld(rng) + "\n<footer>")
    else:
        head = head_meta(rng, kind)
        b = body(rng, size)
    return "<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n" + head + "\n</head>\n" + b


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.outdir, exist_ok=True)
    total, i = 0, 0
    while total < a.mb * 1e6:
        html = page(rng)
        r = rng.random()
        if r < 0.04:
            html = html[: rng.randint(len(html) // 4, len(html) - 100)]
        if r > 0.9:
            b = "----MultipartBoundary--%08x----" % rng.getrandbits(32)
            qp = quopri.encodestring(html.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
            data = ("From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
                    "\tboundary=\"%s\"\r\n\r\n--%s\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                    "%s\r\n--%s--\r\n" % (b, b, qp, b)).encode("ascii")
            name = "%05d.mhtml" % i
        elif r > 0.85:
            data = html.replace('charset="utf-8"', 'charset="euc-kr"').encode("cp949", errors="replace")
            name = "%05d.html" % i
        else:
            data = html.encode("utf-8")
            name = "%05d.html" % i
        with open(os.path.join(a.outdir, name), "wb") as f:
            f.write(data)
        total += len(data)
        i += 1


if __name__ == "__main__":
    main()
