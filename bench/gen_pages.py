#!/usr/bin/python3
"""Generates a benchmark corpus of saved pages of every kind kolit reads.

Usage: bench/gen_pages.py OUTDIR [--mb 100] [--seed 1]

Writes UTF-8 text files until their total size reaches --mb megabytes: KIET
publication pages (both sites), KoreaScience search pages with 1 to 50
records, KoreaScience article pages (Korean, English, dash layout,
conference paper), KCI article pages and KCI issue lists.
Titles, abstracts and author names are recombined from the word lists below,
in English and Korean; series, journals, page counts and bibliographic shapes
vary (volume/issue, series number, proceedings issue, missing lines), and
about one page in twenty is cut off mid-record, as saved pages sometimes are.
The same seed gives the same corpus, byte for byte.
"""
import argparse, os, random

SERIES = ["Research Reports", "Occasional Paper Series", "KIET Monthly Industrial Economics",
          "i-KIET Issues & Analysis", "Industrial Economic Review", "KIET Industrial Economics Review"]
JOURNALS = ["Journal of the Economic Geographical Society of Korea", "Korean Business Review",
            "Journal of Regional Studies", "Journal of the Korean Academic Society of Industrial Cluster",
            "Journal of Scientific & Technological Knowledge Infrastructure", "Cartoon and Animation Studies",
            "Journal of the Korea Academia-Industrial cooperation Society", "Asian Journal of Innovation Policy",
            "Proceedings of the Technology Innovation Conference", "지역연구", "산업경제연구", "Regional Science Review"]
EN_SUBJECT = ["Regional Innovation", "Industrial Cluster", "Cluster Policy", "Smart Specialization",
              "Technology Transfer", "Knowledge Spillovers", "Venture Ecosystems", "Industrial Complexes",
              "University-Industry Linkages", "Regional Employment", "Balanced Regional Development",
              "Supply Chains", "Innovation Networks", "Local Governance", "Creative Economy"]
EN_FRAME = ["{s} in {p}", "The Evolution of {s}: Evidence from {p}", "{s} and {s2} in {p}",
            "Rethinking {s}: A Case Study of {p}", "Evaluating {s}: Theory and Methods",
            "{s} after the 'Selection and Concentration' Era", "Towards New {s} Policies for {p}"]
PLACES = ["Korea", "Germany", "Baden-Württemberg", "Daedeok", "Pangyo", "Changwon", "Gumi", "Ulsan",
          "Chuncheon", "the Capital Region", "Japan's TAMA Region", "Gyeonggi Province", "Busan"]
KO_SUBJECT = ["지역혁신", "산업클러스터", "클러스터 정책", "스마트 전문화", "기술이전", "지식파급",
              "벤처 생태계", "산업단지", "산학협력", "지역 고용", "균형발전", "공급망", "혁신 네트워크",
              "지역 거버넌스", "창조경제"]
KO_PLACES = ["한국", "독일", "바덴-뷔르템베르크주", "대덕", "판교", "창원", "구미", "울산", "춘천",
             "수도권", "일본 TAMA 지역", "경기도", "부산"]
KO_FRAME = ["{p}의 {s} 연구", "{s}의 진화와 과제: {p} 사례를 중심으로", "{p} {s}와 {s2}의 관계",
            "{s} 정책의 평가 (제{n}판)", "'선택과 집중' 이후의 {s}", "{p} 지역의 {s} 현황과 시사점"]
EN_SENT = ["This study examines {s} in {p} and its effects on regional growth.",
           "We analyze how {s} shaped the performance of firms located in {p}.",
           "The results show that {s} contributed to productivity but weakened resilience.",
           "Policy makers should link {s} with {s2} rather than fund single projects.",
           "Using patent citations, we estimate the strength of {s} across {n} regions.",
           "The paper concludes with recommendations for {s} in {p}.",
           "Clusters have played a central role in strategies of {s} since the 1990s.",
           "The measure $\\alpha \\cdot \\beta$ captures {s} at the $L{{\\ddot{{a}}}}nder$ level."]
KO_SENT = ["본 연구는 {p}의 {s}을(를) 분석하였다.", "분석 결과 {s}은(는) 지역 성장에 기여한 것으로 나타났다.",
           "{p} 사례는 {s}와 {s2}의 연계가 중요함을 보여준다.", "정책적으로는 {s} 중심의 지원이 필요하다.",
           "특히 TAMA 클러스터와 같은 중개조직의 Critical Mass 확보가 관건이다.",
           "향후 {n}년간 {s} 전략의 지속적인 점검이 요구된다.", "중소$\\cdot$중견기업의 역할이 확대되어야 한다."]
SURNAMES = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo",
            "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Nahm", "Byeon", "Choo"]
GIVEN = ["Sun", "Bae", "Chang", "Uk", "Doo", "Hee", "Yun", "Soo", "Jae", "Gon", "Ji", "Yeung", "Young",
         "Jin", "Min", "Ho", "Seo", "Yeon", "Tae", "Hoon", "Kee", "Bom", "Sung", "Jeong"]
KO_FAMILY = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황",
             "안", "송", "류", "남궁", "황보"]
KO_GIVEN = ["민", "호", "서", "연", "지", "수", "두", "희", "태", "영", "준", "현", "우", "진", "성"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def pick(self, xs):
        return self.r.choice(xs)

    def fill(self, frame, subjects, places):
        s, s2 = self.r.sample(subjects, 2)
        return frame.format(s=s, s2=s2, p=self.pick(places), n=self.r.randint(2, 30))

    def en_title(self):
        return self.fill(self.pick(EN_FRAME), EN_SUBJECT, PLACES)

    def ko_title(self):
        return self.fill(self.pick(KO_FRAME), KO_SUBJECT, KO_PLACES)

    def given(self, hyphen):
        a, b = self.pick(GIVEN), self.pick(GIVEN).lower()
        return f"{a}-{b.capitalize()}" if hyphen else a + b

    def roman_author(self, style):
        fam = self.pick(SURNAMES)
        if style == 0:
            return f"{fam}, {self.given(True)}"          # Park, Jae-Su
        if style == 1:
            return f"{self.given(True)} {fam}"           # Young-Jin Ahn
        if style == 2:
            return f"{fam} {self.given(False)}"          # Kim Sunbae
        return f"{self.given(False)} {fam}"              # Jaegon Park

    def hangul_author(self):
        return self.pick(KO_FAMILY) + "".join(self.pick(KO_GIVEN) for _ in range(self.r.choice([1, 2, 2, 2])))

    def en_abstract(self, sentences):
        return " ".join(self.fill(self.pick(EN_SENT), [x.lower() for x in EN_SUBJECT], PLACES)
                        for _ in range(sentences))

    def ko_abstract(self, sentences):
        return " ".join(self.fill(self.pick(KO_SENT), KO_SUBJECT, KO_PLACES) for _ in range(sentences))

    def kiet_page(self):
        r = self.r
        series = self.pick(SERIES)
        korean = r.random() < 0.3
        title = self.ko_title() if korean else self.en_title()
        n_auth = r.randint(1, 4)
        if korean and r.random() < 0.7:
            authors = ", ".join(self.hangul_author() for _ in range(n_auth))
        else:
            style = r.choice([0, 2, 3])
            if style == 0:
                authors = self.roman_author(0) + r.choice([" et al.", " et al"])
            else:
                authors = ", ".join(self.roman_author(style) for _ in range(n_auth))
        last = r.choice([f"Page {r.randint(20, 400)}", "Page", f"Issue No {r.randint(1, 400)}", "Issue No"])
        date = f"{r.randint(1995, 2025)}.{r.randint(1, 12):02d}.{r.randint(1, 28):02d}"
        lines = ["Go to the Mian menu", "Go to the Mian menu", "",
                 f"{series}KIET Korea Institute for Industrial Economics and Trade", "",
                 "  • home", "  • Publications", f"  • {series}", "", title, "",
                 f"Author {authors} Date {date} {last}", ""]
        if r.random() < 0.5:
            lines += ["File pdf", ""]
        for _ in range(r.randint(2, 12)):
            para = self.ko_abstract(r.randint(2, 8)) if korean else self.en_abstract(r.randint(2, 8))
            lead = r.choice(["", "", " ", "○ "])
            lines += [lead + para + r.choice(["", " ", "\u00a0 "])]
            lines += [""] * r.choice([0, 1, 2])
        return "\n".join(lines) + "\n"

    def ks_record(self):
        r = self.r
        kind = r.random()
        if kind < 0.6:
            title = f"{self.en_title()} ({self.ko_title()})"
        elif kind < 0.8:
            title = self.ko_title()
        else:
            title = self.en_title()
        n_auth = r.randint(1, 4)
        if r.random() < 0.25:
            authors = self.pick([";", ", "]).join(self.hangul_author() for _ in range(n_auth))
        else:
            style = r.choice([0, 1])
            authors = ";".join(self.roman_author(style) for _ in range(n_auth))
        items = [self.pick(JOURNALS)]
        shape = r.random()
        year = r.randint(1995, 2025)
        if shape < 0.7:
            items.append(f"v.{r.randint(1, 40)} no.{r.randint(1, 12)}")
        elif shape < 0.8:
            items.append(f"s.{r.randint(1, 60)}")
        elif shape < 0.9:
            items.append(f"{year}.{r.randint(1, 12):02d}a")
        if r.random() < 0.95:
            first = r.randint(1, 900)
            items.append(f"pp.{first}-{first + r.randint(5, 40)}")
        if r.random() < 0.95:
            items.append(str(year))
        lines = [title, "", f"  • {authors}"]
        for i, item in enumerate(items):
            if i:
                lines.append("    • /")
            lines.append(f"    • {item}")
        korean = r.random() < 0.35
        lines.append("  • " + (self.ko_abstract(r.randint(4, 14)) if korean else self.en_abstract(r.randint(4, 12))))
        lines.append("")
        if r.random() < 0.5:
            lines += ["  • PDF", ""]
        return "\n".join(lines) + "\n"

    def ks_page(self):
        r = self.r
        query = self.pick(KO_SUBJECT + EN_SUBJECT).replace(" ", r.choice([" ", ""]))
        count = r.randint(1, 25000)
        head = (f"• Title/Summary/Keyword: {query}\n\n"
                f"Search Result {count:,}, Processing Time 0.0{r.randint(10, 99)} seconds\n\n")
        return head + "\n".join(self.ks_record() for _ in range(r.randint(1, 50)))

    def kiet_other_site_page(self):
        r = self.r
        title = self.ko_title() if r.random() < 0.5 else self.en_title()
        if r.random() < 0.5:
            date = f"{r.randint(1995, 2025)}.{r.randint(1, 12):02d}.{r.randint(1, 28):02d}"
            head = f"{title} {date}"
        else:
            date = f"{r.randint(1995, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
            head = f"{title} {date} 문서 미리보기문서 다운로드"
        division = self.pick(["Regional Industry Division", "Industrial Policy Division", "Innovation Division"])
        author = self.hangul_author() if r.random() < 0.5 else self.roman_author(0)
        paras = [self.ko_abstract(r.randint(2, 6)) for _ in range(r.randint(1, 4))]
        if r.random() < 0.5:
            paras = ["1. Introduction"] + paras
        return "\n".join([head, f"Author : {author} ({division})", ""] + paras) + "\n"

    def date(self, sep="."):
        r = self.r
        return f"{r.randint(1995, 2025)}{sep}{r.randint(1, 12):02d}{sep}{r.randint(1, 28):02d}"

    def affiliation(self, korean):
        if korean:
            return self.pick(["서울대학교 지리학과", "(재)경기테크노파크 기술정책팀", "산업연구원", "국토연구원",
                              "한양대학교 도시공학과 (BK21)", "과학기술정책연구원"])
        return self.pick(["Department of Geography, Seoul National University", "Korea Institute for Industrial "
                          "Economics and Trade", "Science and Technology Policy Institute (STEPI)", "Hanyang University"])

    def ksa_page(self):
        """A KoreaScience article page: Korean, English, dash layout or conference paper."""
        r = self.r
        layout = r.random()
        ko_t, en_t = self.ko_title(), self.en_title()
        ko_abs, en_abs = self.ko_abstract(r.randint(4, 12)), self.en_abstract(r.randint(4, 10))
        n = r.randint(1, 4)
        if layout < 0.1:    # conference paper
            return f"{ko_t} -{self.ko_title()}-\n\n  • Published : {self.date()}\n"
        if layout < 0.45:   # English page
            latin = [self.roman_author(0) for _ in range(n)]
            lines = ["DOI QR Code", "", en_t, "", ko_t, ""]
            lines += [f"  • {a} ({self.affiliation(False)})" + (" ;" if i < n - 1 else "") for i, a in enumerate(latin)]
            lines += [f"  • {self.hangul_author()} ({self.affiliation(True)})" + (" ;" if i < n - 1 else "") for i in range(n)]
            lines += [f"  • Received : {self.date()}", f"  • Accepted : {self.date()}", f"  • Published : {self.date()}",
                      "", "Abstract", "", en_abs, "", ko_abs]
            return "\n".join(lines) + "\n"
        people = [(self.hangul_author() if r.random() < 0.6 else self.roman_author(0)) for _ in range(n)]
        if layout < 0.8:    # Korean page
            lines = ["DOI QR코드", "DOI QR Code", ""] if r.random() < 0.7 else []
            lines += [ko_t, "", en_t, ""]
            lines += [f"  • {a} ({self.affiliation(True)})" + (" ;" if i < n - 1 else "") for i, a in enumerate(people)]
            lines += [f"  • {label} : {self.date()}" for label in ("투고", "심사", "발행") if r.random() < 0.9]
            lines += ["", "초록", "", ko_abs, ""] + ([en_abs] if r.random() < 0.7 else [])
            return "\n".join(lines) + "\n"
        first = r.randint(1, 400)
        lines = [f"- {self.pick(['한국지역개발학회지', '지역연구', '산업경제연구'])} (Journal of {self.pick(EN_SUBJECT)})",
                 f"- 제{r.randint(1, 40)}권{r.randint(1, 6)}호", "- /", f"- Pages.{first}-{first + r.randint(5, 30)}", "- /",
                 f"- {r.randint(1995, 2025)}", "- /", f"- {r.randint(1000, 9999)}-{r.randint(1000, 9999)}(pISSN)",
                 f"- {r.randint(1000, 9999)}-{r.randint(1000, 9999)}(eISSN)", "", f"- {ko_t}", f"- {en_t}"]
        lines += [f"- {a} ({self.affiliation(True)})" + (" ;" if i < n - 1 else "") for i, a in enumerate(people)]
        lines += [f"- 투고 : {self.date()}", f"- 심사 : {self.date()}", f"- 발행 : {self.date()}", "", "초록", "", ko_abs, "", en_abs]
        return "\n".join(lines) + "\n"

    def kci_month_date(self):
        r = self.r
        months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]
        return f"{self.pick(months)} {r.randint(1, 28)}, {r.randint(1995, 2025)}"

    def kci_article_page(self):
        r = self.r
        korean = r.random() < 0.3
        n = r.randint(1, 4)
        people = [(self.hangul_author() if korean else self.given(True) + " " + self.pick(SURNAMES)) for _ in range(n)]
        first = r.randint(1, 400)
        lines = [self.pick(["본문 바로가기", "Skip to main content"]), "  • Home", "",
                 self.ko_title() if korean else self.en_title(), "",
                 f"  • {self.pick(JOURNALS)}", f"  • Abbr : {self.pick(['JRS', 'JKEGS', 'KBR'])}",
                 f"  • {r.randint(1995, 2025)}, {r.randint(1, 40)}({r.randint(1, 6)}), pp.{first}-{first + r.randint(5, 30)}"]
        if r.random() < 0.7:
            lines.append(f"  • DOI : 10.{r.randint(10000, 99999)}/jrs.{r.randint(1995, 2025)}.{r.randint(1, 40)}.{first}")
        lines += [f"  • Publisher : {self.pick(['Korean Association of Regional Studies', '한국경제지리학회'])}",
                  "  • Research Area : Social Science > Geography",
                  f"  • Received : {self.kci_month_date()}", f"  • Accepted : {self.kci_month_date()}", "",
                  " ".join(f"{p} {i % 3 + 1}" for i, p in enumerate(people)), ""]
        lines += [f"{k}{self.affiliation(True)}" for k in range(1, min(n, 3) + 1)]
        lines += ["", "Accredited", "", "ABSTRACT", ""]
        lines += [self.ko_abstract(r.randint(4, 10)) if korean else self.en_abstract(r.randint(4, 10))
                  for _ in range(r.randint(1, 3))]
        lines += ["", "Citation status", "", "* References for papers published after 2023 are being built."]
        return "\n".join(lines) + "\n"

    def kci_issue_page(self):
        r = self.r
        year, vol, no = r.randint(1995, 2025), r.randint(1, 40), r.randint(1, 6)
        lines = [f"{year}, Vol.{vol}, No.{no}", ""]
        first = 1
        for k in range(1, r.randint(5, 30)):
            n = r.randint(1, 3)
            names = [self.pick([self.hangul_author(), self.roman_author(2), self.pick(SURNAMES).upper() + ", "
                                + self.given(True).upper()]) for _ in range(n)]
            last = first + r.randint(5, 30)
            korean = r.random() < 0.4
            lines += [f"  • {k}.", self.ko_title() if korean else self.en_title(),
                      " | ".join(names + [f"{year}, {vol}({no})", f"pp.{first}~{last}"])]
            if r.random() < 0.9:
                lines.append(self.ko_abstract(r.randint(3, 8)) if korean else self.en_abstract(r.randint(3, 8)))
            first = last + 1
        return "\n".join(lines) + "\n"

    def page(self):
        kind = self.r.random()
        if kind < 0.03:
            name, text = "kiet2", self.kiet_other_site_page()
        elif kind < 0.2:
            name, text = "kiet", self.kiet_page()
        elif kind < 0.3:
            name, text = "ksa", self.ksa_page()
        elif kind < 0.4:
            name, text = "kcia", self.kci_article_page()
        elif kind < 0.5:
            name, text = "kcii", self.kci_issue_page()
        else:
            name, text = "ks", self.ks_page()
        if self.r.random() < 0.05:      # saved before the page finished loading
            text = text[:self.r.randint(len(text) // 3, len(text) - 1)]
        return name, text


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir")
    ap.add_argument("--mb", type=float, default=100.0, help="total size in megabytes (10^6 bytes)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    gen = Gen(args.seed)
    total, n, limit = 0, 0, int(args.mb * 1e6)
    while total < limit:
        kind, text = gen.page()
        data = text.encode("utf-8")
        with open(os.path.join(args.outdir, f"{n:06d}_{kind}.txt"), "wb") as f:
            f.write(data)
        total += len(data)
        n += 1
    print(f"{n} pages, {total} bytes in {args.outdir}")


if __name__ == "__main__":
    main()
