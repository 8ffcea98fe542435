"""blind4 ko pages. Run: python3 -B ko.py"""
from common import write_all

PAGES = []

PAGES.append(("hani_news_library", r"""
<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>폐교가 마을 도서관으로…주민들이 직접 고른 책 5천권 : 지역 : 사회 : 뉴스 : 한겨레레</title>
<meta property="og:title" content="폐교가 마을 도서관으로…주민들이 직접 고른 책 5천권">
<link rel="stylesheet" href="https://img.hani.example/section-image/css/article.css?v=2025">
</head>
<body>
<div class="css-1h5d8s0"><div class="css-7rw0ez"><a class="css-1n9m2u3">한겨레레</a><ul class="css-xz0k4l"><li>정치</li><li>사회</li><li>경제</li><li>국제</li><li>문화</li><li>스포츠</li><li>오피니언</li><li>연재</li></ul><div class="css-9h1jdw"><a>후원하기</a><a>로그인</a></div></div></div>
<div class="css-lbr4w9"><div class="article_view">
<div class="article-head"><p class="category"><a>사회</a> <span>›</span> <a>지역</a></p>
<h3 class="title">⟪폐교가 마을 도서관으로…주민들이 직접 고른 책 5천권⟫</h3>
<p class="subtitle">⟪충북 괴산 산골마을 옛 분교, 3년 준비 끝에 개관<br>주민 도서 선정위원회가 책 고르고 운영도 맡아⟫</p>
<div class="article-info"><span class="author">오세진 기자</span><span class="date-published">등록 2025-05-14 16:22</span><span class="date-modified">수정 2025-05-14 17:03</span></div>
<div class="article-tools"><a>글씨 크게</a><a>글씨 작게</a><a>인쇄</a><a>공유</a><a>스크랩</a></div></div>
<div class="article-text"><div class="image-area"><img src="https://flexible.img.hani.example/2025/0514/library.jpg"><p class="image-desc">충북 괴산군 청천면 옛 화양분교에 문을 연 ‘산골책방도서관’에서 14일 주민들이 책을 고르고 있다. 오세진 기자</p></div>
<div class="text">⟪충북 괴산의 한 산골마을에서 10년 넘게 비어 있던 분교 건물이 마을 도서관으로 다시 문을 열었다. 책 5천여권은 모두 주민들이 직접 골랐다.⟫<br><br>⟪괴산군은 14일 청천면 옛 화양분교에 ‘산골책방도서관’을 개관했다고 밝혔다. 교실 세 칸을 터서 열람실을 만들고, 교무실은 어린이 책방으로, 운동장 한쪽은 야외 독서 공간으로 꾸몄다.⟫<br><br>⟪도서관의 책은 주민 12명으로 꾸린 도서 선정위원회가 1년 동안 회의를 거쳐 골랐다. 농사와 건강에 관한 책, 큰 글씨 책, 아이들을 위한 그림책의 비중이 높다. 선정위원인 주민 김순례(71)씨는 “도시 도서관에 있는 책을 그대로 가져오면 아무도 안 읽는다. 우리가 읽고 싶은 책을 골랐다”고 말했다.⟫<br><br>⟪운영도 주민들이 맡는다. 마을 주민 20여명이 돌아가며 자원봉사를 하고, 군은 난방비와 책 구입비 일부를 지원한다. 도서관은 화요일부터 일요일까지 오전 10시부터 오후 6시까지 문을 연다.⟫<br><br></div>
<div class="ad-inarticle"><span>광고</span></div>
<div class="article-copyright">ⓒ 한겨레레신문사 : 무단전재 및 재배포 금지</div></div>
<div class="article-bottom"><div class="reporter-card"><a>오세진 기자</a><p>충청권 소식을 전합니다.</p><a>구독</a></div><div class="keyword"><a>#폐교</a><a>#도서관</a><a>#괴산</a></div><div class="support-banner"><p>한겨레레는 독자 여러분의 후원으로 만들어집니다.</p><a>후원하기</a></div></div>
<div class="related-news"><h4>관련기사</h4><ul><li><a>작은 학교 살리기, 마을이 나섰다</a></li><li><a>농촌 작은도서관 절반이 ‘운영난’</a></li></ul></div>
</div>
<div class="aside"><h4>많이 본 기사</h4><ol><li><a>올여름 폭염일수 역대 최다 전망</a></li><li><a>전세사기 피해자 지원법 국회 통과</a></li><li><a>프로야구 관중 역대 최소 경기 돌파</a></li></ol></div></div>
<footer class="css-footer"><p>한겨레레신문사 주소: 서울특별시 마포구 XX로 00 · 대표전화 02-000-0000 · 등록번호 서울 아00000</p><p>Copyright ⓒ The Hankyoreh Demo. All rights reserved.</p></footer>
</body>
</html>
"""))

PAGES.append(("naver_blog_jeju", r"""
<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>제주 동쪽 3박4일 뚜벅이 여행 코스 정리 : 네이붜 블로그</title>
<link rel="stylesheet" type="text/css" href="https://ssl.pstatic.example/t.static.blog/mylog/versioning/css/post_view.css">
</head>
<body class="post_view">
<div id="whole-border"><div id="whole-body"><div id="wrap">
<div id="blog-gnb"><a class="logo">네이붜 블로그</a><a>이웃블로그</a><a>블로그 홈</a><a>내 메뉴</a><a>로그인</a></div>
<div id="blog-title"><h1><a>소소한 여행 기록장</a></h1></div>
<div id="blog-menu"><a>프롤로그</a><a>블로그</a><a>지도</a><a>서재</a><a>안부</a></div>
<div id="postListBody"><div class="post _post_warp_223" id="post-view223">
<div class="se-viewer se-theme-default" lang="ko-KR">
<div class="se-component se-documentTitle se-l-default"><div class="se-component-content"><div class="se-section se-section-documentTitle"><div class="blog2_series"><a>국내여행</a></div><div class="se-module se-module-text se-title-text"><p class="se-text-paragraph se-text-paragraph-align-"><span class="se-fs- se-ff-">⟪제주 동쪽 3박4일 뚜벅이 여행 코스 정리⟫</span></p></div>
<div class="blog2_container"><span class="writer"><a>여행하는 토끼</a></span><span class="se_publishDate pcol2">2025. 4. 28. 21:17</span><a class="btn_link">URL 복사</a><a class="btn_nb">이웃추가</a></div></div></div></div>
<div class="se-main-container">
<div class="se-component se-text se-l-default"><div class="se-component-content"><div class="se-section se-section-text se-l-default"><div class="se-module se-module-text">
<p class="se-text-paragraph se-text-paragraph-align-"><span class="se-fs- se-ff-">⟪안녕하세요 토끼입니다🐰⟫</span></p>
<p class="se-text-paragraph se-text-paragraph-align-"><span class="se-fs- se-ff-">⟪이번에는 운전 없이 버스만 타고 제주 동쪽을 3박 4일 동안 다녀왔어요.⟫</span></p>
<p class="se-text-paragraph se-text-paragraph-align-"><span class="se-fs- se-ff-">⟪뚜벅이 여행 계획하시는 분들께 도움이 될까 해서 코스를 정리해 봤습니다.⟫</span></p>
<p class="se-text-paragraph se-text-paragraph-align-"><span class="se-fs- se-ff-">​</span></p>
</div></div></div></div>
<div class="se-component se-sectionTitle se-l-default"><div class="se-component-content"><div class="se-section se-section-sectionTitle"><div class="se-module se-module-text"><p class="se-text-paragraph"><span>⟪1일차 : 공항 → 함덕⟫</span></p></div></div></div></div>
<div class="se-component se-text se-l-default"><div class="se-component-content"><div class="se-section se-section-text"><div class="se-module se-module-text">
<p class="se-text-paragraph"><span>⟪공항에서 급행버스를 타면 함덕해변까지 40분 정도 걸려요.⟫</span></p>
<p class="se-text-paragraph"><span>⟪숙소에 짐을 풀고 해변 산책하다가 서우봉에 올라갔는데, 노을이 정말 예뻤어요.⟫</span></p>
</div></div></div></div>
<div class="se-component se-image se-l-default"><div class="se-component-content"><div class="se-section se-section-image"><div class="se-module se-module-image"><a class="se-module-image-link"><img src="https://postfiles.pstatic.example/MjAy/seowoobong.jpg" class="se-image-resource"></a></div><div class="se-module se-module-text se-caption"><p class="se-text-paragraph"><span>서우봉에서 본 함덕해변</span></p></div></div></div></div>
<div class="se-component se-sectionTitle se-l-default"><div class="se-component-content"><div class="se-section se-section-sectionTitle"><div class="se-module se-module-text"><p class="se-text-paragraph"><span>⟪2~3일차 : 월정리, 세화, 성산⟫</span></p></div></div></div></div>
<div class="se-component se-text se-l-default"><div class="se-component-content"><div class="se-section se-section-text"><div class="se-module se-module-text">
<p class="se-text-paragraph"><span>⟪201번 버스가 동쪽 해안도로를 따라 다녀서 뚜벅이한테는 최고예요.⟫</span></p>
<p class="se-text-paragraph"><span>⟪월정리 카페거리, 세화 오일장(5일, 10일), 성산일출봉까지 이 버스 하나로 다 갈 수 있어요.⟫</span></p>
<p class="se-text-paragraph"><span>⟪다만 배차 간격이 20~30분이라 시간표를 꼭 미리 확인하세요!⟫</span></p>
</div></div></div></div>
<div class="se-component se-sectionTitle se-l-default"><div class="se-component-content"><div class="se-section se-section-sectionTitle"><div class="se-module se-module-text"><p class="se-text-paragraph"><span>⟪4일차 : 우도 → 공항⟫</span></p></div></div></div></div>
<div class="se-component se-text se-l-default"><div class="se-component-content"><div class="se-section se-section-text"><div class="se-module se-module-text">
<p class="se-text-paragraph"><span>⟪마지막 날은 성산항에서 배를 타고 우도에 다녀왔어요. 우도 안에서는 전기자전거를 빌리면 편해요.⟫</span></p>
<p class="se-text-paragraph"><span>⟪다음에는 서쪽 코스도 정리해 볼게요. 읽어주셔서 감사합니다😊⟫</span></p>
</div></div></div></div>
<div class="se-component se-placesMap se-l-default"><div class="se-component-content"><div class="se-module se-module-map-text"><strong class="se-map-title">함덕해수욕장</strong><p class="se-map-address">제주특별자치도 제주시 조천읍 함덕리</p></div></div></div>
</div></div>
<div class="post_tag"><a>#제주여행</a><a>#뚜벅이여행</a><a>#제주동쪽</a><a>#201번버스</a></div>
<div class="post_footer_contents"><div class="area_sympathy"><a class="u_likeit_button">공감 57</a></div><a class="btn_comment">댓글 12</a><a class="btn_share">공유하기</a><a class="btn_report">신고하기</a></div>
<div class="area_comment"><ul><li><span class="u_cbox_nick">바다고래</span><span class="u_cbox_contents">201번 버스 꿀팁 감사해요!</span></li></ul></div>
</div></div>
<div id="sidebar"><div class="profile"><p>여행하는 토끼</p><p>주말마다 떠나는 직장인</p></div><div class="category-list"><h4>카테고리</h4><ul><li><a>국내여행 (84)</a></li><li><a>해외여행 (22)</a></li><li><a>맛집 (61)</a></li></ul></div></div>
</div></div></div>
<div id="footer"><p>이 블로그의 글은 저작권법의 보호를 받습니다.</p><p>© NAVWER Corp.</p></div>
</body>
</html>
"""))

PAGES.append(("clien_board_monitor", r"""
<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>재택근무용 모니터 암 1년 써본 후기 : 클리엉</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="/service/css/board.css?v=2502">
</head>
<body>
<div class="nav_container"><div class="nav_head"><a class="nav_logo">클리엉</a><div class="nav_menu"><a>모두의공원</a><a>새로운소식</a><a>팁과강좌</a><a>사용기게시판</a><a>알뜰구매</a><a>회원중고장터</a></div><div class="nav_login"><a>로그인</a><a>회원가입</a></div></div></div>
<div class="content_view"><div class="board_name"><h2>사용기게시판</h2></div>
<div class="post_view">
<div class="post_title symph_row"><h3 class="post_subject"><span class="post_category">[모니터]</span> <span>⟪재택근무용 모니터 암 1년 써본 후기⟫</span></h3></div>
<div class="post_info"><div class="post_author"><span class="nickname"><span>키보드워리어</span></span><span class="view_count"><strong>3,482</strong></span><span class="post_date"><span class="date">2025-02-26 13:45:02</span></span></div><div class="post_ip"><span class="fa fa-globe"></span> 121.xxx.xxx.44</div></div>
<div class="post_content"><article><div class="post_article">
<p>⟪재택근무를 시작하면서 모니터 암을 산 지 딱 1년이 됐습니다. 짧게 후기 남겨봅니다.⟫</p>
<p>⟪일단 책상이 넓어진 게 제일 큽니다. 모니터 받침대가 차지하던 자리가 통째로 비니까 키보드랑 노트를 같이 올려도 여유가 있어요.⟫</p>
<p>⟪높이를 눈높이에 맞추니까 목 아픈 게 확실히 줄었습니다. 예전엔 오후만 되면 뒷목이 뻐근했는데 지금은 거의 없네요.⟫</p>
<p>⟪단점은 설치가 생각보다 어렵다는 것. 책상 뒤판이 두꺼우면 클램프가 안 물릴 수 있으니 꼭 두께 확인하세요. 저는 결국 보강판을 따로 샀습니다.⟫</p>
<p>⟪그리고 가스 스프링 장력 조절을 처음에 제대로 안 하면 모니터가 스르륵 내려옵니다. 육각렌치로 조금씩 조이면서 맞추면 됩니다.⟫</p>
<p>⟪총평: 3만원대 제품인데 만족도는 10만원 이상입니다.⟫</p>
</div></article></div>
<div class="post_ccls"><div class="symph_count"><strong>15</strong> 공감</div><a class="button_report">신고</a><a class="button_share">공유</a><a class="button_scrap">스크랩</a></div>
<div class="post_contact"><span class="contact_note"><span>키보드워리어 님의 게시글 댓글</span></span><p class="sign">SIGNATURE: 오늘도 야근 없는 하루 되세요</p></div>
</div>
<div class="comment"><div class="comment_head"><strong>댓글 • [ 8 ]</strong></div>
<div class="comment_row"><div class="comment_info"><span class="nickname">모니터덕후</span><span class="timestamp">2025-02-26 13:52:11</span></div><div class="comment_content"><div class="comment_view">저도 같은 제품 쓰는데 장력 조절 팁 공감합니다 ㅋㅋ</div></div><div class="comment_symph">공감 3</div></div>
<div class="comment_row re"><div class="comment_info"><span class="nickname">키보드워리어</span><span class="timestamp">2025-02-26 14:01:40</span></div><div class="comment_content"><div class="comment_view">처음에 모니터 떨어질까봐 식겁했어요</div></div></div>
<div class="comment_write"><textarea placeholder="로그인 후 댓글을 작성할 수 있습니다."></textarea></div></div>
<div class="board_list_area"><div class="list_item"><a>[키보드] 저소음 적축 한 달 사용기</a></div><div class="list_item"><a>[의자] 10만원대 메쉬의자 비교</a></div><div class="list_item"><a>[노트북] 가벼운 노트북 1년 후기</a></div></div>
</div>
<div class="footer_container"><p>클리엉 · 이용규칙 · 운영알림판 · 개인정보처리방침</p><p>© CLIEONG. All rights reserved.</p></div>
</body>
</html>
"""))

PAGES.append(("namu_wiki_island", r"""
<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>솔섬(전라남도) - 나무위크</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/skins/senkawa/css/layout.4d1f.css">
</head>
<body>
<div id="app"><div class="gWg4CKWu"><nav class="YxL3ioNq"><a class="Kfk8lhcT">나무위크</a><ul class="qN0OpIfg"><li><a>최근 변경</a></li><li><a>최근 토론</a></li><li><a>특수 기능</a></li></ul><div class="ERGaoMnG"><input placeholder="여기에서 검색"></div><a class="A4pz7A5F">로그인</a></nav>
<div class="RNYZB9kM"><div class="xEtHhkgk"><div class="JIZgRsPb"><h1 class="ZbG4f8aL"><a>⟪솔섬(전라남도)⟫</a></h1><div class="w0QmAF6G"><a>역사</a><a>토론</a><a>편집</a><a>역링크</a></div></div>
<div class="cPDFgbYv">최근 수정 시각: 2025-01-30 22:14:51</div>
<div class="Xq8D7dKZ"><div class="wiki-category"><a>분류</a>: <a>전라남도의 섬</a> <a>신안군</a></div></div>
<div class="kkLy8Ppx ad-box"><span>광고</span></div>
<div class="wiki-inner-content">
<div class="wiki-table-wrap table-right"><table class="wiki-table"><tbody><tr><td colspan="2"><strong>솔섬</strong></td></tr><tr><td>위치</td><td>전라남도 신안군</td></tr><tr><td>면적</td><td>1.82㎢</td></tr><tr><td>인구</td><td>약 140명</td></tr></tbody></table></div>
<div class="wiki-macro-toc" id="toc"><div class="toc-indent"><span class="toc-item"><a href="#s-1">1.</a> 개요</span><span class="toc-item"><a href="#s-2">2.</a> 역사</span><span class="toc-item"><a href="#s-3">3.</a> 교통</span><span class="toc-item"><a href="#s-4">4.</a> 여담</span></div></div>
<div class="wiki-heading" id="s-1"><h2 class="wiki-heading"><a id="s-1" href="#toc">1.</a> <span id="개요">⟪개요⟫</span><span class="wiki-edit-section"><a>[편집]</a></span></h2></div>
<div class="wiki-heading-content"><div class="wiki-paragraph">⟪전라남도 신안군에 속한 작은 섬. 섬 전체에 소나무 숲이 우거져 있어 솔섬이라는 이름이 붙었다.⟮<a class="wiki-fn-content" href="#fn-1"><span id="rfn-1"></span>[1]</a>⟯ 주민 대부분이 김 양식과 천일염 생산에 종사한다.⟫</div></div>
<div class="wiki-heading" id="s-2"><h2 class="wiki-heading"><a id="s-2" href="#toc">2.</a> <span id="역사">⟪역사⟫</span><span class="wiki-edit-section"><a>[편집]</a></span></h2></div>
<div class="wiki-heading-content"><div class="wiki-paragraph">⟪조선 후기부터 사람이 살기 시작한 것으로 알려져 있다. 1970년대까지는 초등학교 분교가 있었으나 학생 수 감소로 1998년 폐교되었고, 현재 폐교 건물은 마을 회관과 민박으로 쓰이고 있다.⟫</div></div>
<div class="wiki-heading" id="s-3"><h2 class="wiki-heading"><a id="s-3" href="#toc">3.</a> <span id="교통">⟪교통⟫</span><span class="wiki-edit-section"><a>[편집]</a></span></h2></div>
<div class="wiki-heading-content"><div class="wiki-paragraph">⟪압해도 송공항에서 하루 세 번 여객선이 다니며, 약 50분 걸린다. 기상이 나쁘면 결항이 잦으므로 방문 전에 운항 여부를 반드시 확인해야 한다.⟫</div></div>
<div class="wiki-heading" id="s-4"><h2 class="wiki-heading"><a id="s-4" href="#toc">4.</a> <span id="여담">⟪여담⟫</span><span class="wiki-edit-section"><a>[편집]</a></span></h2></div>
<div class="wiki-heading-content"><ul class="wiki-list"><li><div class="wiki-paragraph">⟪섬 북쪽 해변은 썰물 때 옆 무인도까지 걸어갈 수 있는 모랫길이 드러난다.⟫</div></li><li><div class="wiki-paragraph">⟪2010년대 중반 한 예능 프로그램에 소개된 뒤 여름철 낚시객이 크게 늘었다.⟮<a class="wiki-fn-content" href="#fn-2">[2]</a>⟯⟫</div></li></ul></div>
<div class="wiki-macro-footnote"><span class="footnote-list"><span id="fn-1"></span><a href="#rfn-1">[1]</a> 다만 주민들 사이에서는 섬 모양이 솔방울을 닮아서라는 설도 있다.</span><span class="footnote-list"><span id="fn-2"></span><a href="#rfn-2">[2]</a> 이 때문에 주말에는 여객선 표가 매진되기도 한다.</span></div>
</div>
<div class="ojs4PZxV"><p>이 저작물은 CC BY-NC-SA 2.0 KR에 따라 이용할 수 있습니다. (단, 라이선스가 명시된 일부 문서 및 삽화 제외)</p><p>기여하신 문서의 저작권은 각 기여자에게 있으며, 각 기여자는 기여하신 부분의 저작권을 갖습니다.</p></div>
</div>
<div class="sidebar-Xw2Zk"><h4>최근 변경</h4><ul><li><a>대전광역시/교통</a></li><li><a>고양이/품종</a></li><li><a>2025년 프로야구</a></li></ul></div></div>
<footer class="f9vb0Mr2"><p>나무위크는 백과사전이 아니며 검증되지 않았거나, 편향적이거나, 잘못된 서술이 있을 수 있습니다.</p><p>Powered by the seed engine | 개인정보처리방침 | 이용약관</p></footer>
</div></div>
</body>
</html>
"""))

PAGES.append(("recipe10000_kimchi_stew", r"""
<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>돼지고기 김치찌개 황금레시피 : 만개의레시피?</title>
<link rel="stylesheet" href="/assets/css/recipe_view.css?v=2025">
</head>
<body>
<div id="header"><div class="gnb"><a class="logo">만개의레시피?</a><ul><li><a>레시피</a></li><li><a>랭킹</a></li><li><a>매거진</a></li><li><a>쇼핑</a></li><li><a>쿠킹클래스</a></li></ul><form><input placeholder="요리명 또는 재료명을 입력하세요"></form><a>로그인</a></div></div>
<div class="container_v2"><div class="col-xs-9">
<div class="view2_pic"><div class="centeredcrop"><img id="main_thumbs" src="https://recipe1.ezmember.example/cache/recipe/kimchi.jpg"></div><div class="user_info2"><span class="user_info2_name">집밥언니</span></div></div>
<div class="view2_summary st3"><h3>⟪돼지고기 김치찌개 황금레시피⟫</h3><div class="view2_summary_in" id="recipeIntro">⟪잘 익은 김치와 돼지 앞다리살만 있으면 실패 없는 김치찌개! 김치를 충분히 볶는 것이 맛의 비결이에요.⟫</div>
<div class="view2_summary_info"><span class="view2_summary_info1">2인분</span><span class="view2_summary_info2">30분 이내</span><span class="view2_summary_info3">아무나</span></div></div>
<div class="view_btn_wrap"><a>스크랩 4,120</a><a>공유</a><a>댓글</a></div>
<div class="cont_ingre2"><div class="best_tit"><b>⟪재료⟫</b><span>Ingredients</span></div><div class="ready_ingre3" id="divConfirmedMaterialArea">
<ul><b class="ready_ingre3_tt">⟪[재료]⟫</b>
<li>⟪<div class="ingre_list_name"><a>잘 익은 김치</a></div>
<span class="ingre_list_ea">1/4포기</span>⟫</li>
<li>⟪<div class="ingre_list_name"><a>돼지고기 앞다리살</a></div>
<span class="ingre_list_ea">200g</span>⟫</li>
<li>⟪<div class="ingre_list_name"><a>두부</a></div>
<span class="ingre_list_ea">1/2모</span>⟫</li>
<li>⟪<div class="ingre_list_name"><a>대파</a></div>
<span class="ingre_list_ea">1대</span>⟫</li></ul>
<ul><b class="ready_ingre3_tt">⟪[양념]⟫</b>
<li>⟪<div class="ingre_list_name"><a>고춧가루</a></div>
<span class="ingre_list_ea">1큰술</span>⟫</li>
<li>⟪<div class="ingre_list_name"><a>다진 마늘</a></div>
<span class="ingre_list_ea">1/2큰술</span>⟫</li>
<li>⟪<div class="ingre_list_name"><a>김치 국물</a></div>
<span class="ingre_list_ea">1/2컵</span>⟫</li></ul>
</div></div>
<div class="view_step"><div class="best_tit"><b>⟪조리순서⟫</b><span>Steps</span></div>
<div id="stepDiv1" class="view_step_cont media step1"><div id="stepdescr1" class="media-body">⟪돼지고기는 한입 크기로 썰고, 김치는 3cm 폭으로 썰어 주세요.⟫</div><div id="stepimg1"><img src="https://recipe1.ezmember.example/step1.jpg"></div></div>
<div id="stepDiv2" class="view_step_cont media step2"><div id="stepdescr2" class="media-body">⟪냄비에 식용유를 두르고 돼지고기를 볶다가 겉면이 익으면 김치를 넣고 5분 이상 충분히 볶아 주세요.⟫</div></div>
<div id="stepDiv3" class="view_step_cont media step3"><div id="stepdescr3" class="media-body">⟪물 500ml와 김치 국물, 고춧가루, 다진 마늘을 넣고 센 불에서 끓여 주세요.⟫</div></div>
<div id="stepDiv4" class="view_step_cont media step4"><div id="stepdescr4" class="media-body">⟪끓어오르면 중불로 줄여 10분 더 끓이고, 두부와 대파를 넣어 한소끔 더 끓이면 완성!⟫</div></div>
<div class="view_step_tip"><b>⟪팁-주의사항⟫</b><dl><dd>⟪김치가 덜 익었다면 설탕을 반 작은술 넣으면 신맛이 조화를 이룹니다.⟫</dd></dl></div>
</div>
<div class="view_tag"><a>#김치찌개</a><a>#찌개</a><a>#집밥</a></div>
<div class="view_reply"><div class="reply_tit">요리 후기 <span>42</span></div><div class="reply_list"><b>밥도둑</b><p>김치를 오래 볶으니 정말 맛있네요!</p></div><div class="reply_tit">댓글 <span>17</span></div></div>
</div>
<div class="col-xs-3"><div class="side_ad"><span>광고</span></div><div class="side_rank"><h4>실시간 인기 레시피</h4><ol><li><a>계란말이</a></li><li><a>제육볶음</a></li><li><a>된장찌개</a></li></ol></div></div></div>
<div id="footer"><p>(주)이지에즈데모 | 대표 홍길동 | 사업자등록번호 000-00-00000</p><p>Copyright ⓒ 만개의레시피? All Rights Reserved.</p></div>
</body>
</html>
"""))

PAGES.append(("st11_product_speaker", r"""
<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>[사운드림] 휴대용 블루투스 스피커 SB-300 방수 IPX7 - 11번길</title>
<link rel="stylesheet" href="//c.011st.example/css/product/detail.css?v=2503">
</head>
<body>
<div id="gnb"><div class="c-gnb"><a class="c-gnb__logo">11번길</a><form class="c-search"><input placeholder="검색어를 입력해 주세요"></form><ul class="c-gnb__util"><li><a>로그인</a></li><li><a>회원가입</a></li><li><a>장바구니</a></li><li><a>나의11번길</a></li></ul></div><div class="c-category"><a>카테고리</a><a>베스트</a><a>쇼킹딜</a><a>이벤트</a><a>T day</a></div></div>
<div id="layBodyWrap"><div class="l_product_cont">
<div class="c_product_location"><a>홈</a> &gt; <a>디지털/가전</a> &gt; <a>음향기기</a> &gt; <a>블루투스 스피커</a></div>
<div class="l_product_side_view"><div class="c_product_view_img"><img src="//cdn.011st.example/product/sb300_main.jpg"></div></div>
<div class="l_product_summary"><div class="c_product_info_title"><h1 class="title">⟪[사운드림] 휴대용 블루투스 스피커 SB-300 방수 IPX7⟫</h1><div class="c_product_seller"><a>사운드림 공식스토어</a></div></div>
<div class="c_product_grade"><span class="c_seller_grade">★ 4.8</span><a>리뷰 1,032</a></div>
<div class="c_product_price"><dl class="price"><dt>판매가</dt><dd><del>79,000원</del></dd><dt>최대할인가</dt><dd><strong>49,900</strong>원</dd></dl><p class="coupon">쿠폰 받고 2,000원 추가 할인</p></div>
<div class="c_product_delivery"><dl><dt>배송</dt><dd>무료배송 · 오늘출발 (14시 전 주문)</dd><dt>적립</dt><dd>최대 499 포인트</dd></dl></div>
<div class="c_product_btn"><a class="buy">구매하기</a><a class="cart">장바구니</a><a class="like">찜</a></div></div>
<div class="l_product_detail"><ul class="c_product_tab"><li class="on"><a>상품정보</a></li><li><a>리뷰 (1,032)</a></li><li><a>Q&amp;A (48)</a></li><li><a>판매자정보</a></li><li><a>반품/교환정보</a></li></ul>
<div class="c_product_detail_info"><h3>⟪상품 특징⟫</h3>
<p>⟪SB-300은 손바닥만 한 크기에 20W 출력의 듀얼 드라이버를 담은 휴대용 스피커입니다. IPX7 등급 방수로 수영장이나 캠핑장에서도 걱정 없이 사용할 수 있습니다.⟫</p>
<ul><li>⟪한 번 충전으로 최대 18시간 연속 재생⟫</li><li>⟪두 대를 연결해 스테레오로 들을 수 있는 페어링 모드⟫</li><li>⟪USB-C 고속 충전 지원, 2시간 30분 완충⟫</li><li>⟪스트랩 일체형 디자인으로 가방에 걸어 휴대 가능⟫</li></ul>
<h3>⟪상품정보 제공고시⟫</h3>
<table class="prdc_detail_table"><tbody>
<tr>⟬<th scope="row">품명 및 모델명</th><td>블루투스 스피커 / SB-300</td>⟭</tr>
<tr>⟬<th scope="row">정격전압, 소비전력</th><td>DC 5V / 20W</td>⟭</tr>
<tr>⟬<th scope="row">크기, 무게</th><td>180 x 70 x 68mm / 540g</td>⟭</tr>
<tr>⟬<th scope="row">제조국</th><td>중국</td>⟭</tr>
<tr>⟬<th scope="row">품질보증기준</th><td>구입일로부터 1년</td>⟭</tr>
</tbody></table></div>
<div class="c_product_review"><h3>리뷰</h3><div class="review_item"><span>kim***</span><p>소리가 생각보다 훨씬 커요. 캠핑 갈 때 잘 쓰고 있습니다.</p><span>2025.03.02</span></div></div>
<div class="c_product_qna"><h3>Q&amp;A</h3><p>판매자에게 궁금한 점을 문의하세요.</p></div>
<div class="c_product_return"><h3>반품/교환정보</h3><p>상품 수령 후 7일 이내 신청 가능합니다. 단순 변심의 경우 왕복 배송비 6,000원이 부과됩니다.</p></div>
</div>
<div class="c_product_recommend"><h3>함께 본 상품</h3><ul><li><a>미니 블루투스 스피커 SB-100</a></li><li><a>캠핑용 LED 랜턴 스피커</a></li></ul></div>
</div></div>
<div id="footer"><p>11번길(주) 대표이사 데모 | 서울특별시 중구 XX로 000 | 사업자등록번호 000-00-00000 | 통신판매업신고 제2025-서울중구-0000호</p><p>Copyright © 11th Road Demo Co.,Ltd. All Rights Reserved.</p></div>
</body>
</html>
"""))

PAGES.append(("company_press_ebus", r"""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="ko">
<head>
<meta charset="utf-8">
<title>한빛모빌리티, 저상 전기버스 신모델 출시 | 보도자료 | 홍보센터 | 한빛모빌리티</title>
<link href="/css/common.css" rel="stylesheet" type="text/css">
</head>
<body>
<table width="100%" border="0" cellspacing="0" cellpadding="0" id="top">
<tr><td height="70"><a href="/"><img src="/images/common/logo.gif" alt="한빛모빌리티"></a></td><td align="right"><font size="2"><a href="/ko">KOR</a> | <a href="/en">ENG</a> | <a href="/sitemap">사이트맵</a></font></td></tr>
<tr><td colspan="2" bgcolor="#003b71"><font color="#ffffff" size="2"><b>회사소개　　제품　　기술　　지속가능경영　　홍보센터　　인재채용</b></font></td></tr>
</table>
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr>
<td width="200" valign="top"><table width="100%" cellpadding="8" cellspacing="0" bgcolor="#f1f4f8"><tr><td><font size="3"><b>홍보센터</b></font></td></tr><tr><td><font size="2"><a href="/pr/news">보도자료</a><br><a href="/pr/video">홍보영상</a><br><a href="/pr/ci">CI 소개</a><br><a href="/pr/media">미디어킷</a></font></td></tr></table></td>
<td width="30"></td>
<td valign="top">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="right"><font size="1" color="#888888">HOME &gt; 홍보센터 &gt; 보도자료</font></td></tr></table>
<table width="100%" border="0" cellpadding="10" cellspacing="0" class="board_view">
<tr><td bgcolor="#f7f7f7" style="border-top:2px solid #003b71"><font size="3"><b>⟪한빛모빌리티, 저상 전기버스 신모델 출시⟫</b></font></td></tr>
<tr><td><font size="2" color="#666666">등록일 2025.04.09 | 조회수 1,284</font></td></tr>
<tr><td><font size="2">
⟪- 1회 충전 주행거리 450km, 기존 모델 대비 20% 늘어⟫<br>
⟪- 휠체어 승객용 자동 경사판·좌석 알림 장치 기본 탑재⟫<br><br>
⟪한빛모빌리티(대표 이정훈)는 9일 1회 충전으로 최대 450km를 달리는 저상 전기버스 ‘e-시티 12’를 출시한다고 밝혔다.⟫<br><br>
⟪신모델은 배터리 용량을 키우고 차체 무게를 줄여, 기존 모델보다 주행거리를 20% 늘렸다. 겨울철 배터리 효율 저하를 줄이기 위해 히트펌프 방식의 냉난방 장치도 적용했다.⟫<br><br>
⟪교통약자 편의 기능도 강화했다. 출입문에는 버튼 하나로 펼쳐지는 자동 경사판을 달았고, 휠체어 고정 구역 옆에는 승객이 하차 의사를 운전기사에게 알릴 수 있는 알림 장치를 설치했다.⟫<br><br>
⟪이정훈 대표는 “도시 노선을 하루 종일 충전 없이 운행할 수 있는 전기버스를 목표로 개발했다”며 “올해 안에 수도권 운수사를 중심으로 300대를 공급할 계획”이라고 말했다.⟫<br><br>
</font></td></tr>
<tr><td><font size="2">첨부파일 : <a href="/upload/pr/20250409_ecity12.jpg">20250409_ecity12.jpg</a> (2.1MB)</font></td></tr>
<tr><td bgcolor="#f7f7f7"><font size="2">홍보팀 김민지 과장 02-000-0000 / pr@hanbit-mobility.example</font></td></tr>
</table>
<table width="100%" cellpadding="6" cellspacing="0" style="border-top:1px solid #ccc"><tr><td width="80"><font size="2">이전글</font></td><td><font size="2"><a>한빛모빌리티, 2024년 지속가능경영보고서 발간</a></font></td></tr><tr><td><font size="2">다음글</font></td><td><font size="2"><a>한빛모빌리티, 수소버스 실증 운행 시작</a></font></td></tr></table>
<p align="right"><a href="/pr/news"><img src="/images/btn/btn_list.gif" alt="목록"></a></p>
</td></tr></table>
<table width="100%" bgcolor="#222222" cellpadding="12"><tr><td align="center"><font size="1" color="#aaaaaa">개인정보처리방침 | 이메일무단수집거부 | 윤리경영<br>서울특별시 강서구 XX대로 000 한빛모빌리티(주) TEL 02-000-0000<br>COPYRIGHT © HANBIT MOBILITY DEMO. ALL RIGHTS RESERVED.</font></td></tr></table>
</body>
</html>
"""))

PAGES.append(("ppomppu_hotdeal_rice", r"""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta charset="utf-8">
<title>뽐뿌뿌 - 뽐뿌게시판 - [지마켓] 신동진쌀 20kg 햅쌀 (52,900원/무료)</title>
<link rel="stylesheet" type="text/css" href="/css/zboard.css">
</head>
<body topmargin="0" leftmargin="0">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td bgcolor="#f6f6f6" height="24"><font size="1"><a>로그인</a> | <a>회원가입</a> | <a>쪽지</a></font></td></tr><tr><td><a><img src="/images/logo.gif" alt="뽐뿌뿌"></a> <font size="2"><b><a>뽐뿌</a> <a>해외뽐뿌</a> <a>쇼핑뽐뿌</a> <a>자유게시판</a> <a>질문게시판</a> <a>포럼</a> <a>장터</a></b></font></td></tr></table>
<table width="1050" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td valign="top">
<table width="100%" cellpadding="4" cellspacing="0" border="0"><tr><td><font size="2"><b>뽐뿌게시판</b></font></td></tr></table>
<table width="100%" cellpadding="6" cellspacing="0" border="0" class="info_bg" style="border-top:2px solid #5a7fb8">
<tr><td><font class="view_title2" size="3"><b>⟪[지마켓] 신동진쌀 20kg 햅쌀 (52,900원/무료)⟫</b></font></td></tr>
<tr><td><font size="2">이름 : <b>쌀사랑농부</b>　|　등록일 : 2025-10-21 09:14　|　조회수 : 8,214　|　추천: 21</font></td></tr>
<tr><td><font size="2">링크 : <a>http://item.gmarket.example/Item?goodscode=000000</a></font></td></tr>
</table>
<table width="100%" cellpadding="12" cellspacing="0" border="0"><tr><td class="board-contents">
<font size="2">⟪올해 수확한 신동진 햅쌀 20kg이 52,900원에 무료배송입니다.⟫<br>⟪카드 할인 적용하면 5만원 초반까지 내려가요.⟫<br><br>⟪작년에 같은 판매처에서 두 번 샀는데 도정일이 주문일 기준 3~4일 이내로 와서 밥맛이 괜찮았습니다.⟫<br>⟪신동진은 밥알이 굵고 찰기가 적당해서 김밥이나 볶음밥용으로도 좋습니다.⟫<br><br>⟪한정 수량이라 품절될 수 있으니 참고하세요.⟫</font>
</td></tr></table>
<table width="100%" cellpadding="4"><tr><td align="center"><font size="2"><a>추천</a> 21　<a>비추천</a> 0　<a>스크랩</a>　<a>신고</a></font></td></tr></table>
<table width="100%" cellpadding="6" cellspacing="0" border="0" class="comment_table">
<tr><td colspan="2" bgcolor="#f3f6fa"><font size="2"><b>댓글 [14]</b></font></td></tr>
<tr><td width="120" valign="top"><font size="2"><b>밥돌이</b></font></td><td><font size="2">어제보다 3천원 싸졌네요. 구매했습니다.</font><br><font size="1" color="#999999">2025-10-21 09:20</font></td></tr>
<tr><td valign="top"><font size="2"><b>현미파</b></font></td><td><font size="2">도정일 확인 좋은 팁이네요</font><br><font size="1" color="#999999">2025-10-21 09:31</font></td></tr>
</table>
<table width="100%" cellpadding="4" cellspacing="0"><tr><td><font size="2"><a>목록</a> | <a>이전글</a> | <a>다음글</a> | <a>글쓰기</a></font></td></tr></table>
<table width="100%" cellpadding="4" cellspacing="0" border="0" class="list"><tr><td><font size="2"><a>[쿠팡] 생수 2L 24병 (13,900원/로켓)</a></font></td></tr><tr><td><font size="2"><a>[11번가] 무선청소기 (89,000원/무료)</a></font></td></tr><tr><td><font size="2"><a>[네이버] 김치 10kg (39,800원/무료)</a></font></td></tr></table>
</td>
<td width="160" valign="top"><font size="2"><b>HOT 게시글</b><br><a>라면 40봉 특가</a><br><a>무선이어폰 역대가</a><br><br><b>광고</b></font></td></tr></table>
<table width="100%" bgcolor="#eeeeee" cellpadding="10"><tr><td align="center"><font size="1">뽐뿌뿌 | 이용약관 | 개인정보처리방침 | 광고문의<br>Copyright ⓒ PPOMPPUU Demo. All rights reserved.</font></td></tr></table>
</body>
</html>
"""))

write_all("ko", PAGES)
