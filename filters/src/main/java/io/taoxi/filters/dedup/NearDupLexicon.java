package io.taoxi.filters.dedup;

import java.util.List;

/**
 * Record: the multilingual phrase bank behind {@link NearDupGenerator}. Every entry is one meaning written
 * in zh-Hans, ja, ko and en (in that order), so a generated document can be rendered in any of the
 * languages (translations are hard negatives) and zh-Hant is derived from zh-Hans by ICU. All text here
 * was written for Taoxi's benchmark; it describes no real events.
 */
final class NearDupLexicon {
    private NearDupLexicon() {
    }

    static final List<String> LANGS = List.of("zh-Hans", "ja", "ko", "en");

    static final String[][] SUBJECTS = {
        {"研究人员", "研究者たち", "연구진은", "the researchers"},
        {"当地居民", "地元の住民", "지역 주민들은", "local residents"},
        {"市政府", "市役所", "시청은", "the city government"},
        {"这家公司", "この会社", "이 회사는", "the company"},
        {"学生们", "学生たち", "학생들은", "the students"},
        {"志愿者", "ボランティア", "자원봉사자들은", "volunteers"},
        {"工程师团队", "技術者のチーム", "엔지니어 팀은", "a team of engineers"},
        {"图书馆员", "図書館の職員", "도서관 직원들은", "the librarians"},
        {"农民合作社", "農業協同組合", "농민 협동조합은", "the farmers' cooperative"},
        {"医院的护士", "病院の看護師", "병원 간호사들은", "nurses at the hospital"},
        {"两位作家", "二人の作家", "두 작가는", "two writers"},
        {"铁路公司", "鉄道会社", "철도 회사는", "the railway company"},
        {"博物馆", "博物館", "박물관은", "the museum"},
        {"一群摄影师", "写真家のグループ", "사진작가들은", "a group of photographers"},
        {"气象部门", "気象当局", "기상청은", "the weather service"},
        {"老师们", "先生たち", "교사들은", "the teachers"},
    };

    static final String[][] TIMES = {
        {"昨天", "昨日", "어제", "yesterday"},
        {"上周末", "先週末", "지난 주말", "last weekend"},
        {"今年春天", "今年の春", "올봄", "this spring"},
        {"三月初", "三月の初め", "3월 초", "in early March"},
        {"去年冬天", "去年の冬", "지난겨울", "last winter"},
        {"本月中旬", "今月半ば", "이달 중순", "in the middle of the month"},
        {"周一上午", "月曜日の午前", "월요일 오전", "on Monday morning"},
        {"节假日期间", "連休中", "연휴 기간에", "during the holidays"},
        {"最近几个月", "ここ数か月", "최근 몇 달 동안", "over the past few months"},
        {"八月底", "八月末", "8월 말", "at the end of August"},
        {"深夜", "深夜", "늦은 밤", "late at night"},
        {"开学前", "新学期の前", "개학 전", "before the term began"},
    };

    static final String[][] PLACES = {
        {"河边公园", "川沿いの公園", "강변 공원", "in the riverside park"},
        {"老城区", "旧市街", "구시가지", "in the old town"},
        {"港口附近", "港の近く", "항구 근처", "near the harbour"},
        {"山区小镇", "山間の町", "산골 마을", "in a mountain town"},
        {"市中心广场", "中心部の広場", "도심 광장", "in the central square"},
        {"大学校园", "大学のキャンパス", "대학 캠퍼스", "on the university campus"},
        {"郊区的农场", "郊外の農場", "교외 농장", "on a farm outside the city"},
        {"火车站旁", "駅のそば", "기차역 옆", "next to the railway station"},
        {"海边的村庄", "海辺の村", "바닷가 마을", "in a seaside village"},
        {"社区活动中心", "地域の集会所", "주민센터", "at the community centre"},
        {"北部的森林", "北部の森", "북부 숲", "in the northern forest"},
        {"旧工厂", "古い工場", "옛 공장", "in an old factory"},
    };

    static final String[][] ACTIONS = {
        {"测试了新的桥梁设计", "新しい橋の設計を試験した", "새 다리 설계를 시험했다", "tested a new bridge design"},
        {"种下了一百多棵树", "百本以上の木を植えた", "나무 백여 그루를 심었다", "planted more than a hundred trees"},
        {"举办了一场免费音乐会", "無料のコンサートを開いた", "무료 음악회를 열었다", "held a free concert"},
        {"发现了一批古代陶器", "古代の陶器を発見した", "고대 도자기를 발견했다", "found a set of ancient pottery"},
        {"讨论了交通拥堵问题", "交通渋滞の問題を話し合った", "교통 체증 문제를 논의했다",
            "discussed the traffic congestion problem"},
        {"开设了夜间阅读课程", "夜の読書講座を開設した", "야간 독서 강좌를 개설했다", "opened an evening reading course"},
        {"修复了一座石桥", "石橋を修復した", "돌다리를 복원했다", "restored a stone bridge"},
        {"记录了候鸟的迁徙路线", "渡り鳥の移動経路を記録した", "철새의 이동 경로를 기록했다",
            "recorded the routes of migrating birds"},
        {"推出了电动公交线路", "電気バスの路線を導入した", "전기 버스 노선을 도입했다", "launched an electric bus line"},
        {"整理了上千份旧档案", "数千件の古い記録を整理した", "옛 기록 수천 건을 정리했다", "sorted thousands of old records"},
        {"组织了一次清洁河道的活动", "川の清掃活動を行った", "하천 정화 활동을 벌였다", "organised a river clean-up"},
        {"测量了土壤的含水量", "土壌の水分量を測定した", "토양 수분을 측정했다", "measured the moisture of the soil"},
        {"展出了一百年前的照片", "百年前の写真を展示した", "백 년 전 사진을 전시했다",
            "showed photographs from a century ago"},
        {"建起了一座小型图书室", "小さな図書室を作った", "작은 도서실을 지었다", "built a small reading room"},
        {"调查了居民的用水习惯", "住民の水の使い方を調査した", "주민들의 물 사용 습관을 조사했다",
            "surveyed how residents use water"},
        {"培训了五十名急救员", "五十人の救急隊員を訓練した", "응급 요원 쉰 명을 훈련했다", "trained fifty first-aid workers"},
        {"收集了旧衣物捐给学校", "古着を集めて学校に寄付した", "헌 옷을 모아 학교에 기부했다",
            "collected old clothes for a school"},
        {"拍摄了一部关于渔民的纪录片", "漁師についての記録映画を撮った", "어부에 관한 다큐멘터리를 찍었다",
            "filmed a documentary about fishermen"},
        {"安装了太阳能路灯", "太陽光の街灯を設置した", "태양광 가로등을 설치했다", "installed solar street lights"},
        {"改良了水稻的种植方法", "稲の栽培方法を改良した", "벼 재배 방법을 개선했다", "improved the way rice is grown"},
    };

    static final String[][] FOLLOW_UPS = {
        {"这吸引了不少市民前来围观", "多くの市民が見物に訪れた", "많은 시민이 구경하러 왔다", "Many people came to watch"},
        {"整个项目花费了大约两年时间", "計画全体でおよそ二年かかった", "전체 사업에 약 2년이 걸렸다",
            "The whole project took about two years"},
        {"参与者普遍表示收获很大", "参加者の多くが得るものが大きかったと話した", "참가자 대부분이 얻은 것이 많았다고 말했다",
            "Most participants said they had learned a lot"},
        {"相关费用由地方财政承担", "費用は地元の予算でまかなわれた", "비용은 지역 예산으로 충당되었다",
            "The costs were paid from the local budget"},
        {"负责人希望明年继续扩大规模", "担当者は来年さらに規模を広げたいと語った", "책임자는 내년에 규모를 더 키우고 싶다고 밝혔다",
            "The organisers hope to expand next year"},
        {"不过也有人对此提出了质疑", "ただし疑問の声も上がった", "다만 일부에서는 의문을 제기했다",
            "Some people, however, raised doubts"},
        {"当天的天气晴朗而温暖", "当日はよく晴れて暖かかった", "그날은 맑고 따뜻했다", "The weather that day was clear and warm"},
        {"详细结果将在下个月公布", "詳しい結果は来月発表される", "자세한 결과는 다음 달에 발표된다",
            "Detailed results will be published next month"},
        {"附近的商店也因此受益", "近くの商店もその恩恵を受けた", "인근 상점들도 덕을 보았다", "Nearby shops also benefited"},
        {"这是该地区多年来的第一次", "この地域では数年ぶりのことだった", "이 지역에서는 수년 만의 일이었다",
            "It was the first time in years for the area"},
    };

    static final String[][] BOILERPLATE = {
        {"首页 > 新闻 > 地方动态", "ホーム > ニュース > 地域", "홈 > 뉴스 > 지역 소식", "Home > News > Local"},
        {"本文来源：城市晚报，转载请注明出处。", "この記事の出典：市民日報。無断転載を禁じます。", "출처: 시민일보. 무단 전재 및 재배포 금지.",
            "Source: The City Evening Post. Do not reproduce without permission."},
        {"责任编辑：王晓明", "編集担当：山田花子", "담당 기자: 김민수", "Edited by Laura Bennett"},
        {"分享到：微信 微博 QQ空间", "シェアする：X Facebook LINE", "공유하기: 카카오톡 페이스북 트위터",
            "Share this: Email, Facebook, X"},
        {"版权所有 © 城市晚报社 保留所有权利", "Copyright © 市民日報社 All Rights Reserved.", "저작권 © 시민일보사. 모든 권리 보유.",
            "Copyright © City Evening Post. All rights reserved."},
        {"更多精彩内容，请关注我们的公众号。", "最新情報はメールマガジンでお届けします。", "더 많은 소식은 구독 버튼을 눌러 주세요.",
            "Sign up for our newsletter to get the latest stories."},
        {"上一篇：港口扩建工程进展顺利", "前の記事：港の拡張工事が順調に進む", "이전 기사: 항구 확장 공사 순조롭게 진행",
            "Previous: Harbour expansion on schedule"},
        {"下一篇：秋季运动会圆满结束", "次の記事：秋の運動会が無事に終了", "다음 기사: 가을 운동회 성황리에 마무리",
            "Next: Autumn sports day ends well"},
    };
}
