from common import C, spans, write
L = "ko"

def naver_news():
    c = C()
    t = c.h("전통시장 온누리상품권 환급 행사, 이달 말까지 연장")
    ps = ["정부가 전통시장에서 국산 농축수산물을 구매하면 온누리상품권으로 돌려주는 환급 행사를 이달 말까지 연장한다고 밝혔다.",
          "행사 기간 동안 참여 시장에서 3만4천 원 이상 구매한 소비자는 1만 원, 6만7천 원 이상 구매하면 2만 원의 상품권을 받을 수 있다. 1인당 최대 환급액은 2만 원이다.",
          "담당 부처는 지난달 행사에 약 12만 명이 참여해 시장 매출이 평소보다 20% 가까이 늘었다며, 상인과 소비자 모두 만족도가 높아 기간을 늘리기로 했다고 설명했다.",
          "환급을 받으려면 구매 영수증과 신분증을 지참하고 시장 내 환급 부스를 방문하면 된다. 참여 시장 목록은 부처 누리집에서 확인할 수 있다."]
    parts = []
    for i, x in enumerate(ps):
        parts.append(c.p(x))
        if i == 0:
            parts.append('<span class="end_photo_org"><img src="https://imgnews.example.kr/image/001/2025/05/02/photo.jpg" alt=""><em class="img_desc">지난 1일 서울의 한 전통시장에서 시민들이 장을 보고 있다. 연합뉴스</em></span>')
    body = "<br><br>".join(parts)
    html = f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>전통시장 온누리상품권 환급 행사, 이달 말까지 연장 : 네이브 뉴스</title>
<meta property="og:title" content="전통시장 온누리상품권 환급 행사, 이달 말까지 연장"><meta property="og:article:author" content="한빛일보 | 네이브">
<script>var g_ssc = "news.read"; var officeId = "0099"; var articleId = "0001234567";</script></head><body>
<div id="u_skip"><a href="#ct">본문 바로가기</a></div>
<header class="Nlnb"><a class="Nlnb_logo">NAVE 뉴스</a><ul class="Nlnb_menu"><li>언론사별</li><li>정치</li><li>경제</li><li>사회</li><li>생활/문화</li><li>IT/과학</li><li>세계</li><li>랭킹</li><li>신문보기</li><li>오피니언</li></ul></header>
<div id="ct" class="newsct"><div class="media_end_head go_trans"><div class="media_end_head_top"><a class="media_end_head_top_logo"><img alt="한빛일보"></a></div>
<div class="media_end_head_title"><h2 id="title_area" class="media_end_head_headline"><span>{t}</span></h2></div>
<div class="media_end_head_info"><div class="media_end_head_journalist"><a><em class="media_end_head_journalist_name">김서연 기자</em></a></div><div class="media_end_head_info_datestamp"><span class="media_end_head_info_datestamp_time _ARTICLE_DATE_TIME" data-date-time="2025-05-02 09:41:12">2025.05.02. 오전 9:41</span></div>
<div class="media_end_head_info_variety"><a>댓글 15</a><button>요약봇</button><button>공감</button><button>본문 듣기</button><button>글자 크기 변경</button><button>공유하기</button></div></div></div>
<div id="contents" class="newsct_body"><div id="newsct_article" class="newsct_article _article_body"><article id="dic_area" class="go_trans _article_content">
{body}<br><br>김서연 기자 syk@example.co.kr
</article></div>
<div class="byline"><p class="byline_p"><span class="byline_s">김서연 기자(syk@example.co.kr)</span></p></div>
<div class="copyright"><p class="c_text">Copyright ⓒ 한빛일보. All rights reserved. 무단 전재 및 재배포 금지.</p></div>
<p class="source"><a>기사 섹션 분류 안내</a></p>
<div class="_reactionModule"><a>쏠쏠정보 0</a><a>흥미진진 0</a><a>공감백배 0</a><a>분석탁월 0</a><a>후속강추 0</a></div></div>
<div class="media_end_linked"><h4>이 기사를 추천한 기자</h4><h4>한빛일보 주요뉴스</h4><ul><li>여름철 전력 수요 역대 최대 전망</li><li>청년 월세 지원 신청 시작</li></ul></div>
<div class="u_cbox"><h5>댓글</h5><ul><li><span class="u_cbox_nick">soo****</span><span class="u_cbox_contents">좋은 정책이네요 연장 감사합니다</span></li></ul></div></div>
<footer><a>네이브 정책 및 약관</a> <a>회사소개</a> <a>광고</a> <a>고객센터</a> ⓒ NAVE Corp.</footer></body></html>"""
    write(L, "naver_news_onnuri", html, c)

def daum_news():
    c = C()
    t = c.h("\"전기차 배터리, 고속충전만 하면 수명 줄어\"…연구팀 실험 결과 공개")
    ps = ["전기차를 급속충전기로만 충전하면 완속충전 위주로 쓸 때보다 배터리 용량이 더 빨리 줄어든다는 실험 결과가 나왔다.",
          "국내 한 대학 연구팀은 같은 종류의 배터리 셀 40개를 두 그룹으로 나눠 2년 동안 충·방전을 반복하는 시험을 진행했다. 그 결과 급속충전만 한 그룹은 초기 대비 용량이 평균 12% 감소했고, 완속충전 그룹은 7% 감소에 그쳤다.",
          "연구팀은 급속충전 때 발생하는 열이 전극 소재의 열화를 앞당기는 주요 원인이라고 분석했다. 특히 한여름 외부 온도가 높을 때 충전을 반복하면 차이가 더 커졌다.",
          "다만 연구팀은 \"일상 주행에서 가끔 급속충전을 하는 정도는 크게 걱정할 필요가 없다\"며 \"배터리 잔량을 20~80% 사이로 유지하는 습관이 수명 관리에 더 중요하다\"고 조언했다."]
    parts = []
    for i, x in enumerate(ps):
        parts.append(f'<p dmcf-ptype="general">{c.p(x)}</p>')
        if i == 1:
            parts.append('<div class="ad_body" data-ad="inarticle"><span class="txt_ad">광고</span><iframe src="https://ad.example.kr/inline?u=1" width="100%" height="250" frameborder="0"></iframe></div>')
    parts.append('<p dmcf-ptype="general">박준형 기자 jhpark@example.kr</p>')
    html = f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>"전기차 배터리, 고속충전만 하면 수명 줄어"…연구팀 실험 결과 공개 | 다음 뉴스</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"전기차 배터리, 고속충전만 하면 수명 줄어","author":[{{"@type":"Person","name":"박준형"}}]}}</script></head><body>
<div id="kakaoHead"><a>다움</a><a>뉴스</a><ul class="gnb_comm"><li>홈</li><li>사회</li><li>정치</li><li>경제</li><li>국제</li><li>문화</li><li>IT</li><li>랭킹</li><li>연재</li></ul></div>
<div id="kakaoContent" class="cont_view"><div class="main-content"><div class="head_view"><em class="info_cp"><img alt="미래경제"></em><h3 class="tit_view" data-translation="true">{t}</h3>
<span class="info_view"><span class="txt_info">박준형 기자</span><span class="txt_info">입력 <span class="num_date">2025. 4. 28. 14:05</span></span></span><div class="util_view"><button>음성으로 듣기</button><button>번역 설정</button><button>글씨크기 조절하기</button><button>SNS 보내기</button></div></div>
<div class="news_view fs_type1"><div class="article_view" data-translation-body="true"><section dmcf-sid="xyz">
<figure class="figure_frm origin_fig" dmcf-ptype="figure"><p class="link_figure"><img class="thumb_g_article" data-org-src="https://img.example.kr/news/ev.jpg" src="https://img.example.kr/thumb/ev.jpg"></p><figcaption class="txt_caption default_figure">전기차 급속충전소 모습. [사진=미래경제 DB]</figcaption></figure>
{chr(10).join(parts)}
</section></div><p class="txt_copyright">저작권자 ⓒ 미래경제 무단전재 및 재배포 금지</p></div>
<div class="foot_view"><div class="emotion_wrap"><button>추천해요 32</button><button>좋아요 11</button><button>감동이에요 0</button></div></div>
<div class="box_g box_news_relation"><h4>관련 기사</h4><ul><li>전기차 보조금 개편안 발표</li><li>충전 인프라 확충 속도</li></ul></div>
<div class="alex-area"><h4>댓글 48</h4><ul><li>급속만 쓰는데 걱정이네요</li></ul></div></div>
<aside><h4>많이 본 뉴스</h4><ol><li>봄철 황사 대비 요령</li><li>금리 동결 전망</li></ol></aside></div>
<footer>서비스 약관 | 개인정보처리방침 | 다움뉴스 제휴 ⓒ AXZ Corp.</footer></body></html>"""
    write(L, "daum_news_ev_battery", html, c)

def naver_blog():
    c = C()
    t = c.h("제주 동쪽 오름 추천 | 다랑쉬오름 일출 산행 후기")
    paras = ["안녕하세요 여행하는 하루입니다 :)", "이번 제주 여행에서 가장 기억에 남는 건 다랑쉬오름 일출이었어요.", "새벽 다섯 시에 숙소에서 출발해서 주차장에 도착하니 아직 깜깜했어요. 헤드랜턴을 켜고 계단길을 따라 올라갔는데, 경사가 꽤 가팔라서 중간에 두세 번은 쉬었던 것 같아요.",
             "정상까지는 천천히 걸어서 30분 정도 걸렸어요. 분화구 둘레를 따라 한 바퀴 돌 수 있게 길이 나 있는데, 동쪽을 바라보면 성산일출봉과 우도가 한눈에 들어와요.",
             "해가 올라오는 순간 오름 능선이 주황빛으로 물드는데 정말 말로 표현이 안 되더라고요.", "내려와서는 근처 종달리 카페에서 따뜻한 라떼 한 잔으로 마무리했답니다.", "새벽 산행이라 바람이 생각보다 차니까 꼭 겉옷 챙기세요!"]
    comps = []
    for i, x in enumerate(paras):
        comps.append(f'<div class="se-component se-text se-l-default"><div class="se-component-content"><div class="se-section se-section-text se-l-default"><div class="se-module se-module-text"><p class="se-text-paragraph se-text-paragraph-align-center" style=""><span style="" class="se-fs- se-ff-nanumgothic __se-node">{c.p(x)}</span></p></div></div></div></div>')
        if i in (2, 4):
            comps.append(f'<div class="se-component se-image se-l-default"><div class="se-component-content"><div class="se-section se-section-image"><div class="se-module se-module-image"><a class="se-module-image-link __se_image_link __se_link" data-linktype="img"><img src="https://postfiles.example.net/MjAy/img{i}.jpg?type=w80_blur" data-lazy-src="https://postfiles.example.net/MjAy/img{i}.jpg?type=w966" class="se-image-resource egjs-visible"></a></div></div></div></div>')
        if i == 4:
            comps.append('<div class="se-component se-placesMap"><div class="se-module se-module-map-text"><strong class="se-map-title">다랑쉬오름</strong><p class="se-map-address">제주특별자치도 제주시 구좌읍 세화리</p></div></div>')
    html = f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>제주 동쪽 오름 추천 | 다랑쉬오름 일출 산행 후기 : 네이브 블로그</title>
<script>var blogId = 'haru_trip'; var logNo = '223456789012'; var isMobile = false;</script></head>
<body><div id="whole-border"><div id="blog-menu"><a>네이브</a><a>블로그</a><a>이웃블로그</a><a>블로그 홈</a><a>내 소식</a><a>로그인</a></div>
<div id="post-area"><div class="se-viewer se-theme-default" lang="ko-KR"><div class="se-component se-documentTitle se-l-default"><div class="se-component-content"><div class="se-title-text"><div class="pcol1"><span class="se-fs- se-ff-">{t}</span></div></div>
<div class="blog2_container"><span class="nick"><a>여행하는 하루</a></span><span class="se_publishDate pcol2">2025. 3. 9. 20:14</span><a class="btn_follow">이웃추가</a></div></div></div>
<div class="se-main-container">
{chr(10).join(comps)}
</div></div>
<div class="post_footer_contents"><div class="wrap_tag"><a>#제주여행</a><a>#다랑쉬오름</a><a>#오름추천</a></div><div class="btn_like">공감 62</div><div class="btn_comment">댓글 14</div><a>공유하기</a><a>신고하기</a></div>
<div class="area_comment"><ul><li><span>산책러</span><p>사진 너무 예뻐요!</p></li></ul></div>
<div class="post_list"><h4>'제주' 카테고리의 다른 글</h4><ul><li>우도 자전거 일주</li><li>제주 동쪽 카페 베스트</li></ul></div></div></div></body></html>"""
    write(L, "naver_blog_oreum", html, c)

def kin():
    c = C()
    t = c.h("고양이가 밤마다 울어요 이유가 뭘까요?")
    q = ["2살 된 고양이를 키우고 있는데 최근 일주일째 새벽 3~4시만 되면 방문 앞에서 계속 울어요.", "밥이랑 물은 충분히 주고 있고 건강검진도 지난달에 받았는데 이상은 없었어요. 어떻게 해야 할까요?"]
    a1 = ["고양이는 원래 새벽과 해 질 녘에 활동량이 많은 동물이에요. 낮에 에너지를 충분히 쓰지 못하면 밤에 놀아 달라고 우는 경우가 많습니다.", "자기 전에 낚싯대 장난감으로 15분 정도 격하게 놀아 주고, 놀이가 끝나면 바로 간식이나 밥을 주세요. 사냥하고 먹고 자는 흐름을 만들어 주면 밤에 푹 자는 경우가 많아요.", "그리고 울 때 반응해 주면 울면 관심을 받는다고 학습하니까 최대한 무시하는 것이 좋습니다."]
    a2 = ["중성화를 안 했다면 발정 때문일 수도 있어요. 병원에 한번 상담해 보세요."]
    qh = "<br>".join(c.p(x) for x in q)
    a1h = "".join(f"<p>{c.p(x)}</p>" for x in a1)
    a2h = "".join(f"<p>{c.p(x)}</p>" for x in a2)
    html = f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>고양이가 밤마다 울어요 이유가 뭘까요? : 지식iN</title></head><body>
<div id="header"><a>NAVE</a><a>지식iN</a><ul><li>Q&amp;A</li><li>오픈사전</li><li>전문가</li><li>지식iN 파트너</li></ul><a>질문하기</a><a>로그인</a></div>
<div id="content"><div class="c-heading _questionContentsArea"><div class="c-heading__title"><div class="c-heading__title-inner"><div class="title">{t}</div></div></div>
<div class="c-heading__content">{qh}</div><div class="c-userinfo"><span>비공개</span><span class="c-userinfo__info">작성일 2025.03.21</span><span>조회수 1,532</span></div><div class="c-heading__tag"><a>#고양이</a><a>#야옹</a></div></div>
<div class="adContainer"><span>광고</span><a>반려동물 보험 비교하고 할인 받기</a></div>
<div class="answer-content__list"><div class="answer-content__item _contentWrap"><div class="c-heading-answer"><div class="c-heading-answer__title"><span class="badge">질문자 채택</span><a class="name">냥이아빠</a><span>수의사</span></div></div>
<div class="c-heading-answer__body"><div class="se-main-container">{a1h}</div></div><div class="c-heading-answer__content-date">2025.03.21.</div><div class="_answerRecommend">추천 24</div></div>
<div class="answer-content__item _contentWrap"><div class="c-heading-answer"><a class="name">꽁치맘</a><span>고양이 분야 지식인</span></div><div class="c-heading-answer__body"><div class="_endContentsText c-heading-answer__content-user">{a2h}</div></div><div class="c-heading-answer__content-date">2025.03.22.</div></div></div>
<div class="related"><h4>관련 질문</h4><ul><li>고양이 새벽에 뛰어다녀요</li><li>고양이 우다다 이유</li></ul></div></div>
<footer>이용약관 | 개인정보처리방침 | 지식iN 운영정책 ⓒ NAVE Corp.</footer></body></html>"""
    write(L, "kin_cat_night", html, c)

def namu():
    c = C()
    t = c.h("광장시장")
    out = []
    out.append(f'<div class="wiki-paragraph">{c.p("광장시장은 서울특별시 종로구 예지동에 있는 전통시장이다. 1905년에 문을 연 한국 최초의 상설시장으로 알려져 있으며, 먹자골목의 빈대떡과 마약김밥으로 유명하다.^[1]")}</div>')
    out.append(f'<h2 class="wiki-heading"><a id="s-1" href="#toc">1.</a> <span id="개요">{c.h("역사")}</span><span class="wiki-edit-section"><a>[편집]</a></span></h2>')
    out.append(f'<div class="wiki-heading-content"><div class="wiki-paragraph">{c.p("개장 당시에는 청계천 변의 포목 거래가 중심이었으며, 한국 전쟁 이후 구제 의류와 원단 상가가 들어서면서 규모가 커졌다.")}</div></div>')
    out.append(f'<h2 class="wiki-heading"><a id="s-2" href="#toc">2.</a> <span>{c.h("먹거리")}</span><span class="wiki-edit-section"><a>[편집]</a></span></h2>')
    rows = [["메뉴", "특징"], ["빈대떡", "녹두를 맷돌에 갈아 즉석에서 부쳐 낸다."], ["마약김밥", "작은 김밥을 겨자 간장에 찍어 먹는다."], ["육회", "육회 골목에 전문점이 모여 있다."]]
    trs = "".join("<tr>" + "".join(f'<td><div class="wiki-paragraph">{x}</div></td>' for x in c.tr(r)) + "</tr>" for r in rows)
    out.append(f'<div class="wiki-heading-content"><div class="wiki-table-wrap table-center"><table class="wiki-table"><tbody>{trs}</tbody></table></div>')
    out.append(f'<div class="wiki-paragraph">{c.p("주말과 저녁 시간에는 외국인 관광객이 많이 찾아 발 디딜 틈이 없을 정도로 붐빈다.")}</div></div>')
    html = f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>광장시장 - 나무위키</title>
<script>window.INITIAL_STATE={{"config":{{"wiki.site_name":"나무위키","wiki.front_page":"나무위키:대문"}},"page":{{"title":"광장시장"}}}};</script></head><body>
<div id="app"><div class="a2Yvt"><nav class="_7a3c6"><a>나무위키</a><a>최근 변경</a><a>최근 토론</a><a>특수 기능</a><input placeholder="여기에서 검색"><a>로그인</a></nav>
<div class="b1oQm"><div class="uaBf7"><div class="G0h1d"><a>편집</a><a>토론</a><a>역사</a><a>역링크</a></div><h1 class="ZXpu6"><a href="/w/광장시장"><span>{t}</span></a></h1>
<div class="D+FqP">최근 수정 시각: 2025-04-02 11:20:51</div>
<div class="cQ7Vl"><div class="ZLRnW"><a>분류: 서울특별시의 시장</a><a>분류: 종로구</a></div></div>
<div class="j0CRk"><div class="wiki-macro-toc" id="toc"><div class="toc-indent"><span class="toc-item"><a href="#s-1">1.</a> 역사</span><span class="toc-item"><a href="#s-2">2.</a> 먹거리</span></div></div>
{chr(10).join(out)}
<div class="wiki-macro-footnote"><span class="footnote-list"><span id="fn-1"></span><a href="#rfn-1">[1]</a> 일부 자료는 1904년 설립으로 기록하기도 한다.</span></div>
</div></div></div>
<footer class="pVwhF"><p>이 저작물은 CC BY-NC-SA 2.0 KR에 따라 이용할 수 있습니다. (단, 라이선스가 명시된 일부 문서 및 삽화 제외)</p><p>Powered by the Seed Engine | 이용약관 | 개인정보처리방침</p></footer></div></div></body></html>"""
    write(L, "namu_gwangjang", html, c)

def recipe_ko():
    c = C()
    t = c.h("초간단 애호박 새우젓 볶음")
    intro = c.p("새우젓으로 간을 해서 감칠맛이 살아 있는 밑반찬이에요. 10분이면 완성됩니다.")
    ih = c.h("재료")
    ings = [["애호박", "1개"], ["새우젓", "1큰술"], ["다진 마늘", "0.5큰술"], ["대파", "약간"], ["참기름", "1작은술"], ["통깨", "약간"]]
    il = "".join(f'<li><div class="ingre_list_name"><a>{a}</a></div><span class="ingre_list_ea">{b}</span></li>' for a, b in (c.tr(r) for r in ings))
    sh = c.h("조리순서")
    steps = ["애호박은 반으로 갈라 0.5cm 두께의 반달 모양으로 썰어 주세요.", "팬에 식용유를 두르고 다진 마늘을 약불에서 볶아 향을 내 주세요.", "애호박을 넣고 중불에서 2분 정도 볶다가 새우젓을 넣어 간을 맞춰 주세요.", "애호박이 투명해지면 대파를 넣고 불을 끈 뒤 참기름과 통깨를 뿌려 마무리합니다."]
    sl = "".join(f'<div id="stepDiv{i+1}" class="view_step_cont media step{i+1}"><div id="stepdescr{i+1}" class="media-body">{c.p(x)}</div><div id="stepimg{i+1}"><img src="https://recipe.example.kr/step{i}.jpg"></div></div>' for i, x in enumerate(steps))
    html = f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>초간단 애호박 새우젓 볶음 레시피 - 만개의 밥상</title>
<script type="application/ld+json">{{"@context":"http://schema.org/","@type":"Recipe","name":"초간단 애호박 새우젓 볶음","recipeIngredient":["애호박 1개","새우젓 1큰술"],"nutrition":{{"calories":"85 kcal"}}}}</script></head><body>
<div id="gnb"><a>만개의 밥상</a><ul><li>레시피</li><li>랭킹</li><li>쉐프</li><li>쇼핑</li><li>이벤트</li></ul><a>로그인</a></div>
<div class="container_recipe"><div class="view2_pic"><img src="https://recipe.example.kr/main.jpg"><div class="user_info2"><a>반찬요정</a></div></div>
<div class="view2_summary st3"><h3>{t}</h3><div class="view2_summary_in" id="recipeIntro">{intro}</div><div class="view2_summary_info"><span class="view2_summary_info1">2인분</span><span class="view2_summary_info2">10분 이내</span><span class="view2_summary_info3">아무나</span></div></div>
<div class="cont_ingre2"><div class="best_tit"><b>{ih}</b><span>Ingredients</span></div><div class="ready_ingre3" id="divConfirmedMaterialArea"><ul>{il}</ul></div></div>
<div class="nutri_box"><h4>영양정보 (1인분)</h4><dl><dt>칼로리</dt><dd>85kcal</dd><dt>나트륨</dt><dd>620mg</dd><dt>단백질</dt><dd>3g</dd></dl></div>
<div class="view_step"><div class="best_tit"><b>{sh}</b><span>Steps</span></div>{sl}</div>
<div class="ad_area"><span>AD</span><a>밀키트 첫 구매 50% 할인</a></div>
<div class="view_reply"><h4>요리 후기 8</h4><div class="reply_list"><b>냠냠</b><p>간단한데 맛있어요</p></div></div>
<div class="view_recommend"><h4>이 레시피와 비슷한 레시피</h4><ul><li>애호박전</li><li>애호박 된장찌개</li></ul></div></div>
<footer>회사소개 | 이용약관 | 개인정보처리방침 | 고객센터 © 만개의 밥상</footer></body></html>"""
    write(L, "recipe_zucchini", html, c)

def community():
    c = C()
    t = c.h("회사 근처 점심 도시락 싸 다닌 지 한 달 후기")
    ps = ["점심값이 너무 올라서 지난달부터 도시락을 싸 다니기 시작했습니다. 한 달 해 보니 생각보다 할 만해서 후기 남겨 봅니다.", "일요일 저녁에 제육볶음이나 닭가슴살 조림 같은 메인 반찬을 두 가지 정도 만들어 두고, 평일 아침에는 밥이랑 김치, 계란말이만 새로 챙겨요.", "비용은 한 달 장보기로 대략 12만 원 정도 들었고, 사 먹을 때보다 20만 원 가까이 아꼈습니다.", "단점은 역시 메뉴가 지겨워진다는 거랑, 동료들과 점심 먹으면서 나누던 대화가 줄었다는 점이에요. 그래서 요즘은 금요일 하루는 같이 나가서 먹습니다.", "도시락 반찬 아이디어 있으시면 댓글로 추천 부탁드려요!"]
    body = "".join(f"<p>{c.p(x)}</p>" if i != 2 else f"<p>{c.p(x)}</p><p><br></p><p><img src=\"https://img.example.kr/dosirak.jpg\" loading=\"lazy\"></p>" for i, x in enumerate(ps))
    html = f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>회사 근처 점심 도시락 싸 다닌 지 한 달 후기 : 클리엔</title></head><body>
<div class="nav_container"><a>클리엔</a><ul><li>모두의공원</li><li>새로운소식</li><li>알뜰구매</li><li>사용기</li><li>팁과강좌</li><li>소모임</li></ul><a>로그인</a></div>
<div id="div_content" class="content_view"><div class="post_title symph_row"><h3 class="post_subject"><span>{t}</span></h3></div>
<div class="post_information"><div class="post_contact"><span class="contact_name"><span class="nickname">도시락러</span></span></div><div class="post_author"><span class="view_count"><strong>4,211</strong></span><span class="post_date">2025-03-18 12:33:41</span><span class="fa fa-ip">IP 121.♡.23.11</span></div></div>
<div class="post_view"><div class="post_content"><article><div class="post_article fr-view">{body}</div></article></div>
<div class="post_ccls"><span>CCL</span></div><div class="post_button"><button class="symph_btn">공감 37</button><button>신고</button><button>스크랩</button></div></div>
<div class="post_comment"><div class="comment_head">댓글 • [21]</div><div class="comment_row"><div class="comment_info"><span class="nickname">짠돌이</span><span class="timestamp">03-18 12:40</span></div><div class="comment_content"><div class="comment_view">어묵볶음 강추합니다. 오래 가요.</div></div></div><div class="comment_row"><div class="comment_info"><span class="nickname">점심러버</span></div><div class="comment_content"><div class="comment_view">저도 금요일은 무조건 외식합니다 ㅋㅋ</div></div></div></div></div>
<div class="list_board"><h4>모두의공원 목록</h4><ul><li>오늘 날씨 좋네요</li><li>자전거 출퇴근 시작했습니다</li></ul></div>
<footer>클리엔 이용규칙 | 개인정보처리방침 | 광고 문의</footer></body></html>"""
    write(L, "community_dosirak", html, c)

def gov_ko():
    c = C()
    t = c.h("여름철 폭염 대비 무더위쉼터 운영 확대")
    sub = c.p("- 전국 5만 곳 지정, 야간·주말 연장 운영 쉼터 늘려 -")
    ps = ["행정안전부는 올여름 폭염에 대비해 전국에 무더위쉼터 5만여 곳을 지정하고, 야간과 주말에도 문을 여는 연장 쉼터를 지난해보다 30% 늘린다고 밝혔다.",
          "무더위쉼터는 경로당, 주민센터, 은행 등 누구나 쉽게 이용할 수 있는 시설에 마련되며, 냉방기와 음료를 갖추고 있다. 쉼터 위치는 안전디딤돌 앱과 포털 지도에서 확인할 수 있다.",
          "또한 폭염 특보가 내려지면 지방자치단체가 독거노인 등 취약계층에게 안부 전화를 하고 방문 건강관리를 강화한다.",
          "행정안전부 관계자는 \"낮 시간대 야외 활동을 자제하고, 가까운 무더위쉼터를 적극 이용해 달라\"고 당부했다."]
    body = "".join(f'<p style="margin-left:0;">{c.p(x)}</p>' for x in ps)
    html = f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>여름철 폭염 대비 무더위쉼터 운영 확대 | 보도자료 | 정책브리핑</title>
<script src="/js/jquery.min.js"></script><script>var menuId="policy_briefing"; var newsId="156600011";</script></head><body>
<div id="skipNav"><a href="#container">본문 바로가기</a></div><div class="top_banner">이 누리집은 대한민국 공식 전자정부 누리집입니다.</div>
<div id="header"><h1 class="logo"><a>정책브리핑</a></h1><ul id="gnb"><li>뉴스</li><li>정책자료</li><li>브리핑룸</li><li>사실은 이렇습니다</li><li>멀티미디어</li></ul></div>
<div id="container"><div class="sub_left"><h2>브리핑룸</h2><ul><li>보도자료</li><li>연설문</li><li>국무회의</li></ul></div>
<div class="sub_contents"><div class="location">홈 &gt; 브리핑룸 &gt; 보도자료</div>
<div class="article_head"><div class="info"><span>행정안전부</span><span>2025.06.02</span></div><h1>{t}</h1><h2 class="sub_title">{sub}</h2></div>
<div class="view_cont"><div class="article_body">{body}</div>
<table class="tbl_dept" summary="담당부서 정보"><caption>담당 부서</caption><tr><th>담당 부서</th><td>행정안전부 자연재난대응과</td><th>책임자</th><td>과장 이정민 (044-205-0000)</td></tr><tr><th></th><td></td><th>담당자</th><td>사무관 최유진 (044-205-0001)</td></tr></table>
<div class="file_down"><dl><dt>첨부파일</dt><dd><a>250602 무더위쉼터 운영 확대(보도자료).hwpx</a> <a>미리보기</a></dd></dl></div>
<p class="copyright">이 자료는 행정안전부의 보도자료를 전재하여 제공함을 알려드립니다.</p></div>
<div class="sns_share"><a>페이스북</a><a>X</a><a>카카오톡</a><a>URL 복사</a><a>인쇄</a></div>
<div class="prev_next"><p>이전글 <a>산불 예방 대책 추진 현황</a></p><p>다음글 <a>지방세 납부 기한 연장</a></p></div></div></div>
<div id="footer"><p>(30112) 세종특별자치시 갈매로 388 문화체육관광부</p><p>COPYRIGHT© Ministry of Culture, Sports and Tourism. All Rights Reserved.</p></div></body></html>"""
    write(L, "gov_heat_shelter", html, c)

for f in [naver_news, daum_news, naver_blog, kin, namu, recipe_ko, community, gov_ko]:
    f()
