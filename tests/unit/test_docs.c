/*
** The page parsers against the two sample pages in seeds/: every field of
** the KIET record and of the ten KoreaScience records, as read by a person.
** The abstracts are the seed lines themselves (bullet and trailing spaces
** removed; the KIET paragraphs joined by one blank line).
*/
#include "docs_check.h"

static const char kiet_abstract[] =
    "Industrial clusters have contributed to the economic performance of national and regional development "
    "in the process of rapid economic growth of Korea. However, recent changes in the environment at home "
    "and abroad are expected to have effects on the formation and development of industrial clusters. It is "
    "necessary to consider these changes on how to design and implement relevant policies to guide and support "
    "the development of the cluster.\n\nUnder this background, the aim of this study is to analyze the development "
    "factors of the cluster and suggest policy directions. Through the analysis of the recent trend of clusters, "
    "economic performance of clusters have created, and developmental factors, we suggested the policy direction "
    "toward which clusters can adapt to environmental\u00a0changes.\n\nFirst, Cluster policies need to reflect the "
    "characterics each clust rather than formal and uniform policy program implementation. The cluster policy "
    "should have a direction to dynamically explore the development process of clusters in order to overcome "
    "the crisis situation faced with rapid technological change and to seek route rediscovery and further "
    "expanded regional development strategy.\n\nSecond, local industrial clusters in Korea have a high economic "
    "status, but they have reached a mature stage. The effect of agglomeration exists, but gradually being "
    "reduced. Efforts to secure diversity of industrial structure in the cluster are needed.\n\nThird, the analysis "
    "based on the industrial point of view suggests that the effect of agglomeration is weakened due to deterioration "
    "of overall capacity of industries in clusters, deepening of competition among regions and degradation "
    "of connectivity with service sectors.\n\nFourth, from the viewpoint of knowledge, we found that the accumulation "
    "of various new knowledge in the cluster contributes to the performance of the cluster, and that the role "
    "of the knowledge network to be formed inside and outside the cluster plays an important role on the evolution "
    "of clusters.\n\nIn order to respond to the needs for technological and structural change in cluster, we "
    "proposed the police directions for the industrial innovation clusters in which innovation can be promoted. "
    "The main focus of policy design this is to consider the life cycle of clusters and maintain a dynamic "
    "perspective, not a uniform policy from a static perspective. In addition, the creation of new industries "
    "and the discovery of new paths require the design of integrated policies. From an industry perspective, "
    "the improvement of industrial capabilities should be considered. It is necessary to ensure the continuity "
    "of industrial development of the region where clusters are located, and to select the industry that comprehensively "
    "reflects the capabilities of the industries and regions. In particular, the improvement of industrial "
    "and spatial scope is required, and the linkages between the core industry and other industries should "
    "be strengthened. From a knowledge perspective, the activation of the knowledge network should be sought. "
    "It is necessary to secure the network size through the cultivation of the innovation manpower, and expand "
    "the range of knowledge diffusion through participation and linkage of various types. The critical size "
    "of the network should be secured through the development of new talent in the region. Participation and "
    "linkage of various types of innovate agents such as universities and research institutes as well as local "
    "firms would help to enhance the effect of knowledge diffusion. The formation and utilization of the network "
    "hubs would contribute to intensify the network connectivity. Finally, knowledge heterogeneity must be "
    "secured through the gradual expansion of relations with other regions.";

static const char *const ks_abstract[10] = {
  "국가혁신체계로서 클러스터의 중요성과 더불어, 향후의 방향에 대해 논하고자 한다. 본 연구의 목적은 클러스터의 지역, 산업, 정책적인 특성을 파악하여서 미래의 발전방향을 파악해보기 위한 "
    "것이다. 일반적으로 클러스터는 지역적으로, 산업적으로 확산되는 가운데, 정책적 지원을 통한 성장을 기대하고 있다. 지역, 산업, 정책 클러스터로 구분하여 살펴본 결과, 지역 및 산업 "
    "간의 연결과 정책적 촉진(facilitate)은 불가피한 것으로 나타났다. 다만 정책은 클러스터의 진화에 필요한 합리적이고 객관적인 기준설정에 의해 실행되어야 하고, 궁극적으로 시장의 "
    "자율적 역할이 극대화되는 방향으로 전개되어야 할 필요성이 존재하고 있다. 따라서 클러스터 진화과정에서 시장의 자율 즉 새로운 비즈니스에 대한 시장의 엄격한 평가가 진행될 수 있도록 "
    "진화시키는 것이 중요하다고 하겠다.",
  "During the last two decades, industrial cluster policies for promoting regional economic growth and industrial "
    "development have been flourishing all over the world. Even though cluster policies have partly contributed "
    "to regional industrial growth and innovation capabilities, they have long been blamed for regional industrial "
    "lock-ins and declining regional industrial resilience because of applying homeogenous cluster policies "
    "and regional specialized strategic industrial promotion policies for various localities, which are based "
    "on so-called 'selection and concentration' principle. This paper suggests postcluster policy focused "
    "on placed-based smart specialization and regional business platform strategies.",
  "The state of Baden-Württemberg has one of the strongest regional economies in Germany and is known as "
    "one of the most innovative regions in both Germany and Europe. Clusters have played a central role in "
    "innovation strategies. The article analyzes the current cluster policy in Baden-Württemberg. The Baden-Württemberg "
    "cluster policy has systematically supported the development of clusters, cluster initiatives, and state-wide "
    "networks. It has also provided increasing support to regions in developing and implementing innovation "
    "and networking activities. The cluster policy has specifically focused on promoting collaborations across "
    "different industries and technologies, as well as implementing measures for internationalization. The "
    "goal of the Baden-Württemberg state cluster policy was to professionalize cluster management and improve "
    "its quality. The cluster policy in Baden-Württemberg has adopted a bottom-up approach and utilized various "
    "measures and instruments to promote dialogue. The cluster policy in Baden-Württemberg has established "
    "a dedicated cluster agency responsible for developing strategies and implementing individual measures.",
  "Since the 1990s, clusters defined as a geographic concentration of interconnected companies, research "
    "and educational institutions, technology transfer agencies, and other public or semi-public institutions "
    "in a particular field have not only been subject to academic research, but have also become goals for "
    "various innovation and regional policies. Over the past 20 years Germany at both the Federal and $L{\\ddot{a}}nder$ "
    "levels has been pursuing various cluster promotion policies and initiatives for upgrading industries' "
    "competitiveness and innovations, and some of these measures have been evaluated as successful. This study "
    "aims to examine the industrial cluster promotion policy of Germany. For this purpose, the study first "
    "outlines the concept of cluster and cluster policy theoretically, and then explores the formation and "
    "historical development of cluster polices of the German federal government.",
  "The industrial cluster policy of 21st century rise to the focus method of regional economic promotion, "
    "therefore, the importance of study in cluster identification and mapping as policy task will bring into "
    "relief. This paper will confirms the estimate index and policy of industrial clusters with regional industry. "
    "The result in this case study, Cluster development should embrace the pursuit of competitive advantage "
    "and specialization rather than simply imitate successful clusters in other locations. This requires building "
    "on local sources of uniqueness. Government should reinforce and building on existing and emerging clusters "
    "rather than attempt to create entirely new ones. This sort of role for government is very different from "
    "industrial policy. The aim of cluster policy is to reinforce the development of all clusters. Not all "
    "clusters will succeed, but market forces should determine the outcomes. In other words, government should "
    "build on market- oriented system and innovative infra. The result of this study is meaning to the development "
    "of objectivity estimate index and derivation of cluster-focused policy with a case study of industrial "
    "clusters.",
  "This study aims to evaluate the industrial cluster policy implemented in Korea during the last decade "
    "or so, examine whether it can still be a valid policy measure in the creative economy regime, and propose "
    "policy directions for the future. It is evaluated that the cluster policy has contributed to increasing "
    "productivity by improving networks between companies, universities and research centers and thus strengthening "
    "innovation infrastructure. The policy, however, by its characteristics of government-domination, failed "
    "to develop open-ended and flexible spontaneous clusters. Industrial clusters have the capability to contribute "
    "to the virtuous circle of creative economy by enhancing creativity and innovativeness, and subsequently "
    "by increasing value-added. In order to maximize these positive effects, a few suggestions are made, including "
    "being faithful to the very nature of clusters, e.g. geographical proximity and connectedness, intending "
    "clusters with creativity well maintained, orienting toward multi-scalar clusters with a mixture of local "
    "and global perspectives, and matching regional and industrial policies with regards to clusters.",
  "본 연구의 목적은 우리나라보다 앞서 실시하고 있는 일본의 산업 클러스터 계획 프로젝트의 거시적인 현황과 가장 성공적이라고 하는 TAMA클러스터의 사례를 분석하여 향후 우리나라 클러스터 "
    "정책 시행에 필요한 시사점을 얻는데 있다. 특히 TAMA클러스터의 성공은 이를 직접 관리하고 있는 민간차원의 중개조직인 TAMA산업활성화협회의 운영전략을 집중적으로 분석하여 봄으로써 "
    "도입 가능성에 대한 진단과 정책적 제안을 하고자 한다. 첫째, 일본의 19개 지역별 산업 클러스터 계획의 공통점은 어느 것도 도도부현의 영역을 초월한 광역적인 클러스터를 형성하고 있다. "
    "광역단위의 집적은 상대적으로 클러스터 계획에 대한 중요성과 실행주체를 망각하기 쉬워 실패할 가능성이 비교적 높을 수 있다 이러한 점을 극복하기 위한 대안으로 산학연의 3주체 간 연계를 "
    "주로 담당하는 민간중심의 중개조직을 두어 운영하고 있다. 둘째, 클러스터 정책기간은 시작에서 자립까지 20년을 상정하고, 제1기 5년간은 산업 클러스터 네트워크 구축기, 제2기 5년은 "
    "산업 클러스터 성장기 그리고 마지막 제3기 10년은 산업 클러스터의 자율적 발전기로서 책정되어 수행하는 것이 바람직하다고 보고 있다. 셋째, 개별적인 산업 클러스터의 비전, 목표, "
    "중장기 전략의 올바른 수립이 필요한데 백화점식이 아닌 대상산업 및 대상 주체에 대한 선택과 집중의 전략성이 엿보인다. 넷째, 정책 대상의 범위는 연구개발에서 판매에 이르기까지 전 비즈니스 "
    "프로세스를 대상으로 하고 있으며 클러스터 관련 정책수행 주체들의 정책조율, 중복 투자의 회피 그리고 효과적인 정책을 시행하기 위하여 수평적인 연락망과 협의체를 구성하고 있다. 다섯째, "
    "TAMA협회는 전통적인 동종 산업중심의 협회 기능과는 달리 제품개발형 중소$\\cdot$중견기업을 대상으로 신기술개발과 신사업 전개를 위한 전략적 지원을 하고 있다. 비교적 개별적인 "
    "기술개발 능력은 물론 독자적인 마케팅 능력을 갖고 있어 일반적인 보호 대상자로서의 중소기업과는 차원이 다르며 기존의 하청관계라는 수직적 의존적인 존재가 아니라 세계적으로 니치 시장에서 "
    "경쟁력을 가지고 있는 대기업과 대등한 입장의 우량기업이라는 것이 특징이다. 여섯째, 지금까지는 기업을 지원하는 각 기관들이 각각 독자적으로 운영하여 경영자원의 분산과 이용으로 수혜자인 "
    "중견$\\cdot$중소기업의 입장은 물론 지방자치단체 및 중앙정부의 차원에서 분석하여 볼 경우 경영자원의 Critical Mass를 확보하기 어려웠다. TAMA협회는 네트워크 조직으로서 "
    "주로 소프트적인 지원을 통하여 원활하게 수행하고 있음. 정보와 네트워크만을 가지고 조직간 관계를 중개하는 가벼운 네트워크 조직으로서 운영하는 방법은 한국의 경우에도 적용이 가능하며 "
    "매우 유용하다고 생각된다.",
  "Regional innovation and cluster policies are the new agenda of regional policy, an agenda that began "
    "to spread over recent years throughout different countries and regions. In this context, our main question "
    "arises: how are we going to evaluate regional innovation and cluster policies? What models and methods "
    "are we going to use? Since 1990, regional and national governments have put more emphasis on evaluation "
    "as a tool directed to produce knowledge to design better policies. The objective of this article is to "
    "summarise the main challenges arising from the evaluation of regional innovation and cluster policies "
    "and make some methodological proposals that can contribute to produce better evaluations. In the first "
    "section, there is a brief presentation of regional innovation and cluster policies, followed by a more "
    "detailed analysis, in the second section, of their principal characteristics and of the main challenges "
    "posed by their evaluation. In the third section, some evaluation proposals that can help to improve current "
    "evaluation practice are presented. The paper concludes with a short number of general recommendations "
    "that we should bear in mind when designing an evaluation of regional innovation and cluster policies.",
  "The research goal of this paper is to find the cluster policies for the federal and provincial governments "
    "through German Cluster Politics. This paper consists of five chapters. In the first chapter the theoretical "
    "background for the Cluster is examined. The next chapter details the research method for the federal "
    "and state German Cluster Policy study. The results of this paper show that the federal and state German "
    "Governments may co-operate or compete in cluster politics. Additionally, this research falls under EU "
    "Political Research under the umbrella of the EU. This cluster policy research also provides implications "
    "for the Korean Government in the long term.",
  "The cultural cluster in Chuncheon was initiated in the late 1990s with the combination of diverse components, "
    "which were companies, a local government entity, educational institutions, and human resources. In order "
    "to hold ability of standing on its own way in a hard time when the local cultural industries could not "
    "had developed by themselves, it urgently required the encouragement policy in the name of industry development. "
    "GIMC (Gangwon Information & Multimedia Corporation) was established in this situation, and policy strategies "
    "for promoting the cultural cluster was decided on the basis of GIMC's strategies. This article analyzes "
    "the evolution process of the local cluster and suggests characteristics of its every stage--initiation, "
    "development, and decline--on the basis of cluster competition concept because of the problem to deal "
    "with the evolution process of cluster from the existing viewpoint. This article finds out that Chuncheon "
    "cluster embarked on cultural cluster strategies without concerning basic elements which had to be prepared "
    "from the initial stage. This problem worked as the serious obstacle hampering development of Chunchen "
    "cluster. This problem was the matter of policies in providing a direction of industry development as "
    "well as leading a local cultural cluster and led to a result of weakening the connection among cluster "
    "components. As a result, this article shows that the current status of Chuncheon cultural cluster is "
    "being entered the decline stage, and, therefore, suggests that the advanced policy to promote cluster "
    "for a next round is urgently needed. Stable closing the first round of cultural cluster policies and "
    "thorough preparation for the second round is the only practical solution to minimize side effects of "
    "cluster decline. It is the prerequisite to restore trust and, at the same time, reinforce relationship "
    "between members who consist of Chuncheon cultural cluster.",
};

#define EGSK "Journal of the Economic Geographical Society of Korea"

static void test_kiet_seed(void){
  parsed_file f = parse_file("seeds/000_aa1e9265ac47af7f.txt");
  if( !f.ok ) return;
  const lit_document *d = &f.doc;
  CHECK_INT(d->format, LIT_FORMAT_KIET);
  CHECK_STR(lit_format_name(d->format), "kiet_page");
  CHECK_STR(d->series, "Research Reports");
  CHECK_STR(d->query, NULL);
  CHECK_INT(d->result_count, -1);
  CHECK_STR(d->error, NULL);
  static const exp_record want[] = {{ .type = "report",
    .title = "Development Factors and the Policy for Activating Industrial Innovation Clusters in Regions",
    .title_foreign = "Development Factors and the Policy for Activating Industrial Innovation Clusters in Regions",
    .authors = "Byeon, Changuk et al.",
    .n_author = 1, .author = {{ "Byeon, Changuk", "Byeon", "Changuk", 1 }},
    .journal = "Research Reports", .year = "2018", .date = "2018-12-14",
    .abstract = kiet_abstract, .language = "en",
  }};
  check_records("seed 000", d, want, 1);
  parsed_file_free(&f);
}

static void test_koreascience_seed(void){
  parsed_file f = parse_file("seeds/003_0d10feb63e2a0cac.txt");
  if( !f.ok ) return;
  const lit_document *d = &f.doc;
  CHECK_INT(d->format, LIT_FORMAT_KOREASCIENCE);
  CHECK_STR(lit_format_name(d->format), "koreascience_search");
  CHECK_STR(d->series, NULL);
  CHECK_STR(d->query, "클러스터정책");
  CHECK_INT(d->result_count, 352);
  CHECK_STR(d->error, NULL);
  static const exp_record want[10] = {
    { .type = "article-journal", .title = "지역, 산업, 정책 클러스터의 생성배경과 특성",
      .title_ko = "지역, 산업, 정책 클러스터의 생성배경과 특성",
      .authors = "Park, Jae-Su", .n_author = 1, .author = {{ "Park, Jae-Su", "Park", "Jae-Su", 0 }},
      .journal = "Journal of Scientific & Technological Knowledge Infrastructure",
      .series_no = "s.20", .page_first = "52", .page_last = "59", .year = "2005",
      .language = "ko", .has_pdf = 1 },
    { .type = "article-journal", .title = "The End of 'Selection and Concentration': Towards a New Post-Cluster Regional Industrial Policies "
               "('선택과 집중'의 종언: 포스트클러스터 지역산업정책의 논거와 방향)",
      .title_ko = "'선택과 집중'의 종언: 포스트클러스터 지역산업정책의 논거와 방향",
      .title_foreign = "The End of 'Selection and Concentration': Towards a New Post-Cluster Regional Industrial Policies",
      .authors = "Nahm, Kee-Bom", .n_author = 1, .author = {{ "Nahm, Kee-Bom", "Nahm", "Kee-Bom", 0 }},
      .journal = EGSK, .volume = "19", .issue = "4", .page_first = "764", .page_last = "781", .year = "2016",
      .language = "en" },
    { .type = "article-journal", .title = "Regional Innovation Clusters Policy in Germany: Focusing on the State Baden-Württemberg "
               "(독일의 지역 혁신클러스터 정책: 바덴-뷔르템베르크주를 중심으로)",
      .title_ko = "독일의 지역 혁신클러스터 정책: 바덴-뷔르템베르크주를 중심으로",
      .title_foreign = "Regional Innovation Clusters Policy in Germany: Focusing on the State Baden-Württemberg",
      .authors = "Young-Jin Ahn;Ji-Yeung Gu", .n_author = 2,
      .author = {{ "Young-Jin Ahn", "Ahn", "Young-Jin", 0 }, { "Ji-Yeung Gu", "Gu", "Ji-Yeung", 0 }},
      .journal = EGSK, .volume = "26", .issue = "4", .page_first = "391", .page_last = "407", .year = "2023",
      .language = "en" },
    { .type = "article-journal", .title = "Clusterförderung und -politik in Deutschland (독일의 지역산업 클러스터정책)",
      .title_ko = "독일의 지역산업 클러스터정책",
      .title_foreign = "Clusterförderung und -politik in Deutschland",
      .authors = "Ahn, Young-Jin", .n_author = 1, .author = {{ "Ahn, Young-Jin", "Ahn", "Young-Jin", 0 }},
      .journal = EGSK, .volume = "21", .issue = "4", .page_first = "425", .page_last = "437", .year = "2018",
      .language = "en" },
    { .type = "article-journal", .title = "A Case Study of Regional Industry Clusters : Clusters Estimate Index and Policy "
               "(지역산업클러스터 사례연구 : 클러스터 평가지표와 정책과제)",
      .title_ko = "지역산업클러스터 사례연구 : 클러스터 평가지표와 정책과제",
      .title_foreign = "A Case Study of Regional Industry Clusters : Clusters Estimate Index and Policy",
      .authors = "Won, Gu-Hyun", .n_author = 1, .author = {{ "Won, Gu-Hyun", "Won", "Gu-Hyun", 0 }},
      .journal = "Korean Business Review", .volume = "18", .issue = "2", .page_first = "197", .page_last = "223",
      .year = "2005", .language = "en", .has_pdf = 1 },
    { .type = "article-journal", .title = "Industrial Cluster: Still a Valid Policy Tool for the Creative Economy in Korea? "
               "(산업클러스터, 창조경제를 위한 정책수단으로의 가능성)",
      .title_ko = "산업클러스터, 창조경제를 위한 정책수단으로의 가능성",
      .title_foreign = "Industrial Cluster: Still a Valid Policy Tool for the Creative Economy in Korea?",
      .authors = "Choo, Sungjae", .n_author = 1, .author = {{ "Choo, Sungjae", "Choo", "Sungjae", 0 }},
      .journal = EGSK, .volume = "16", .issue = "4", .page_first = "551", .page_last = "566", .year = "2013",
      .language = "en", .has_pdf = 1 },
    { .type = "paper-conference", .title = "일본의 '산업 클러스터 계획 프로젝트' 의 성공요인과 시사점 - TAMA 클러스터의 사례를 중심으로 -",
      .title_ko = "일본의 '산업 클러스터 계획 프로젝트' 의 성공요인과 시사점 - TAMA 클러스터의 사례를 중심으로 -",
      .authors = "류태수", .n_author = 1, .author = {{ "류태수", "류", "태수", 0 }},
      .journal = "Proceedings of the Technology Innovation Conference", .issue = "2005.08a",
      .page_first = "141", .page_last = "167", .year = "2005", .language = "ko", .has_pdf = 1 },
    { .type = "article-journal", .title = "The Evaluation of Regional Innovation and Cluster Policies : Theory and Methods "
               "(지역혁신과 클러스터 정책의 평가: 이론과 방법)",
      .title_ko = "지역혁신과 클러스터 정책의 평가: 이론과 방법",
      .title_foreign = "The Evaluation of Regional Innovation and Cluster Policies : Theory and Methods",
      .authors = "Diez, Maria Angeles", .n_author = 1, .author = {{ "Diez, Maria Angeles", "Diez", "Maria Angeles", 0 }},
      .journal = "Journal of the Korean Academic Society of Industrial Cluster", .volume = "1", .issue = "1",
      .page_first = "1", .page_last = "15", .year = "2007", .language = "en", .has_pdf = 1 },
    { .type = "article-journal", .title = "Research on German Government Cluster Politics: A Focus on inter-linked Policies of the Federal "
               "and Provincial Governments (독일정부의 클러스터정책에 관한 연구 -연방정부와 주정부간 연계정책을 중심으로-)",
      .title_ko = "독일정부의 클러스터정책에 관한 연구 -연방정부와 주정부간 연계정책을 중심으로-",
      .title_foreign = "Research on German Government Cluster Politics: A Focus on inter-linked Policies of the Federal "
                       "and Provincial Governments",
      .authors = "Kim, Jin-Suk", .n_author = 1, .author = {{ "Kim, Jin-Suk", "Kim", "Jin-Suk", 0 }},
      .journal = "Journal of the Korea Academia-Industrial cooperation Society", .volume = "16", .issue = "12",
      .page_first = "8550", .page_last = "8555", .year = "2015", .language = "en" },
    { .type = "article-journal", .title = "Evolutionary & Revival of ChunCheon Cultural Cluster (춘천 문화산업 클러스터의 진화와 회생)",
      .title_ko = "춘천 문화산업 클러스터의 진화와 회생",
      .title_foreign = "Evolutionary & Revival of ChunCheon Cultural Cluster",
      .authors = "Seo, Jeong-Soo;Kwon, Jae-Woong", .n_author = 2,
      .author = {{ "Seo, Jeong-Soo", "Seo", "Jeong-Soo", 0 }, { "Kwon, Jae-Woong", "Kwon", "Jae-Woong", 0 }},
      .journal = "Cartoon and Animation Studies", .series_no = "s.25", .page_first = "155", .page_last = "175",
      .year = "2011", .language = "en" },
  };
  exp_record e[10];
  for( int i = 0; i < 10; i++ ){ e[i] = want[i]; e[i].abstract = ks_abstract[i]; }
  check_records("seed 003", d, e, 10);
  parsed_file_free(&f);
}

int main(void){
  test_kiet_seed();
  test_koreascience_seed();
  return CHECK_DONE();
}
