// Writes kolit's RISS export fixtures the way RISS writes them: BIFF8 .xls
// workbooks made with Apache POI's HSSF (Debian libapache-poi-java), plus the
// same sheets saved as CSV (UTF-8, UTF-8 with a BOM, CP949). Run from the
// repository root (a JDK and libapache-poi-java are needed only here, the
// test suite reads the committed files):
//
//   bash tests/make_xls/make.sh
//
// Files (tests/fixtures/):
//   riss_journal.xls          RISS journal-article export, as POI writes it
//                             (every cell a LABELSST string, except NUMBER cells)
//   riss_journal_resaved.xls  the same workbook with its NUMBER cells rewritten
//                             as RK and MULRK records, the way Excel stores
//                             small numbers when a user re-saves the file
//   riss_thesis.xls           RISS thesis (학위논문) export
//   sheet_generic.xls         a workbook of the user's own with English headers,
//                             re-saved like riss_journal_resaved.xls (MULRK, RK
//                             with the /100 flag, and a NUMBER that is no RK)
//   riss_journal.csv, riss_journal_bom.csv, riss_thesis_cp949.csv
//   riss_thesis_utf16.txt     Excel's "Unicode text": tab-separated UTF-16LE
//   riss_journal_small.xls    two records only: the Workbook stream is then
//                             under 4096 bytes and lives in the mini stream
//
//   bash tests/make_xls/make.sh works        tests/works/set/riss.xls, the
//                             RISS export of the duplicate matcher's test set
//                             (labels in tests/works/set_pairs.csv)
import java.io.*;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.*;
import org.apache.poi.hssf.usermodel.*;
import org.apache.poi.poifs.filesystem.*;
import org.apache.poi.ss.usermodel.*;

public class MakeXls {
  static final String[] JOURNAL_HEADER = {"제목", "저자", "발행기관", "학술지명", "권호사항", "발행연도",
    "작성언어", "주제어", "KDC", "등재정보", "자료형태", "발행기관 URL", "수록면", "KCI 피인용횟수", "비고",
    "중단사유", "제공처", "소장기관", "국문 초록 (Abstract)", "다국어 초록 (Multilingual Abstract)", "목차"};
  static final String[] THESIS_HEADER = {"제목", "저자", "발행사항", "학위논문사항", "발행연도", "작성언어",
    "주제어", "DDC", "KDC", "형태사항", "일반주기명", "UCI식별코드", "소장기관", "지도교수/심사위원",
    "국문 초록 (Abstract)", "다국어 초록 (Multilingual Abstract)", "목차"};

  // The long abstracts (longer than one SST record: they are split across
  // CONTINUE records). tests/unit/test_riss_excel.c builds the same text.
  static String longKo(){
    StringBuilder b = new StringBuilder("본 연구는 지역혁신체계와 산업클러스터 정책의 성과를 평가한다.&#xD;\n");
    for( int i = 1; i <= 400; i++ ) b.append("제").append(i).append("차 분석에서 클러스터 정책은 지역의 혁신 역량을 높였다. ");
    return b.toString();
  }
  static String longEn(){
    StringBuilder b = new StringBuilder("This study evaluates regional innovation systems.&#xD;\nIt finds that cluster policy raised&nbsp;innovation capacity.");
    for( int i = 1; i <= 300; i++ ) b.append(" Round ").append(i).append(" of the analysis confirms the effect.");
    return b.toString();
  }

  // Cells: a String is a text cell, a Double a number cell, null an empty cell.
  static Object[][] journalRows(){
    return new Object[][]{
      {"지역혁신체계와 산업클러스터 정책의 성과 = Performance of Regional Innovation Systems and Industrial Cluster Policy",
       "김하늘(Ha-Neul Kim),이도윤(Do-Yun Lee)", "한국지역개발학회",
       "한국지역개발학회지(Journal of the Korean Regional Development Association)", "Vol.33No.2[2021]\r\n", 2021.0,
       "Korean", "지역혁신체계,산업클러스터,산&#8901,학 협력,Regional Innovation System,Industrial Cluster,Industry&#8901,University Cooperation",
       "539", "KCI등재", "학술저널", "http://www.kred.or.kr", "101-118", 3.0, "", "", "KCI", "", longKo(), longEn(), ""},
      {" Smart Specialisation and Cluster Policy in Germany", "Hans Weber,Soo-Jin Park", "한국경제지리학회",
       "Journal of the Economic Geographical Society of Korea", "Vol.24No.-[2021]\r\n", "2021", "English",
       "Smart Specialisation,Cluster Policy,Germany", "", "KCI등재", "학술저널", "", "1-20", 0.0, "", "", "KCI", "",
       "", "This paper reviews German cluster policy.&#xD;\nIt compares Bavaria and Baden-W&#252;rttemberg.", ""},
      {"혁신클러스터 정책의 변화와&nbsp;과제", "박민지", "산업연구원", "산업경제연구(Journal of Industrial Economics)",
       "Vol.-No.45[2019]\r\n", 2019.0, "한국어", "R&amp;D,혁신클러스터, 지역산업정책", "", "KCI등재후보", "학술저널",
       "https://www.kiet.re.kr", "45-67", 12.0, "", "", "KCI", "산업연구원 도서관", " 혁신클러스터 정책을 검토한다.", "", ""},
      {"산업클러스터와 지역 성장: 패널 분석 = Industrial Clusters and Regional Growth: A Panel Analysis",
       "최서연(Seo-Yeon Choi),정우성,Min-Ho Kang", "지역연구회", "지역연구", "Vol.-No.-[2020]\r\n", 2020.0, "",
       "", "", "", "학술저널", "", "77", 1.0, "", "", "", "", "", "", ""},
    };
  }

  static Object[][] thesisRows(){
    return new Object[][]{
      {"산업클러스터 정책이 지역 혁신에 미친 영향 = The Effect of Industrial Cluster Policy on Regional Innovation",
       "정유진(Yu-Jin Jung)", "서울 : 서울대학교 대학원, 2020", "학위논문(박사) -- 서울대학교 대학원 : 지리학과 2020. 8",
       2020.0, "한국어", "산업클러스터,지역혁신,Industrial Cluster,Regional Innovation", "338", "320",
       "vi, 210 p. : 삽화 ; 26 cm", "참고문헌: p. 190-205", "I804:11032-000000160000", "서울대학교 중앙도서관",
       "지도교수: 이정훈", "이 연구는 산업클러스터 정책의 효과를 분석한다.&#xD;\n분석 결과 정책 효과는 지역마다 달랐다.",
       "This thesis analyses the effect of cluster policy.&#xD;\nThe effect differed across regions.",
       "1. 서론\r\n2. 이론\r\n3. 분석"},
      {"Cluster Policy and Regional Growth in Korea", "Yu-Na Seo", "Busan : Pusan National University graduate school, 2018",
       "학위논문(석사) -- 부산대학교 대학원 : 경제학과 2018. 2", "2018", "English", "Cluster Policy,Regional Growth", "", "",
       "88 p.", "", "", "부산대학교 도서관", "", "", "This thesis studies cluster policy in Korea.", ""},
    };
  }

  static final String[] GENERIC_HEADER = {"Title", "Authors", "Year", "Volume", "Issue", "Journal", "Pages", "DOI", "Rating"};
  static Object[][] genericRows(){
    return new Object[][]{
      {"Cluster policy in Korea", "Kim, Ji-Su; Lee, Han", 2015.0, 49.0, 3.0, "Regional Studies", "10-25", "10.1080/00343404.2015.1", 4.5},
      {"지역 혁신과 대학", "홍길동", 2018.0, 34.0, null, "지역연구", "5-9", "", 3.14159},
    };
  }

  static void writeXls(String path, String sheetName, String[] header, Object[][] rows) throws IOException {
    HSSFWorkbook wb = new HSSFWorkbook();
    Sheet sh = wb.createSheet(sheetName);
    Row h = sh.createRow(0);
    for( int j = 0; j < header.length; j++ ) h.createCell(j).setCellValue(header[j]);
    for( int i = 0; i < rows.length; i++ ){
      Row r = sh.createRow(i + 1);
      for( int j = 0; j < rows[i].length; j++ ){
        Object v = rows[i][j];
        if( v == null ) continue;
        if( v instanceof Double ) r.createCell(j).setCellValue((Double)v);
        else if( !((String)v).isEmpty() ) r.createCell(j).setCellValue((String)v);
      }
    }
    try( FileOutputStream out = new FileOutputStream(path) ){ wb.write(out); }
    wb.close();
  }

  static String csvField(Object v){
    if( v == null ) return "";
    String s = v instanceof Double ? String.valueOf(((Double)v).longValue()) : (String)v;
    if( s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") )
      return "\"" + s.replace("\"", "\"\"") + "\"";
    return s;
  }

  static void writeCsv(String path, String[] header, Object[][] rows, Charset cs, boolean bom) throws IOException {
    writeCsv(path, header, rows, cs, bom, ',');
  }
  // Excel's "Unicode text" is this with a tab, UTF-16LE and a BOM.
  static void writeCsv(String path, String[] header, Object[][] rows, Charset cs, boolean bom, char sep) throws IOException {
    StringBuilder b = new StringBuilder();
    if( bom ) b.append('\uFEFF');
    b.append(String.join(String.valueOf(sep), header)).append("\r\n");
    for( Object[] r : rows ){
      for( int j = 0; j < r.length; j++ ){ if( j > 0 ) b.append(sep); b.append(csvField(r[j])); }
      b.append("\r\n");
    }
    try( OutputStream out = new FileOutputStream(path) ){ out.write(b.toString().getBytes(cs)); }
  }

  // Rewrites the NUMBER records (0x0203) of the workbook's only sheet as RK
  // (0x027E), and runs of NUMBER cells in adjacent columns of one row as one
  // MULRK (0x00BD), as Excel does for integers and for numbers with two
  // decimals (RK's "divide by 100" flag); other numbers stay NUMBER. Only records after the
  // sheet's BOF change size, so BOUNDSHEET's offset stays right; the sheet's
  // INDEX and DBCELL offsets go stale, which readers (and Excel) tolerate.
  static void resave(String in, String out) throws IOException {
    byte[] wbBytes;
    try( POIFSFileSystem fs = new POIFSFileSystem(new File(in)) ){
      try( InputStream is = fs.createDocumentInputStream("Workbook") ){ wbBytes = is.readAllBytes(); }
    }
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    List<int[]> run = new ArrayList<>();  // pending NUMBER cells: row, col, xf, value
    int pos = 0;
    while( pos + 4 <= wbBytes.length ){
      int type = u16(wbBytes, pos), len = u16(wbBytes, pos + 2);
      int body = pos + 4;
      if( type == 0x0203 && len == 14 ){
        int row = u16(wbBytes, body), col = u16(wbBytes, body + 2), xf = u16(wbBytes, body + 4);
        double d = java.nio.ByteBuffer.wrap(wbBytes, body + 6, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getDouble();
        if( !run.isEmpty() && (run.get(run.size() - 1)[0] != row || run.get(run.size() - 1)[1] + 1 != col) ) flush(o, run);
        long rk = Math.round(d * 100);
        if( d == Math.floor(d) && Math.abs(d) < (1 << 29) ) rk = ((long)d << 2) | 2;
        else if( Math.abs(d * 100 - rk) < 1e-9 && Math.abs(rk) < (1 << 29) ) rk = (rk << 2) | 3;
        else rk = -1;   /* not an RK number: stays a NUMBER record */
        if( rk == -1 ){ flush(o, run); o.write(wbBytes, pos, 4 + len); pos = body + len; continue; }
        run.add(new int[]{row, col, xf, (int)rk});
      }else{
        flush(o, run);
        o.write(wbBytes, pos, 4 + len);
      }
      pos = body + len;
    }
    flush(o, run);
    try( POIFSFileSystem fs = new POIFSFileSystem() ){
      fs.createDocument(new ByteArrayInputStream(o.toByteArray()), "Workbook");
      try( FileOutputStream f = new FileOutputStream(out) ){ fs.writeFilesystem(f); }
    }
  }
  static int u16(byte[] b, int i){ return (b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8); }
  static void w16(ByteArrayOutputStream o, int v){ o.write(v & 0xFF); o.write((v >> 8) & 0xFF); }
  static void w32(ByteArrayOutputStream o, int v){ w16(o, v & 0xFFFF); w16(o, (v >>> 16) & 0xFFFF); }
  static void flush(ByteArrayOutputStream o, List<int[]> run){
    if( run.isEmpty() ) return;
    if( run.size() == 1 ){
      int[] c = run.get(0);
      w16(o, 0x027E); w16(o, 10); w16(o, c[0]); w16(o, c[1]); w16(o, c[2]); w32(o, c[3]);
    }else{
      w16(o, 0x00BD); w16(o, 6 + 6 * run.size());
      w16(o, run.get(0)[0]); w16(o, run.get(0)[1]);
      for( int[] c : run ){ w16(o, c[2]); w32(o, c[3]); }
      w16(o, run.get(run.size() - 1)[1]);
    }
    run.clear();
  }

  // bench/spreadsheets.sh: n rows of the journal sheet, every title and
  // abstract its own (about 1,200 Hangul and 1,500 Latin characters, as a
  // real export has: no string is shared in the SST).
  static void big(String d, int n) throws IOException {
    Object[][] base = journalRows(), rows = new Object[n][];
    for( int i = 0; i < n; i++ ){
      rows[i] = base[i % base.length].clone();
      rows[i][0] = rows[i][0] + " " + i;
      StringBuilder ko = new StringBuilder(), en = new StringBuilder();
      for( int k = 0; k < 40; k++ ) ko.append("제").append(i).append("-").append(k).append("차 분석에서 클러스터 정책은 지역의 혁신 역량을 높였다. ");
      for( int k = 0; k < 30; k++ ) en.append("Round ").append(i).append("-").append(k).append(" of the analysis confirms the effect.&nbsp; ");
      rows[i][18] = ko.toString();
      rows[i][19] = en.toString();
    }
    writeXls(d + "/bench_journal.xls", "검색결과", JOURNAL_HEADER, rows);
    writeCsv(d + "/bench_journal.csv", JOURNAL_HEADER, rows, StandardCharsets.UTF_8, false);
  }

  // The matcher's test set (tests/works/set): copies of papers that other
  // files of the set hold too, with RISS's habits (Hanja in a title, both
  // names of an author, the journal as 국문명(English name)), and one trap.
  static Object[][] worksRows(){
    return new Object[][]{
      {"革新都市 클러스터의 형성 요인 = Formation Factors of Innovation City Clusters", "정수민(Su-Min Jeong)",
       "국토연구원", "국토연구(The Korea Spatial Planning Review)", "Vol.88No.-[2016]\r\n", 2016.0, "Korean",
       "혁신도시,클러스터,Innovation City,Cluster", "", "KCI등재", "학술저널", "", "3-20", 4.0, "", "", "KCI", "", "", "", ""},
      {"스마트 전문화 전략과 지역산업정책의 전환 = Smart Specialization Strategy and the Transition of Regional Industrial Policy",
       "최현우(Hyun-Woo Choi),박서연(Seo-Yeon Park)", "한국지역개발학회",
       "한국지역개발학회지(Journal of the Korean Regional Development Association)", "Vol.32No.3[2020]\r\n", 2020.0,
       "Korean", "스마트 전문화,지역산업정책,Smart Specialization", "", "KCI등재", "학술저널", "", "55-80", 2.0, "", "",
       "KCI", "", "본 연구는 스마트 전문화 전략의 도입 이후 지역산업정책의 목표와 수단이 어떻게 바뀌었는지 검토하였다.", "", ""},
      {"지역 ‘혁신도시’의 벤처 생태계 형성 = Venture Ecosystem Formation in Regional Innovation Cities",
       "윤서진(Seo-Jin Yun),한다은(Da-Eun Han)", "한국벤처창업학회", "벤처혁신연구(Journal of Venture Innovation)",
       "Vol.14No.1[2022]\r\n", 2022.0, "Korean", "벤처 생태계,혁신도시", "", "KCI등재", "학술저널", "", "1-19", 0.0,
       "", "", "KCI", "", "", "", ""},
      {"서평", "이민호(Min-Ho Lee)", "한국지역학회", "지역연구", "Vol.36No.2[2020]\r\n", 2020.0, "Korean", "", "",
       "KCI등재", "학술저널", "", "150-152", 0.0, "", "", "KCI", "", "", "", ""},
      {"과학기술단지와 지역 성장 = Science and Technology Parks and Regional Growth", "강태훈(Tae-Hoon Kang)",
       "과학기술정책연구원", "과학기술정책(Journal of Science and Technology Policy)", "Vol.29No.2[2019]\r\n", 2019.0,
       "Korean", "과학기술단지,지역 성장", "", "KCI등재", "학술저널", "", "41-60", 1.0, "", "", "KCI", "", "", "", ""},
    };
  }

  public static void main(String[] a) throws IOException {
    if( a.length == 3 && a[0].equals("big") ){ big(a[1], Integer.parseInt(a[2])); return; }
    if( a.length == 1 && a[0].equals("works") ){
      writeXls("tests/works/set/riss.xls", "검색결과", JOURNAL_HEADER, worksRows());
      return;
    }
    String d = a.length > 0 ? a[0] : "tests/fixtures";
    writeXls(d + "/riss_journal.xls", "검색결과", JOURNAL_HEADER, journalRows());
    resave(d + "/riss_journal.xls", d + "/riss_journal_resaved.xls");
    writeXls(d + "/riss_thesis.xls", "검색결과", THESIS_HEADER, thesisRows());
    writeXls(d + "/sheet_generic.xls", "My papers", GENERIC_HEADER, genericRows());
    resave(d + "/sheet_generic.xls", d + "/sheet_generic.xls");
    Object[][] small = Arrays.copyOfRange(journalRows(), 2, 4);
    writeXls(d + "/riss_journal_small.xls", "검색결과", JOURNAL_HEADER, small);
    writeCsv(d + "/riss_journal.csv", JOURNAL_HEADER, journalRows(), StandardCharsets.UTF_8, false);
    writeCsv(d + "/riss_journal_bom.csv", JOURNAL_HEADER, journalRows(), StandardCharsets.UTF_8, true);
    writeCsv(d + "/riss_thesis_cp949.csv", THESIS_HEADER, thesisRows(), Charset.forName("x-windows-949"), false);
    writeCsv(d + "/riss_thesis_utf16.txt", THESIS_HEADER, thesisRows(), StandardCharsets.UTF_16LE, true, '\t');
  }
}
