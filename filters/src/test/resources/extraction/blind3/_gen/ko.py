"""blind3 ko pages. Run: python3 -B ko.py"""
from common import write_all

PAGES = []

PAGES.append(("naver_news_subway_ac", r"""
<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>지하철 '약냉방칸' 내달부터 확대…"더위 타는 승객은 일반칸으로" : 네이버 뉴스</title>
<meta property="og:title" content="지하철 '약냉방칸' 내달부터 확대">
<link rel="stylesheet" href="https://ssl.pstatic.example/static.news/pc/css/article.css">
</head>
<body>
<div id="u_skip"><a href="#ct">본문 바로가기</a></div>
<header class="Nlnb"><div class="Nlnb_inner"><a class="Nlnb_logo">NAVER</a><a class="Nlnb_service">뉴스</a><ul class="Nlnb_menu"><li><a>언론사별</a></li><li><a>정치</a></li><li><a>경제</a></li><li><a>사회</a></li><li><a>생활/문화</a></li><li><a>IT/과학</a></li><li><a>세계</a></li><li><a>랭킹</a></li></ul><a class="Nlnb_login">로그인</a></div></header>
<div id="ct_wrap"><div id="ct" class="ct _ARTICLE_CONTENT" role="main">
<div class="media_end_head go_trans">
<div class="media_end_head_top"><a class="media_end_head_top_logo"><img alt="한빛일보" src="https://mimgnews.pstatic.example/image/upload/office_logo/999.png"></a><div class="media_end_head_top_channel_layer"><button>구독</button><span>한빛일보 구독자 12.4만</span></div></div>
<div class="media_end_head_title"><h2 id="title_area" class="media_end_head_headline"><span>⟪지하철 '약냉방칸' 내달부터 확대…"더위 타는 승객은 일반칸으로"⟫</span></h2></div>
<div class="media_end_head_info"><div class="media_end_head_journalist"><a><em class="media_end_head_journalist_name">윤서진 기자</em></a></div><div class="media_end_head_info_datestamp"><span class="media_end_head_info_datestamp_time">입력 2025.06.20. 오전 9:41</span><span>수정 2025.06.20. 오전 10:05</span></div><div class="media_end_head_info_variety"><button>공감</button><button>댓글 128</button><button>본문 듣기</button><button>글자 크기</button><button>번역</button><button>공유</button></div></div></div>
<div id="newsct_article" class="newsct_article _article_body">
<article id="dic_area" class="go_trans _article_content">
<span class="end_photo_org"><div class="nbd_im_w"><img src="https://imgnews.pstatic.example/image/999/2025/06/20/subway.jpg"></div><em class="img_desc">서울 지하철 2호선 열차 내부 모습. 한빛일보 자료사진</em></span><br><br>
⟪서울 지하철의 '약냉방칸'이 다음 달부터 모든 호선으로 확대된다. 추위를 많이 타는 승객과 더위를 많이 타는 승객 사이의 냉방 민원을 줄이기 위한 조치다.⟫<br><br>⟪서울교통공사는 20일 7월 1일부터 1~8호선 전 열차에 약냉방칸을 운영한다고 밝혔다. 약냉방칸은 일반칸보다 설정 온도가 1~2도 높은 칸으로, 그동안 일부 호선에서만 시범 운영해 왔다.⟫<br><br>⟪공사에 따르면 지난해 여름 접수된 냉방 관련 민원은 약 24만 건으로, 이 가운데 '춥다'는 민원과 '덥다'는 민원이 거의 비슷한 비율이었다. 같은 열차 안에서도 승객마다 체감 온도가 달라 한 가지 온도로는 모두를 만족시키기 어렵다는 설명이다.⟫<br><br>⟪약냉방칸은 열차 양 끝에서 두 번째 칸 등 호선별로 위치가 다르며, 승강장 안전문과 열차 내부에 안내 스티커가 붙는다. 공사 관계자는 "더위를 많이 타는 승객은 열차 중간의 일반칸이나 강냉방칸을 이용해 달라"고 당부했다.⟫<br><br>
윤서진 기자 sjyoon@hanbit.example
</article>
<p class="source_txt">Copyright ⓒ 한빛일보. All rights reserved. 무단 전재 및 재배포, AI 학습 및 활용 금지</p>
</div>
<div class="media_end_linked"><h4>기사 섹션 분류 안내</h4><p>기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다.</p></div>
<div class="_reactionModule u_likeit"><span>좋아요 34</span><span>훈훈해요 3</span><span>슬퍼요 0</span><span>화나요 12</span><span>후속기사 원해요 8</span></div>
<div class="press_ranking"><h4>한빛일보 랭킹 뉴스</h4><ol><li><a>장마 시작 닷새 늦어진다…이번 주 폭염 계속</a></li><li><a>청년 월세 지원 2차 신청 시작</a></li><li><a>전기차 충전요금 다음 달 인상</a></li></ol><p>오후 1시~2시까지 집계한 결과입니다.</p></div>
<div class="u_cbox"><h4>댓글</h4><p>댓글 128</p><ul><li><span class="u_cbox_nick">hyun****</span><span class="u_cbox_contents">약냉방칸 위치를 앱에서도 알려주면 좋겠네요</span></li><li><span class="u_cbox_nick">ssss****</span><span class="u_cbox_contents">출근길엔 어느 칸이든 사람 때문에 더워요</span></li></ul></div>
</div>
<aside class="aside"><div class="ofhd_float"><h4>많이 본 뉴스</h4><ol><li><a>코스피, 외국인 매수에 상승 출발</a></li><li><a>올여름 휴가지 1위는 어디</a></li></ol></div><div class="aside_ad"><span>광고</span></div></aside>
</div>
<footer id="footer"><p><a>네이버 뉴스 고객센터</a> <a>기사배열 책임자</a> <a>청소년 보호 책임자</a></p><p>각 기사의 저작권은 해당 언론사에 있습니다.</p><p>© NAVER Demo Corp.</p></footer>
</body>
</html>
"""))

PAGES.append(("tistory_docker_prune", r"""
<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>도커 디스크 용량 정리하기 (docker system prune 정리)</title>
<meta property="og:site_name" content="개발하는 곰돌이">
<link rel="stylesheet" href="https://tistory1.daumcdn.example/tistory/5512/skin/style.css">
</head>
<body id="tt-body-page" class="layout-aside-right">
<div id="wrap">
<header id="header"><div class="inner"><h1><a>개발하는 곰돌이</a></h1><nav id="gnb"><ul><li><a>홈</a></li><li><a>태그</a></li><li><a>방명록</a></li></ul></nav><div class="util"><a class="search">검색</a><a class="login">로그인</a></div></div></header>
<section id="container"><div class="content-wrap">
<article id="content">
<div class="hgroup"><span class="category">DevOps/Docker</span><h1>⟪도커 디스크 용량 정리하기 (docker system prune 정리)⟫</h1><div class="post-meta"><span class="author">곰돌이개발자</span><span class="date">2025. 3. 27. 21:40</span></div></div>
<div class="entry-content"><div class="tt_article_useless_p_margin contents_style">
<p data-ke-size="size16">⟪서버 디스크가 90%를 넘었다는 알림이 와서 확인해 보니 범인은 도커였다. 빌드를 반복하면서 쌓인 이미지와 빌드 캐시가 40GB가 넘었다. 정리하면서 쓴 명령어를 남겨 둔다.⟫</p>
<h3 data-ke-size="size23">⟪1. 무엇이 용량을 차지하는지 확인⟫</h3>
<pre class="bash" data-ke-language="bash"><code>⟦$ docker system df
TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE
Images          48        6         31.2GB    27.9GB (89%)
Build Cache     212       0         9.8GB     9.8GB⟧</code></pre>
<p data-ke-size="size16">⟪RECLAIMABLE 열이 지워도 되는 용량이다. 실행 중인 컨테이너가 쓰는 이미지는 지워지지 않는다.⟫</p>
<h3 data-ke-size="size23">⟪2. 한 번에 정리⟫</h3>
<pre class="bash" data-ke-language="bash"><code>⟦$ docker system prune -a --volumes⟧</code></pre>
<p data-ke-size="size16">⟪<b>-a</b> 옵션을 붙이면 사용하지 않는 모든 이미지가, <b>--volumes</b>를 붙이면 사용하지 않는 볼륨까지 지워진다. 볼륨에는 데이터베이스 데이터가 들어 있을 수 있으니 운영 서버에서는 빼고 실행하는 게 안전하다.⟫</p>
<h3 data-ke-size="size23">⟪3. 빌드 캐시만 정리⟫</h3>
<pre class="bash" data-ke-language="bash"><code>⟦$ docker builder prune --filter "until=168h"⟧</code></pre>
<p data-ke-size="size16">⟪일주일보다 오래된 빌드 캐시만 지운다. 크론에 등록해 두면 용량 문제가 다시 생기지 않는다.⟫</p>
</div>
<div class="container_postbtn"><div class="postbtn_like"><button class="btn_post uoc-icon">♥ 공감 7</button><button class="btn_post sns_btn">공유하기</button><button class="btn_post">게시글 관리</button></div></div>
<div class="tt-plugin-cc"><a rel="license"><img src="//t1.daumcdn.example/tistory_admin/static/manage/licenseicon/by-nc-nd.png" alt="저작자표시 비영리 변경금지"></a><span>저작자표시 비영리 변경금지</span></div>
</div>
<div class="tags">태그 <a>docker</a>, <a>디스크</a>, <a>prune</a></div>
<div class="another_category another_category_color_gray"><h4>'DevOps/Docker' 카테고리의 다른 글</h4><table><tr><th><a>docker compose 환경변수 우선순위</a></th><td>2025.03.11</td></tr><tr><th><a>멀티 스테이지 빌드로 이미지 크기 줄이기</a></th><td>2025.02.20</td></tr></table></div>
<div class="comments"><h3>댓글 2</h3><ul><li><span class="name">초보데브</span><p>--volumes 때문에 DB 날린 적 있어서 공감합니다 ㅠ</p><span class="date">2025.03.28 09:12</span></li><li><span class="name">곰돌이개발자</span><p>헉 고생하셨네요..</p></li></ul><div class="comment-form"><textarea placeholder="여러분의 소중한 댓글을 입력해주세요"></textarea><button>등록</button></div></div>
</article>
<aside id="aside"><div class="module"><h3>카테고리</h3><ul><li>분류 전체보기 (143)</li><li>DevOps (38)</li><li>Backend (61)</li></ul></div><div class="module"><h3>최근글</h3><ul><li>도커 디스크 용량 정리하기</li><li>Nginx 리버스 프록시 설정</li></ul></div><div class="module revenue_unit_wrap"><span>광고</span><ins class="kakao_ad_area"></ins></div></aside>
</div></section>
<footer id="footer"><p>Designed by 티스토리</p><p>© Kakao Demo Corp.</p></footer>
</div>
</body>
</html>
"""))

PAGES.append(("dcinside_night_ride", r"""
<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>한강 자전거길 야간 라이딩 후기 - 자전거 갤러리</title>
<link rel="stylesheet" href="https://gall.dcinside.example/_css/view.css">
</head>
<body>
<div id="top" class="dcwrap width1160 view_wrap">
<header class="dcheader typea"><div class="dchead"><h1 class="dc_logo"><a>디시인사이드</a><a>갤러리</a></h1><div class="area_search"><input title="디시 통합검색" placeholder="갤러리 & 통합검색"><button>검색</button></div><div class="area_links"><a>로그인</a><a>회원가입</a></div></div>
<div class="gnb_bar"><ul class="gnb_list"><li><a>갤러리</a></li><li><a>마이너갤</a></li><li><a>미니갤</a></li><li><a>인물갤</a></li><li><a>갤로그</a></li><li><a>디시트렌드</a></li><li><a>이벤트</a></li></ul></div></header>
<div class="page_head clear"><div class="fl clear"><h2><a>자전거 갤러리</a></h2></div><div class="fr gall_issuebox"><button>즐겨찾기</button><button>갤러리 정보</button></div></div>
<section><article>
<div class="view_content_wrap"><header><div class="gallview_head clear ub-content">
<h3 class="title ub-word"><span class="title_subject">⟪한강 자전거길 야간 라이딩 후기⟫</span></h3>
<div class="gall_writer ub-writer" data-nick="밤바람"><div class="fl"><span class="nickname in" title="밤바람"><em>밤바람</em></span><span class="ip">(211.36)</span><span class="gall_date">2025.05.24 23:51:07</span></div><div class="fr"><span class="gall_count">조회 1842</span><span class="gall_reply_num">댓글 6</span></div></div></div></header>
<div class="gallview_contents"><div class="inner clear"><div class="writing_view_box"><div class="write_div" style="overflow:hidden;width:900px;">
<div>⟪퇴근하고 여의도에서 출발해서 잠실까지 왕복하고 왔다.⟫</div>
<div>⟪왕복 약 50km, 쉬는 시간 포함 세 시간 정도 걸림.⟫</div>
<div><br></div>
<div><img src="https://dcimg5.dcinside.example/viewimage.php?id=bike&amp;no=24b0d7" style="max-width:900px"></div>
<div><br></div>
<div>⟪밤에 타니까 낮보다 사람이 적어서 속도 내기 좋았음. 대신 몇 가지 느낀 점 적어 봄.⟫</div>
<div><br></div>
<div>⟪1. 전조등은 밝은 거 필수. 반포 지나서 조명 없는 구간이 꽤 길다.⟫</div>
<div>⟪2. 후미등 없는 사람 생각보다 많음. 뒤에서 오는 자전거 안 보여서 식겁함.⟫</div>
<div>⟪3. 편의점은 뚝섬 쪽이 제일 늦게까지 열려 있었음.⟫</div>
<div>⟪4. 강바람 때문에 여름인데도 바람막이 하나 챙기는 게 좋다.⟫</div>
<div><br></div>
<div>⟪다음 주엔 팔당까지 가 볼 생각인데 야간에 가도 괜찮은지 아는 사람 있음?⟫</div>
<div><br></div>
<div><span style="color:#999">- dc official App</span></div>
</div></div></div>
<div class="btn_recommend_box recomuse_y morebox"><div class="inner_box"><div class="up_num_box"><p class="up_num font_red">27</p><button class="btn_recom_up">개념 추천</button></div><div class="down_num_box"><p class="down_num">1</p><button class="btn_recom_down">비추천</button></div></div><div class="recom_bottom_box"><button>공유</button><button>신고</button></div></div>
</div></div>
<div class="comment_wrap show"><div class="comment_count"><span>전체 댓글 6개</span></div><ul class="cmt_list"><li class="ub-content"><div class="cmt_nickbox"><span class="nickname"><em>팔당러</em></span></div><p class="usertxt ub-word">팔당 야간은 조명 더 없음 무조건 두 명 이상 가라</p><span class="date_time">05.25 00:12:44</span></li><li class="ub-content"><div class="cmt_nickbox"><span class="nickname"><em>ㅇㅇ</em><span class="ip">(118.235)</span></span></div><p class="usertxt ub-word">후미등 진짜 공감</p><span class="date_time">05.25 00:30:02</span></li></ul><div class="cmt_write_box"><textarea placeholder="타인의 권리를 침해하거나 명예를 훼손하는 댓글은 운영원칙 및 관련 법률에 제재를 받을 수 있습니다."></textarea><button>등록</button></div></div>
</article></section>
<div class="gall_list_wrap"><h4>자전거 갤러리 인기글</h4><ul><li><a>입문용 로드 200만원 이하 추천 좀</a></li><li><a>클릿 처음 끼고 세 번 넘어짐</a></li></ul></div>
<div class="ad_bottom_list"><span>AD</span><a>여름 라이딩 저지 최대 60% 할인</a></div>
<div class="app_down"><p>디시인사이드 앱 설치하고 더 편하게 보세요</p></div>
<footer class="dcfoot"><div><a>회사소개</a> <a>인재채용</a> <a>제휴안내</a> <a>광고안내</a> <a>이용약관</a> <a>개인정보처리방침</a> <a>청소년보호정책</a></div><p>Copyright ⓒ 1999 - 2025 dcinside demo. All rights reserved.</p></footer>
</div>
</body>
</html>
"""))

PAGES.append(("kin_monstera_leaves", r"""
<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>몬스테라 잎이 갈색으로 변해요 : 지식iN</title>
<link rel="stylesheet" href="https://ssl.pstatic.example/static/kin/pc/css/detail.css">
</head>
<body>
<div id="wrap">
<div id="header"><div class="header_inner"><a class="logo_naver">NAVER</a><a class="logo_kin">지식iN</a><div class="search"><input title="검색어 입력"><button>검색</button></div><ul class="gnb"><li><a>Q&amp;A</a></li><li><a>지식백과</a></li><li><a>전문가</a></li><li><a>엑스퍼트</a></li></ul><a class="btn_login">로그인</a></div></div>
<div id="container"><div id="content">
<div class="location"><a>지식iN</a> &gt; <a>생활</a> &gt; <a>원예, 식물</a></div>
<div class="c-heading _questionContentsArea c-heading--default-old">
<div class="c-heading__title"><div class="c-heading__title_inner"><div class="title">⟪몬스테라 잎이 갈색으로 변해요⟫</div></div></div>
<div class="c-heading__content">⟪작년 가을에 들인 몬스테라인데 최근 잎 가장자리부터 갈색으로 마르면서 변하고 있어요.<br>물은 일주일에 한 번 컵으로 두 컵 정도 주고 있고, 거실 창가에서 50cm 정도 떨어진 곳에 두고 있습니다.<br>새 잎은 잘 나오는데 아래쪽 잎이 계속 이렇게 되네요. 원인이 뭘까요?⟫</div>
<div class="c-userinfo"><span class="c-userinfo__author">비공개</span><span class="c-userinfo__info">작성일 2025.04.08</span><span class="c-userinfo__info">조회수 2,041</span></div>
<div class="c-heading__button"><button>궁금해요 3</button><button>답변하기</button><button>공유</button></div></div>
<div class="ad_area"><span class="ad_mark">광고</span><a>반려식물 영양제 1+1 특가</a></div>
<div class="answer-content__list _answerList">
<div class="answer-content__item _contentWrap _answer"><div class="c-heading-answer"><div class="c-heading-answer__title"><span class="adopt-check-box"><span class="badge">질문자채택</span></span><div class="c-userinfo-answer"><a class="name">초록손가락</a><span class="grade">식물박사 · 채택답변수 1,248</span></div></div></div>
<div class="c-heading-answer__content"><div class="_answerContentsArea se-viewer"><div class="se-main-container">
<div class="se-component se-text"><div class="se-component-content"><div class="se-section se-section-text"><div class="se-module se-module-text"><p class="se-text-paragraph"><span>⟪아래쪽 잎부터 가장자리가 갈색으로 마르는 건 대부분 공기가 건조하거나 물 주는 간격이 불규칙할 때 생깁니다.⟫</span></p><p class="se-text-paragraph"><span>⟪일주일에 한 번 정해진 날짜에 주기보다는, 화분 흙을 손가락 두 마디 깊이로 찔러 봐서 말라 있을 때 흠뻑 주세요. 화분 받침에 고인 물은 꼭 버려야 합니다.⟫</span></p><p class="se-text-paragraph"><span>⟪또 오래된 아래 잎은 새 잎에 양분을 넘겨주면서 자연스럽게 시들기도 하니, 한두 장이면 크게 걱정하지 않으셔도 됩니다. 마른 잎은 잘라 주세요.⟫</span></p></div></div></div></div>
</div></div></div>
<div class="c-heading-answer__content-date">2025.04.08.</div><div class="button_area"><button>도움돼요 15</button><button>의견 1</button></div></div>
<div class="answer-content__item _contentWrap _answer"><div class="c-heading-answer"><div class="c-heading-answer__title"><div class="c-userinfo-answer"><a class="name">naver****님</a><span class="grade">평민</span></div></div></div>
<div class="c-heading-answer__content"><div class="_answerContentsArea"><div class="_endContentsText c-heading-answer__content-user">⟪창가 쪽이면 겨울 동안 찬바람을 맞았을 수도 있어요. 창문과 조금 더 떨어뜨리고, 가습기를 근처에 두면 좋아집니다.⟫</div></div></div>
<div class="c-heading-answer__content-date">2025.04.09.</div><div class="button_area"><button>도움돼요 2</button></div></div>
</div>
<div class="answer_write"><p>이 질문에 답변해 주세요</p><a class="btn">답변하기</a></div>
<div class="related_question"><h3>관련 질문</h3><ul><li><a>몬스테라 분갈이 시기 언제가 좋나요</a></li><li><a>스킨답서스 잎이 노랗게 돼요</a></li></ul></div>
</div>
<div id="aside"><div class="aside_box"><h3>지식iN 주간 랭킹</h3><ol><li>실업급여 신청 방법</li><li>자동차 보험 갱신</li></ol></div><div class="aside_ad"><span>광고</span></div></div>
</div>
<div id="footer"><p><a>이용약관</a> <a>개인정보처리방침</a> <a>책임의 한계와 법적고지</a> <a>지식iN 운영정책</a> <a>고객센터</a></p><p>© NAVER Demo Corp.</p></div>
</div>
</body>
</html>
"""))

PAGES.append(("coupang_humidifier", r"""
<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>미스트라 가열식 가습기 4L MH-400 - 가습기 | 쿠팡데모</title>
<link rel="stylesheet" href="https://static.coupangcdn.example/sdp/css/main.css">
</head>
<body>
<div id="header"><div class="header-inner"><a class="coupang-logo">쿠팡데모</a><div class="header-search"><select><option>전체</option></select><input placeholder="찾고 싶은 상품을 검색해보세요!"><button>검색</button></div><ul class="header-menu"><li><a>마이쿠팡</a></li><li><a>장바구니</a></li><li><a>로그인</a></li><li><a>회원가입</a></li><li><a>고객센터</a></li></ul></div></div>
<div id="breadcrumb"><a>쿠팡 홈</a> &gt; <a>가전디지털</a> &gt; <a>계절환경가전</a> &gt; <a>가습기</a></div>
<div class="prod-atf"><div class="prod-image"><img src="https://thumbnail.coupangcdn.example/thumbnails/remote/492x492ex/image/mh400.jpg"></div>
<div class="prod-buy"><div class="prod-buy-header"><a class="prod-brand-name">미스트라</a><h2 class="prod-buy-header__title">⟪미스트라 가열식 가습기 4L MH-400⟫</h2><div class="prod-buy-header__info"><span class="rating-star-num" style="width:90%"></span><span class="count">1,284개 상품평</span></div></div>
<div class="prod-price"><span class="discount-rate">23%</span><span class="origin-price">89,000원</span><span class="total-price"><strong>68,500</strong>원</span><span class="badge rocket">로켓배송</span></div>
<div class="prod-coupon"><a>최대 5% 카드 즉시할인</a><a>쿠폰 받기</a></div>
<div class="prod-shipping"><p>내일(목) 5/29 도착 보장</p><p>무료배송</p></div>
<div class="prod-option"><span>색상</span><button>화이트</button><button>그레이</button></div>
<div class="prod-quantity"><input value="1"><button class="prod-cart-btn">장바구니 담기</button><button class="prod-buy-btn">바로구매</button></div>
<ul class="prod-description-attribute"><li class="prod-attr-item">⟪물통 용량: 4L⟫</li><li class="prod-attr-item">⟪가습 방식: 가열식⟫</li><li class="prod-attr-item">⟪소비전력: 280W⟫</li><li class="prod-attr-item">⟪최대 연속 사용 시간: 20시간⟫</li></ul></div></div>
<div id="btfTab" class="product-tab"><ul class="tab-titles"><li class="active">상품상세</li><li>상품평 (1,284)</li><li>상품문의</li><li>배송/교환/반품 안내</li></ul>
<div class="tab-contents">
<div class="product-detail-content-inside"><div class="vendor-item"><img src="https://thumbnail.coupangcdn.example/detail/mh400_01.jpg">
<h3>⟪끓여서 내보내는 깨끗한 수증기⟫</h3>
<p>⟪물을 100도로 끓여 만든 수증기를 적당한 온도로 식혀 내보내기 때문에 세균 걱정이 적고, 흰 가루가 생기지 않습니다.⟫</p>
<p>⟪물통과 가열판이 분리되어 손을 넣어 구석까지 세척할 수 있고, 구연산 세척 모드로 물때를 간편하게 제거할 수 있습니다.⟫</p>
<img src="https://thumbnail.coupangcdn.example/detail/mh400_02.jpg"></div></div>
<div class="product-item__table product-essential-info"><p class="title">필수 표기정보</p>
<table class="prod-delivery-return-policy-table essential-info-table">
⟬<tr><th>품명 및 모델명</th><td>미스트라 가열식 가습기 MH-400</td></tr>⟭
⟬<tr><th>KC 인증정보</th><td>XU071234-25001A</td></tr>⟭
⟬<tr><th>정격전압, 소비전력</th><td>220V / 280W</td></tr>⟭
⟬<tr><th>크기</th><td>220 x 220 x 310 mm</td></tr>⟭
⟬<tr><th>제조국</th><td>대한민국</td></tr>⟭
⟬<tr><th>품질보증기준</th><td>구입일로부터 1년</td></tr>⟭
</table></div>
<div class="sdp-review"><h4>상품평</h4><div class="sdp-review__article__list"><div class="sdp-review__article__list__info__user__name">김*현</div><div class="sdp-review__article__list__review__content">소음이 조금 있지만 가습량은 확실합니다. 밤새 틀어도 물이 남아요.</div></div><div class="sdp-review__article__list"><div class="sdp-review__article__list__info__user__name">이*영</div><div class="sdp-review__article__list__review__content">세척이 편해서 좋아요.</div></div></div>
<div class="recommend-widget"><h4>함께 비교하면 좋을 상품</h4><ul><li>초음파 가습기 3L <span>39,900원</span></li><li>복합식 가습기 5L <span>129,000원</span></li></ul></div>
<div class="prod-delivery-return-policy"><h4>배송정보</h4><p>배송방법: 순차배송 / 배송비: 무료배송</p><h4>교환/반품 안내</h4><p>교환/반품에 관한 일반적인 사항은 판매자가 제시사항보다 관계법령이 우선합니다.</p></div>
</div></div>
<div id="footer"><p><a>회사소개</a> <a>Investor Relations</a> <a>인재채용</a> <a>입점 / 제휴문의</a> <a>공지사항</a> <a>고객의 소리</a> <a>이용약관</a> <a>개인정보 처리방침</a></p><p>상호명 및 호스팅 서비스 제공 : 쿠팡데모(주) 사업자등록번호 : 000-00-00000 통신판매업신고 : 2025-서울송파-0000</p><p>Copyright © Coupang Demo Corp. 2010-2025 All Rights Reserved.</p></div>
</body>
</html>
"""))

PAGES.append(("gov_press_heatwave_workers", r"""
<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>폭염 속 야외 노동자 보호 대책 시행 | 보도자료 | 정책브리핑데모</title>
<link rel="stylesheet" href="/static/css/briefing_view.css">
</head>
<body>
<div id="skipnav"><a href="#content">본문 바로가기</a></div>
<div class="gov_mark"><img src="/images/taeguk.png" alt=""><span>이 누리집은 대한민국 공식 전자정부 누리집입니다.</span></div>
<div id="header"><h1><a>정책브리핑데모</a></h1><ul class="gnb"><li><a>뉴스</a></li><li><a>정책자료</a></li><li><a>브리핑룸</a></li><li><a>사실은 이렇습니다</a></li><li><a>국민참여</a></li></ul><div class="util"><a>로그인</a><a>회원가입</a><a>ENGLISH</a></div></div>
<div id="container"><div class="lnb"><h2>브리핑룸</h2><ul><li><a>보도자료</a></li><li><a>연설문</a></li><li><a>국무회의 브리핑</a></li></ul></div>
<div id="content">
<div class="location">홈 &gt; 브리핑룸 &gt; 보도자료</div>
<div class="article_head"><span class="source">고용노동부데모</span><span class="date">2025.07.02</span>
<h1 class="title">⟪폭염 속 야외 노동자 보호 대책 시행⟫</h1>
<p class="sub_title">⟪- 체감온도 35도 이상 시 매시간 15분 휴식 의무화, 건설·물류 현장 집중 점검 -⟫</p>
<div class="share"><a>페이스북</a><a>엑스</a><a>카카오톡</a><a>URL 복사</a><a>인쇄</a></div></div>
<div class="view_cont">
<p>⟪□ 고용노동부는 여름철 폭염으로부터 야외 노동자의 건강을 지키기 위해 7월 1일부터 9월 30일까지 '폭염 대비 노동자 건강보호 대책'을 시행한다고 밝혔다.⟫</p>
<p>⟪□ 이번 대책에 따라 체감온도가 35도 이상인 경우 사업주는 매시간 15분 이상 휴식을 주어야 하며, 오후 2시부터 5시까지는 옥외 작업을 최소화하도록 권고된다.⟫</p>
<p>⟪○ 휴식 장소에는 그늘막과 냉수, 냉방 장치를 갖추어야 하며, 작업 중인 노동자가 쉽게 이용할 수 있는 위치에 설치해야 한다.⟫</p>
<p>⟪○ 고령 노동자와 기저질환자, 작업에 처음 배치된 노동자에 대해서는 작업 시간을 줄이는 등 별도의 보호 조치를 하도록 했다.⟫</p>
<p>⟪□ 또한 온열질환 발생 위험이 높은 건설 현장과 물류센터 등 3천여 곳을 대상으로 8월 말까지 집중 점검을 벌이고, 휴식 시간을 지키지 않은 사업장은 즉시 시정 조치한다.⟫</p>
<p>⟪□ 장관은 "폭염은 노동자의 생명과 직결되는 문제"라며 "현장에서 물, 그늘, 휴식의 기본 수칙이 반드시 지켜지도록 해 달라"고 당부했다.⟫</p>
<div class="attach_file"><p class="tit">첨부파일</p><ul><li><a>(보도자료) 폭염 속 야외 노동자 보호 대책 시행.hwpx</a> <a class="btn_view">바로보기</a></li><li><a>(붙임) 폭염 대비 노동자 건강보호 가이드.pdf</a> <a class="btn_view">바로보기</a></li></ul></div>
<table class="charge_table"><caption>담당 부서</caption><tr><th>담당 부서</th><td>산업보건기준과</td><th>책임자</th><td>과 장 김도윤 (044-202-0000)</td></tr><tr><th></th><td></td><th>담당자</th><td>사무관 정하늘 (044-202-0001)</td></tr></table>
</div>
<div class="kogl"><img src="/images/kogl_type1.png" alt="공공누리 제1유형"><p>이 자료는 고용노동부데모의 보도자료를 전재하여 제공함을 알려드립니다.</p></div>
<div class="prev_next"><p>이전글 <a>2025년 하반기 청년 일경험 지원사업 참여기업 모집</a></p><p>다음글 <a>산업재해 예방 우수 사업장 포상 실시</a></p></div>
</div></div>
<div id="footer"><p>(30112) 세종특별자치시 도움6로 11 정부세종청사 | 대표전화 044-000-0000</p><p>Copyright © Ministry of Demo. All Rights Reserved.</p></div>
</body>
</html>
"""))

PAGES.append(("pann_wedding_gift", r"""
<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>친구 결혼식 축의금 때문에 고민입니다 - 네이트판</title>
<link rel="stylesheet" href="https://pann.nate.example/css/view.css">
</head>
<body>
<div id="natebar"><a class="logo">NATE</a><ul><li><a>뉴스</a></li><li><a>판</a></li><li><a>쇼핑</a></li></ul><a class="login">로그인</a></div>
<div id="pannHeader"><h1><a>판</a></h1><ul class="pann_gnb"><li><a>톡커들의 선택</a></li><li><a>랭킹</a></li><li><a>채널</a></li><li><a>톡톡</a></li></ul><a class="write">글쓰기</a></div>
<div id="container"><div class="content">
<div class="post-tit-info"><div class="tit-info-channel">결혼/시집/친정</div>
<h1>⟪친구 결혼식 축의금 때문에 고민입니다⟫</h1>
<div class="info"><span class="writer">ㅇㅇ</span><span class="date">2025.04.11 14:27</span><span class="count">조회 48,215</span><span class="recommend">추천 112</span></div></div>
<div class="posting"><div id="contentArea" class="posting-area">⟪안녕하세요 30대 초반 직장인입니다.<br>방탈 죄송하지만 결혼하신 분들 의견이 궁금해서 여기 올려요.<br><br>대학 때 친했던 친구가 다음 달에 결혼을 해요.<br>졸업하고 나서는 일 년에 한두 번 연락하는 정도였는데 얼마 전에 청첩장을 받았어요.<br><br>문제는 3년 전에 제 결혼식 때 이 친구가 축의금을 5만 원 했거든요.<br>그때는 다들 사회 초년생이라 서운하지 않았고 와 준 것만으로도 고마웠어요.<br><br>그런데 요즘 밥값이 많이 올라서 5만 원 내고 식사하기가 눈치 보이더라고요.<br>받은 만큼 5만 원을 하는 게 맞을까요, 아니면 10만 원을 하는 게 맞을까요?<br>남편은 받은 대로 하라고 하고, 저는 좀 민망할 것 같아서요.<br><br>다들 어떻게 하시는지 궁금합니다.⟫</div>
<div class="btn-wrap"><button class="btn-recommend">추천 112</button><button class="btn-oppose">반대 9</button><button>공유</button><button>신고</button></div></div>
<div class="cmt_best"><h3>베스트 댓글</h3><div class="cmt_item"><span class="nameui">ㅇㅇ</span><dd class="usertxt">참석하면 10, 불참이면 5 이게 요즘 국룰</dd><span class="reply-recommend">추천 1,204</span></div><div class="cmt_item"><span class="nameui">ㅇㅇ</span><dd class="usertxt">물가 오른 거 생각하면 10이 맞아요</dd></div></div>
<div class="cmt_write"><textarea placeholder="로그인 후 댓글을 작성할 수 있습니다."></textarea><button>등록</button></div>
<div class="other_post"><p>이전글 <a>시어머니 생신 선물 추천 부탁드려요</a></p><p>다음글 <a>신혼집 가전 어디까지 사야 하나요</a></p></div>
</div>
<div class="aside"><div class="ranking"><h3>판 랭킹</h3><ol><li><a>회사 점심시간에 생긴 일</a></li><li><a>남자친구가 제 생일을 잊었어요</a></li><li><a>층간소음 해결 후기</a></li></ol></div><div class="ad"><span>AD</span></div><div class="app"><p>네이트판 앱 다운로드</p></div></div>
</div>
<div id="footer"><p><a>회사소개</a> <a>이용약관</a> <a>개인정보처리방침</a> <a>청소년보호정책</a> <a>고객센터</a></p><p>Copyright © SK Communications Demo. All rights reserved.</p></div>
</body>
</html>
"""))

PAGES.append(("brunch_essay_quitting", r"""
<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>퇴사 후 일 년, 통장보다 먼저 바닥난 것</title>
<meta property="og:site_name" content="브런치스토리">
<link rel="stylesheet" href="https://t1.daumcdn.example/brunch/static/css/service/view.css">
</head>
<body class="service_article">
<div id="wrap">
<div class="service_header"><a class="link_logo">brunch story</a><div class="wrap_btn"><a class="btn_start">시작하기</a><a class="btn_search">검색</a></div></div>
<div class="cover_item cover_image"><div class="cover_inner"><div class="cover_cell">
<h1 class="cover_title">⟪퇴사 후 일 년, 통장보다 먼저 바닥난 것⟫</h1>
<p class="cover_sub_title">⟪프리랜서 일 년 차가 배운 생활의 리듬⟫</p>
<span class="cover_byline"><span class="txt_by">by</span> <a class="link_by">이서우</a><span class="ico_dot"></span><span class="date">Mar 02. 2025</span></span></div></div></div>
<div class="wrap_body"><div class="wrap_body_frame">
<h4 class="wrap_item item_type_text">⟪자유는 생각보다 무거웠다⟫</h4>
<p class="wrap_item item_type_text">⟪회사를 그만두던 날, 나는 가장 먼저 알람을 껐다. 아홉 시에 출근하지 않아도 되고, 보고서를 쓰지 않아도 되는 삶. 처음 한 달은 정말 좋았다. 늦게 일어나 커피를 내리고, 사람 없는 평일 낮에 전시를 보러 갔다.⟫</p>
<p class="wrap_item item_type_text">⟪문제는 두 번째 달부터였다. 일이 들어오지 않는 날에는 하루 종일 아무것도 하지 않았고, 일이 몰리는 주에는 새벽 세 시까지 노트북 앞에 앉아 있었다. 먼저 바닥난 것은 통장이 아니라 체력과 리듬이었다.⟫</p>
<h4 class="wrap_item item_type_text">⟪출근하지 않는 사람의 출근⟫</h4>
<p class="wrap_item item_type_text">⟪그래서 나는 다시 출근을 하기로 했다. 집에서 십오 분 거리의 공유 오피스에 자리를 하나 빌렸다. 아침 아홉 시 반에 도착해서 여섯 시에 노트북을 덮는다. 일이 없는 날에도 간다. 그날은 포트폴리오를 정리하거나 책을 읽는다.⟫</p>
<p class="wrap_item item_type_text">⟪이상하게도 그렇게 하자 일이 더 잘 들어왔다. 정해진 시간에 연락이 닿는 사람이 되자 거래처가 나를 더 믿어 주었다. 자유롭게 일한다는 건 아무 때나 일하는 것이 아니라, 내 시간을 내가 정한다는 뜻이었다.⟫</p>
<p class="wrap_item item_type_text">⟪퇴사를 고민하는 친구들에게 요즘 나는 이렇게 말한다. 통장 잔고만큼이나 하루의 리듬을 어떻게 지킬지 먼저 생각해 두라고.⟫</p>
</div></div>
<div class="wrap_keyword"><ul class="list_keyword"><li><a>퇴사</a></li><li><a>프리랜서</a></li><li><a>에세이</a></li></ul></div>
<div class="wrap_sns_util"><button class="btn_like">라이킷 86</button><button class="btn_comment">댓글 7</button><button class="btn_share">공유</button><button class="btn_more">작가의 글 더보기</button></div>
<div class="wrap_profile"><strong class="tit_profile">이서우</strong><p class="txt_profile">회사 밖에서 일하는 법을 배우는 중인 프리랜서 디자이너</p><a class="btn_subscribe">구독</a></div>
<div class="wrap_article_list"><a class="link_prev">이전 07화 첫 세금 신고를 하던 날</a><a class="link_next">다음 09화 거절하는 연습</a></div>
<div class="wrap_brunchbook"><p>브런치북 [회사 밖 일 년] 9화 연재 중</p><a>브런치북 보기</a></div>
<div class="wrap_comment"><div class="cmt_item"><span>김작가</span><p>공유 오피스 이야기 공감돼요. 저도 카페 대신 자리를 구했어요.</p></div></div>
<div class="service_footer"><p><a>브런치스토리 소개</a> <a>이용약관</a> <a>운영정책</a> <a>개인정보처리방침</a></p><p>© Kakao Demo Corp.</p></div>
</div>
</body>
</html>
"""))

if __name__ == "__main__":
    write_all("ko", PAGES)
