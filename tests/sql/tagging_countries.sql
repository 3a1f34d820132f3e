-- countries(), country_tags(), country_name(): values, rows, errors, flags.
.mode list
SELECT countries('독일의 지역 혁신클러스터 정책: 바덴-뷔르템베르크주를 중심으로');
SELECT countries('일본의 TAMA클러스터와 우리나라, 그리고 EU');
SELECT countries('정책수단으로의 가능성; 핵심 수단으로; 클러스터란 무엇인가');
SELECT countries('한국과 인도의 비교');
SELECT countries('fine china, a chad, turkey; China, Chad, Turkey');
SELECT countries('');
SELECT countries(NULL) IS NULL;
SELECT countries(42);
SELECT json_valid(countries('Korea and Japan')), json_array_length(countries('Korea and Japan'));
.mode box
SELECT * FROM country_tags('Clusters in Germany (독일의 바이에른주), TAMA클러스터');
SELECT code, matched, start, end FROM country_tags('韓國과 美國');
SELECT count(*) FROM country_tags(NULL);
SELECT code, name FROM country_tags WHERE text = 'Silicon Valley vs. 대덕';
.mode list
SELECT country_name('DE', 'ko'), country_name('de'), country_name('KR', 'en'), country_name('JP', 'ja');
SELECT country_name('EU', 'ko'), country_name('QQ') IS NULL, country_name(NULL) IS NULL, country_name('DE', NULL) IS NULL;
SELECT country_name('Germany');
SELECT country_name('DE', '');
SELECT * FROM country_tags;
SELECT name, narg, flags & 0x000800 != 0 AS deterministic, flags & 0x200000 != 0 AS innocuous
  FROM pragma_function_list WHERE name IN ('countries', 'country_name') ORDER BY name, narg;
