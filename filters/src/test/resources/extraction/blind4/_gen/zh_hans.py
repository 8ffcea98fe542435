"""blind4 zh-Hans pages. Run: python3 -B zh_hans.py"""
from common import write_all

PAGES = []

PAGES.append(("thepaper_longread_ferry", r"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>最后一班渡船：长江边的摆渡人老周_澎浪新闻-The Wave</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="/_next/static/css/5b1e0c2a9d7f.css">
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"detailData":{"contId":"28811734","name":"最后一班渡船"}}}}</script>
</head>
<body>
<div id="__next"><div class="index_wrapper__Yk2mP">
<div class="header_header__3x9Kd"><div class="header_inner__qZ1aL"><a class="header_logo__Wm0fV">澎浪新闻</a><ul class="header_nav__pL7sd"><li>首页</li><li>视频</li><li>时事</li><li>财经</li><li>思想</li><li>澎浪号</li><li>智库</li><li>生活</li></ul><div class="header_right__0bR2c"><a>下载客户端</a><a>登录</a></div></div></div>
<div class="index_container__hF2tK"><div class="index_leftcontent__0Uy9a">
<div class="index_headerContent__sASF4"><div class="index_nodeName__8YrWq"><a>镜相</a></div>
<h1 class="index_title__B8mhI">⟪最后一班渡船：长江边的摆渡人老周⟫</h1>
<div class="ant-space index_left__LfzyH"><div class="ant-space-item">澎浪新闻记者 何舟 实习生 黎雨晴</div><div class="ant-space-item"><span>2025-04-18 07:30</span><span>来源：澎浪新闻</span></div></div></div>
<div class="index_cententWrap__Jv8jK">
<p>⟪清晨五点半，江面上的雾还没散，周德贵已经把渡船的柴油机发动起来。这条从镇上到对岸沙洲的航线，他开了三十一年。下个月，沙洲大桥通车，渡口就要撤了。⟫</p>
<p>⟪渡船不大，能载二十来个人和几辆摩托车。早班的乘客多是去镇上赶集的老人，背篓里装着自家种的青菜和鸡蛋。周德贵认得他们每一个人，谁家孙子考上了大学，谁家老伴住了院，他都知道。⟫</p>
<div class="index_pullquote__x3Tn0"><p>“桥通了是好事，就是以后见不着这些老熟人了。”</p></div>
<h2>⟪“江上的公交车”⟫</h2>
<p>⟪上世纪九十年代，沙洲上住着四百多户人家，渡船一天要跑二十多趟。学生上学、农民卖菜、病人看病，都靠这条船。周德贵说，那时候渡船就是江上的公交车，晚一班，整个沙洲的人都着急。⟫</p>
<p>⟪后来年轻人陆续外出打工，沙洲上的常住人口减少到不足一百人。渡船的班次也从二十多趟减到了早晚各三趟。⟫</p>
<div class="index_imgWrap__P3jkG"><img src="https://imagecloud.thewave.example/pic/28811734_1.jpg"><p class="index_imgDesc__r7Kjs">周德贵在检查渡船的缆绳。澎浪新闻记者 何舟 图</p></div>
<h2>⟪桥通之后⟫</h2>
<p>⟪镇政府表示，渡口撤销后将安排周德贵到大桥管理站工作。他说自己还没想好，“开了一辈子船，上了岸不知道干什么”。⟫</p>
<p>⟪采访结束时，最后一位乘客上了船。周德贵熟练地解开缆绳，渡船慢慢驶向对岸，在江面上留下一道长长的水痕。“桥通了是好事，就是以后见不着这些老熟人了。”他说。⟫</p>
<p class="index_editor__Q8wbn">责任编辑：林晓　图片编辑：陈越</p><p class="index_editor__Q8wbn">校对：刘威</p>
</div>
<div class="index_shareBar__Gv2Xl"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ空间</a><a class="index_like__tF5sN">点赞 362</a></div>
<div class="index_copyright__n8ZkP">澎浪新闻报料：021-6298xxxx　　澎浪新闻，未经授权不得转载</div>
<div class="index_commentBox__M3pAq"><h3>评论（86）</h3><div class="index_commentItem__Xq7we"><span>江城小王</span><p>小时候坐过这条船，泪目。</p></div><div class="index_commentItem__Xq7we"><span>用户8812</span><p>希望老周以后的生活顺利。</p></div></div>
</div>
<div class="index_rightcontent__Vq7ah"><div class="index_hotNews__W1d7s"><h3>热新闻</h3><ul><li><a>多地公布今年夏粮收购最低价</a></li><li><a>高校毕业生就业新举措出台</a></li><li><a>五一假期火车票今日开售</a></li></ul></div><div class="index_ad__9LkQc"><span>广告</span></div></div>
</div>
<div class="footer_footer__Cz7wM"><p>关于澎浪 | 加入澎浪 | 联系我们 | 广告合作 | 法律声明 | 隐私政策</p><p>沪ICP备1400xxxx号　沪公网安备3101060200xxxx号　互联网新闻信息服务许可证：3112017000xx</p><p>© 2014-2025 上海东方澎浪信息技术有限公司</p></div>
</div></div>
</body>
</html>
"""))

PAGES.append(("kr36_tech_battery", r"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>钠电池储能柜开始进入工商业园区，一家深圳公司拿到亿元订单-36鲸</title>
<meta name="keywords" content="钠离子电池,储能,工商业储能">
<link rel="stylesheet" href="//static.36jing.example/36jing-web/_nuxt/css/app.8d1c2e.css">
</head>
<body>
<div id="app"><div class="kr-layout">
<div class="kr-header"><div class="kr-header-content"><a class="kr-header-logo">36鲸</a><ul class="kr-header-nav"><li>快讯</li><li>资讯</li><li>推荐</li><li>财经</li><li>科技</li><li>创投</li><li>汽车</li><li>专精特新</li></ul><div class="kr-header-search"><input placeholder="搜索"></div><a class="kr-header-login">登录</a></div></div>
<div class="kr-layout-main clearfloat"><div class="main-right"><div class="kr-layout-content">
<div class="article-detail-wrapper-box">
<div class="article-title-wrapper"><h1 class="article-title margin-bottom-20 common-width">⟪钠电池储能柜开始进入工商业园区，一家深圳公司拿到亿元订单⟫</h1>
<div class="article-title-icon common-width margin-bottom-40"><a class="title-icon-item item-a">作者：乔楚</a><span class="title-icon-item item-time">·2025年05月06日 10:12</span><span class="title-icon-item">关注</span></div></div>
<div class="summary">⟪低温性能和成本成为钠电池在储能场景的主要卖点。⟫</div>
<div class="common-width content articleDetailContent kr-rich-text-wrapper">
<p>⟪36鲸获悉，深圳储能企业“澜拓能源”近日与华东一家工业园区签下首批钠离子电池储能柜订单，总金额超过1亿元。这是钠电池储能产品在工商业场景中较早落地的大额订单之一。⟫</p>
<p>⟪工商业储能的主要用途是“削峰填谷”：在电价低的夜间充电，白天用电高峰时放电，帮企业降低电费。过去这类项目几乎全部采用磷酸铁锂电池。⟫</p>
<h2>⟪为什么是钠电池⟫</h2>
<p>⟪澜拓能源创始人张岳告诉36鲸，钠电池的能量密度比锂电池低，但在零下二十度的环境里仍能保持九成左右的容量，北方园区冬季不需要额外加热。此外，钠资源分布广，原材料价格波动小。⟫</p>
<p>⟪据他介绍，公司目前的钠电池储能柜系统成本已接近同规格锂电产品，循环寿命约为四千次。⟫</p>
<div class="kr-ad-article"><span>广告</span><img src="//img.36jing.example/ad/banner.jpg"></div>
<h2>⟪行业仍处早期⟫</h2>
<p>⟪不过，多位业内人士认为，钠电池产业链尚不成熟，电芯产能有限，大规模替代锂电还需要时间。一位储能投资人表示，今年更多是“示范项目”，真正的放量可能要等到2027年前后。⟫</p>
<p>⟪澜拓能源成立于2021年，此前已完成两轮融资，投资方包括多家产业资本。⟫</p>
</div>
<div class="article-footer-txt"><p>本文由「36鲸」原创出品，转载请注明出处。</p></div>
<div class="kr-article-tag"><a>钠离子电池</a><a>储能</a><a>新能源</a></div>
<div class="kr-article-operate"><span>收藏</span><span>点赞 58</span><span>分享</span></div>
<div class="kr-article-recommend"><h3>推荐阅读</h3><ul><li><a>固态电池量产时间表，车企们给出了答案</a></li><li><a>户用储能出海，今年还有机会吗</a></li></ul></div>
</div></div></div>
<div class="main-left"><div class="kr-author-card"><p>乔楚</p><p>36鲸记者，关注新能源与储能。</p><a>+关注</a></div><div class="hot-list"><h3>24小时热榜</h3><ol><li><a>某电商平台调整商家服务费</a></li><li><a>AI手机的第一批用户怎么说</a></li><li><a>一家县城奶茶店的账本</a></li></ol></div></div></div>
<div class="kr-footer"><p>关于36鲸 | 城市合作 | 寻求报道 | 我要入驻 | 投资者关系</p><p>© 2011~2025 北京多鲸科技有限公司 | 京ICP备12031xxx号-x | 京公网安备110108000xxxxx号</p></div>
</div></div>
</body>
</html>
"""))

PAGES.append(("douban_group_rent", r"""
<!DOCTYPE html>
<html lang="zh-cmn-Hans" class="ua-linux ua-ff">
<head>
<meta charset="utf-8">
<title>合租室友总是半夜洗衣服，该怎么开口？</title>
<meta name="keywords" content="租房,合租,室友">
<link href="https://img1.doubanio.example/f/group/style.css" rel="stylesheet" type="text/css">
</head>
<body>
<div id="db-global-nav" class="global-nav"><div class="bd"><div class="top-nav-info"><a href="https://accounts.douban.example/passport/login" class="nav-login">登录/注册</a></div><div class="top-nav-doubanapp"><a class="lnk-doubanapp">下载豆豆App</a></div><div class="global-nav-items"><ul><li><a>豆豆</a></li><li><a>读书</a></li><li><a>电影</a></li><li><a>音乐</a></li><li><a>同城</a></li><li class="on"><a>小组</a></li><li><a>阅读</a></li><li><a>市集</a></li></ul></div></div></div>
<div id="db-nav-group" class="nav"><div class="nav-wrap"><div class="nav-primary"><div class="nav-logo"><a>豆豆小组</a></div><div class="nav-search"><form><input name="q" placeholder="小组、话题、日记、成员"><input type="submit" value="搜索"></form></div></div></div></div>
<div id="wrapper"><div id="content">
<h1>⟪合租室友总是半夜洗衣服，该怎么开口？⟫</h1>
<div class="grid-16-8 clearfix"><div class="article">
<div class="topic-content clearfix"><div class="user-face"><a><img class="pil" src="https://img2.doubanio.example/icon/u1902.jpg"></a></div>
<div class="topic-doc"><h3><span class="from">来自: <a>一只小蜗牛</a></span><span class="create-time color-green">2025-03-02 23:48:16</span><span class="ip-location">北京</span></h3>
<div id="link-report" class="topic-content"><div class="rich-content topic-richtext">
<p>⟪和室友合租一套两居室快半年了，其他都还好，就是她习惯晚上十二点以后洗衣服。洗衣机在我房间门口的阳台上，甩干的时候整个地板都在震，我第二天七点要起床上班。⟫</p>
<p>⟪之前委婉提过一次，说“最近睡眠不太好”，她说了句“好的”，但是没有改变。想问问大家，这种情况怎么开口比较好，不想把关系搞僵。⟫</p>
</div></div>
<div class="sns-bar"><div class="sns-bar-fav"><a class="fav-add">收藏</a><span class="fav-num">126</span></div><div class="sns-bar-rec"><a>赞</a><a>转发</a></div></div>
</div></div>
<div id="comments-section"><ul id="comments" class="topic-reply">
<li class="clearfix comment-item reply-item" id="4501"><div class="user-face"><a><img src="https://img2.doubanio.example/icon/u33.jpg"></a></div><div class="reply-doc content"><div class="bg-img-green"><h4><a>橘子汽水</a><span class="pubtime">2025-03-02 23:55:02</span></h4></div>
<div class="reply-content"><p class="">⟪直接说具体的时间就好，比如“晚上十一点以后能不能不用洗衣机”，比说睡眠不好更清楚。人家可能真的没意识到有多吵。⟫</p></div>
<div class="operation-div"><a class="comment-vote">赞 (38)</a><a class="lnk-reply">回应</a></div></div></li>
<li class="clearfix comment-item reply-item" id="4502"><div class="user-face"><a><img src="https://img2.doubanio.example/icon/u71.jpg"></a></div><div class="reply-doc content"><div class="bg-img-green"><h4><a>大雨</a><span class="pubtime">2025-03-03 00:12:40</span></h4></div>
<div class="reply-content"><p class="">⟪可以在洗衣机下面垫一块防震垫，几十块钱，震动能小很多。买好了跟她说一声，顺便提一下时间的事，比较自然。⟫</p></div>
<div class="operation-div"><a class="comment-vote">赞 (21)</a><a class="lnk-reply">回应</a></div></div></li>
<li class="clearfix comment-item reply-item" id="4503"><div class="user-face"><a><img src="https://img2.doubanio.example/icon/u1902.jpg"></a></div><div class="reply-doc content"><div class="bg-img-green"><h4><a>一只小蜗牛</a><span class="topic-author-icon">楼主</span><span class="pubtime">2025-03-03 08:05:11</span></h4></div>
<div class="reply-content"><p class="">⟪谢谢大家！垫子已经下单了，今晚试着跟她好好聊一下。⟫</p></div>
<div class="operation-div"><a class="comment-vote">赞</a><a class="lnk-reply">回应</a></div></div></li>
</ul></div>
<div class="paginator"><span class="prev">&lt;前页</span><span class="thispage">1</span><a>2</a><a>3</a><span class="next"><a>后页&gt;</a></span></div>
<div class="comment-form"><p>你需要登录后才能回应</p><a>登录</a></div>
</div>
<div class="aside"><div class="group-item"><div class="title"><a>租房互助小组</a></div><p>小组成员 58203 人</p><a class="join">加入小组</a></div><div class="sidebar-list"><h2>最新讨论</h2><ul><li><a>押一付三还是押一付一？</a></li><li><a>退租时房东扣押金怎么办</a></li><li><a>求推荐通勤方便的小区</a></li></ul></div></div>
</div></div></div>
<div id="footer"><span class="fleft gray-link">© 2005－2025 douban.example, all rights reserved 北京豆网科技有限公司</span><span class="fright"><a>关于豆豆</a> · <a>在豆豆工作</a> · <a>联系我们</a> · <a>法律声明</a> · <a>帮助中心</a> · <a>移动应用</a></span><p>京ICP证0901xx号　京ICP备1101xxxx号-1</p></div>
</body>
</html>
"""))

PAGES.append(("baike_entry_tea", r"""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>云岭白毫_百知百科</title>
<meta name="description" content="云岭白毫是产于云岭山区的一种白茶。">
<link rel="stylesheet" href="https://baike-static.example/static/lemma/pc/index.7a21c9.css">
</head>
<body>
<div class="header-wrapper"><div class="header"><a class="logo">百知百科</a><form class="search-form"><input id="query" name="word" value="云岭白毫"><button>进入词条</button><button>全站搜索</button></form><div class="usercenter"><a>登录</a><a>注册</a></div></div><div class="navbar-wrapper"><ul class="nav"><li>首页</li><li>秒懂百科</li><li>特色百科</li><li>知识专题</li><li>加入百科</li><li>百科团队</li><li>权威合作</li></ul></div></div>
<div class="body-wrapper"><div class="content-wrapper"><div class="content"><div class="main-content J-content">
<div class="top-tool"><a class="add-subLemma">添加义项</a><a class="share-link">分享</a><a class="lemma-collect">收藏</a><span>6.2万次浏览</span></div>
<dl class="lemmaWgt-lemmaTitle lemmaWgt-lemmaTitle-"><dd class="lemmaWgt-lemmaTitle-title J-lemma-title"><h1>⟪云岭白毫⟫</h1><a class="edit-lemma">编辑</a><a class="lock-lemma">锁定</a></dd></dl>
<div class="lemma-summary J-summary" label-module="lemmaSummary"><div class="para" label-module="para">⟪云岭白毫是产于云岭山区的一种白茶，以单芽或一芽一叶为原料，经萎凋、干燥两道工序制成。成茶芽头肥壮，满披白毫，汤色杏黄，滋味清甜。⟮<sup class="sup--normal">[1]</sup>⟯⟫</div></div>
<div class="lemmaWgt-promotion-rightPreciseAd"><span>广告</span></div>
<div class="basic-info J-basic-info cmn-clearfix"><dl class="basicInfo-block basicInfo-left"><dt class="basicInfo-item name">中文名</dt><dd class="basicInfo-item value">云岭白毫</dd><dt class="basicInfo-item name">类&nbsp;&nbsp;&nbsp;&nbsp;别</dt><dd class="basicInfo-item value">白茶</dd><dt class="basicInfo-item name">产&nbsp;&nbsp;&nbsp;&nbsp;地</dt><dd class="basicInfo-item value">云岭山区</dd></dl><dl class="basicInfo-block basicInfo-right"><dt class="basicInfo-item name">采摘时间</dt><dd class="basicInfo-item value">清明前后</dd><dt class="basicInfo-item name">储存方法</dt><dd class="basicInfo-item value">密封、避光、防潮</dd></dl></div>
<div class="lemmaWgt-lemmaCatalog"><div class="lemma-catalog"><h2 class="block-title">目录</h2><ol><li><a>1 历史</a></li><li><a>2 制作工艺</a></li><li><a>3 品质特征</a></li><li><a>4 冲泡方法</a></li></ol></div></div>
<div class="para-title level-2 J-chapter" label-module="para-title"><h2 class="title-text">⟪历史⟫</h2><a class="edit-icon">编辑</a><a>播报</a></div>
<div class="para" label-module="para">⟪云岭山区种茶的历史可以追溯到清代。当地茶农最初只做晒青绿茶，二十世纪八十年代，县茶叶站引进白茶工艺，逐渐形成了今天的云岭白毫。⟮<sup class="sup--normal">[2]</sup>⟯⟫</div>
<div class="para-title level-2 J-chapter"><h2 class="title-text">⟪制作工艺⟫</h2><a class="edit-icon">编辑</a><a>播报</a></div>
<div class="para" label-module="para">⟪鲜叶采摘后摊放在竹筛上自然萎凋，时间一般为四十八至七十二小时，其间不炒不揉。萎凋至八九成干时，用文火烘干，使含水量降到百分之六以下。⟫</div>
<div class="para-title level-2 J-chapter"><h2 class="title-text">⟪品质特征⟫</h2><a class="edit-icon">编辑</a><a>播报</a></div>
<div class="para" label-module="para">⟪外形芽头肥壮、白毫密披；汤色浅杏黄、清澈明亮；香气带有花香和毫香；滋味鲜爽甘甜；叶底嫩匀完整。⟫</div>
<div class="para-title level-2 J-chapter"><h2 class="title-text">⟪冲泡方法⟫</h2><a class="edit-icon">编辑</a><a>播报</a></div>
<div class="para" label-module="para">⟪宜用玻璃杯或盖碗冲泡，水温八十五至九十度。每三克茶叶用一百五十毫升水，第一泡约一分钟出汤，之后每泡延长二十秒。⟫</div>
<dl class="lemma-reference collapse nslog-area log-set-param"><dt class="reference-title">参考资料</dt><dd><ul class="reference-list"><li>1. 　云岭县志编纂委员会．云岭县志．2009</li><li>2. 　白茶工艺在云岭的推广．茶叶通讯．1991</li></ul></dd></dl>
<div id="open-tag"><dl><dt class="open-tag-title">词条标签：</dt><dd id="open-tag-item"><span>食品</span>，<span>茶叶</span></dd></dl></div>
</div>
<div class="side-content"><div class="lemma-statistics"><h2>词条统计</h2><ul><li>浏览次数：62108次</li><li>编辑次数：17次历史版本</li><li>最近更新：茶友小林（2025-01-09）</li></ul></div><div class="zhixin-box"><h3>猜你关注</h3><a>白茶和绿茶的区别</a><a>老白茶怎么煮</a></div></div>
</div></div></div>
<div class="wgt-footer-main"><p>©2025 Baizhi 使用百知前必读 | 百科协议 | 隐私政策 | 百知百科合作平台 | 京ICP证03017x号 京公网安备1100000200000x号</p></div>
</body>
</html>
"""))

PAGES.append(("renmin_opinion_reading", r"""
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8">
<title>让“社区书房”亮灯更久一些--观点--人民新网</title>
<meta name="keywords" content="社区书房,全民阅读">
<link href="/img/2011opinion/page.css" type="text/css" rel="stylesheet" media="all" />
</head>
<body>
<div class="w1000 top_nav"><a>人民新网</a> <span>>></span> <a>观点</a> <span>|</span> <a>时评</a> <a>社论</a> <a>人民日评</a> <a>评论员文章</a> <span class="fr"><a>手机看</a> <a>English</a> <a>登录</a></span></div>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="t_logo"><img src="/img/2011opinion/logo.gif" alt="人民新网观点频道"/></td><td align="right"><font size="2">2025年04月23日 星期三</font></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="650" valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="guide"><font size="2"><a>人民新网</a>&gt;&gt;<a>观点</a>&gt;&gt;<a>时评</a></font></td></tr></table>
<table width="100%" border="0" cellpadding="10" cellspacing="0">
<tr><td align="center"><h1><font size="5">⟪让“社区书房”亮灯更久一些⟫</font></h1></td></tr>
<tr><td align="center"><font size="2" color="#666666">叶知秋　2025年04月23日07:42　来源：人民新网－人民日报</font></td></tr>
<tr><td align="center"><font size="2"><a>分享到：</a> <a>微信</a> <a>微博</a> <a>QQ空间</a> <a>打印</a> <a>字号 大 中 小</a></font></td></tr>
<tr><td class="show_text"><font size="3">
⟪　　4月23日是世界读书日。近年来，不少城市在社区、公园、地铁站里建起了小型公共阅读空间，居民下楼就能借书、看书。这些“社区书房”让阅读离人们更近了。⟫<br /><br />
⟪　　但也有居民反映，一些社区书房开放时间和上班时间重合，工作日晚上和周末反而关门，真正想去的人去不了。还有的书房藏书多年不更新，书架上摆的多是旧杂志和过时的教辅。⟫<br /><br />
⟪　　公共阅读空间的价值，不在于建了多少个，而在于有多少人用、用得好不好。开放时间可以更灵活，比如引入志愿者轮值，延长晚间和节假日的开放；藏书可以和区图书馆通借通还，定期轮换；活动可以多听听居民的意见，办一些亲子共读、老年人读报之类的小活动。⟫<br /><br />
⟪　　一盏晚上亮着的灯，对下班路过的年轻人、带孩子的家长来说，都是一种邀请。让社区书房亮灯更久一些，阅读才能真正融入日常生活。⟫<br /><br />
</font></td></tr>
<tr><td align="right"><font size="2" color="#666666">（责编：王菲、李静）</font></td></tr>
</table>
<table width="100%" border="0" cellpadding="6" cellspacing="0" bgcolor="#f5f5f5"><tr><td><font size="2"><b>相关新闻</b><br /><a>·多地推出“城市书房”夜间开放服务</a><br /><a>·全民阅读调查：数字阅读接触率持续上升</a><br /><a>·为农家书屋注入新活力</a></font></td></tr></table>
<table width="100%" border="0" cellpadding="6" cellspacing="0"><tr><td><font size="2"><b>网友评论</b> <a>我要留言</a><br />热门评论：暂无</font></td></tr></table>
</td>
<td width="20"></td>
<td width="330" valign="top" bgcolor="#fafafa"><font size="2"><b>观点排行</b><br />1 <a>新就业形态劳动者权益如何保障</a><br />2 <a>让老年人跨越“数字鸿沟”</a><br />3 <a>乡村振兴要留住“乡愁”</a><br /><br /><b>人民日评</b><br /><a>在细微处提升城市温度</a><br /><a>把实事办到群众心坎上</a></font></td>
</tr>
</table>
<table width="1000" border="0" align="center" cellpadding="10" cellspacing="0" class="footer"><tr><td align="center"><font size="2">人民新网版权所有，未经书面授权禁止使用<br />Copyright © 1997-2025 by people.example. all rights reserved<br />京ICP证00000x号　京公网安备1100000200000x号</font></td></tr></table>
</body>
</html>
"""))

PAGES.append(("xhs_note_camping", r"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>新手第一次露营，这8件东西千万别忘带 - 小红蕉</title>
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<link rel="stylesheet" href="//fe-static.xhongjiao.example/formula-static/xhs-pc-web/public/css/main.a7d3.css">
</head>
<body>
<div id="app"><div class="layout limit"><div class="header-container"><a class="main-logo">小红蕉</a><div class="input-box"><input id="search-input" placeholder="搜索小红蕉"></div><div class="side-bar"><a class="link-wrapper">发现</a><a class="link-wrapper">发布</a><a class="link-wrapper">通知</a><a class="login-btn">登录</a></div></div>
<div class="note-detail-mask"><div id="noteContainer" class="note-container" data-type="normal">
<div class="media-container"><div class="swiper-slide"><img class="note-slider-img" src="//sns-webpic.xhongjiao.example/1040g008.jpg"></div><div class="fraction">1/6</div></div>
<div class="interaction-container"><div class="author-container"><div class="author-wrapper"><a class="name"><span class="username">是阿柚呀</span></a><button class="reds-button-new follow-button">关注</button></div></div>
<div class="note-scroller"><div id="noteContainer-desc" class="note-content">
<div id="detail-title" class="title">⟪新手第一次露营，这8件东西千万别忘带⟫</div>
<div id="detail-desc" class="desc"><span class="note-text"><span>⟪上周末第一次去湖边露营，踩了不少坑😂 总结一下新手最容易忘的东西，收藏起来出发前对着检查一遍！<br>⟫</span><span><br></span><span>⟪1️⃣ 防潮垫：晚上地面很凉，只带睡袋会冻醒<br>2️⃣ 头灯：比手电筒方便太多，两只手都能空出来<br>3️⃣ 驱蚊液：湖边蚊子真的多，涂了还被咬了好几个包<br>4️⃣ 垃圾袋：营地一般不收垃圾，要自己带走<br>5️⃣ 充电宝：拍照和导航都很耗电<br>6️⃣ 厚外套：夏天夜里也只有十几度<br>7️⃣ 湿纸巾：洗手不方便的时候全靠它<br>8️⃣ 备用营钉：风大的时候帐篷差点被吹跑<br>⟫</span><span><br></span><span>⟪另外提醒一下，一定要提前看天气预报，我们那天半夜下了一场小雨，还好帐篷够防水。⟫</span></span>
<a class="tag" id="hash-tag">#露营</a> <a class="tag">#新手露营</a> <a class="tag">#露营装备</a> <a class="tag">#周末去哪儿</a></div>
<div class="bottom-container"><span class="date">2025-05-11 浙江</span></div></div>
<div class="divider interaction-divider"></div>
<div class="comments-el"><div class="comments-container"><div class="total">共 214 条评论</div>
<div class="comment-item"><div class="author"><a class="name">露营小白兔</a></div><div class="content"><span class="note-text">防潮垫太重要了！我第一次就是冻醒的</span></div><div class="info"><span class="date">05-11 浙江</span><span class="like">赞 86</span><span class="reply">回复</span></div></div>
<div class="comment-item"><div class="author"><a class="name">山野行者</a></div><div class="content"><span class="note-text">再加一个：折叠桌，吃饭方便很多</span></div><div class="info"><span class="date">05-12 江苏</span><span class="like">赞 31</span><span class="reply">回复</span></div></div>
</div></div></div>
<div class="interactions engage-bar"><div class="input-box"><div class="content-edit"><span>说点什么...</span></div></div><div class="buttons engage-bar-style"><span class="like-wrapper"><span class="count">2.3万</span></span><span class="collect-wrapper"><span class="count">1.8万</span></span><span class="chat-wrapper"><span class="count">214</span></span><span class="share-wrapper">分享</span></div></div>
</div></div></div>
<div class="bottom-menu"><p>© 2014-2025 行吟蕉信息科技（上海）有限公司　沪ICP备1300xxxx号-1　增值电信业务经营许可证：沪B2-2015xxxx</p><a>打开App</a></div>
</div></div>
</body>
</html>
"""))

PAGES.append(("bilibili_column_keyboard", r"""
<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<title>从零组装一把客制化键盘：我踩过的五个坑 - 哔咕哔咕</title>
<meta name="spm_prefix" content="333.976">
<link rel="stylesheet" href="//s1.hdslb.example/bfs/static/jinkela/article/css/article.5c0f.css">
</head>
<body>
<div id="app"><div class="bili-header"><div class="bili-header__bar"><ul class="left-entry"><li><a>首页</a></li><li><a>番剧</a></li><li><a>直播</a></li><li><a>游戏中心</a></li><li><a>会员购</a></li><li><a>漫画</a></li><li><a>赛事</a></li><li><a>下载客户端</a></li></ul><div class="center-search-container"><input class="nav-search-input" placeholder="搜索"></div><ul class="right-entry"><li><a>登录</a></li><li><a>大会员</a></li><li><a>消息</a></li><li><a>动态</a></li><li><a>收藏</a></li><li><a>历史</a></li><li><a>投稿</a></li></ul></div></div>
<div class="page-container"><div class="article-container"><div class="article-container__content">
<div class="article-breadcrumb"><a>专栏</a> &gt; <a>科技</a> &gt; <a>数码</a></div>
<div class="title-container"><h1 class="title">⟪从零组装一把客制化键盘：我踩过的五个坑⟫</h1><div class="article-read-info"><span class="publish-text">2025年02月16日 21:05</span><span class="art-read">5382阅读</span><span class="copyright-text">本文为原创</span></div></div>
<div class="up-info-holder"><div class="up-info"><a class="up-name">键帽收集者Kai</a><span class="fans-num">粉丝 1.2万</span><a class="follow-btn">+ 关注</a></div></div>
<div id="read-article-holder" class="normal-article-holder read-article-holder">
<p>⟪去年年底心血来潮，决定自己组装一把客制化键盘。前后折腾了一个多月，花的钱比买成品还多，不过也学到了不少东西。这里把踩过的坑整理出来，希望能帮到准备入坑的朋友。⟫</p>
<h4><strong>⟪坑一：轴体和定位板不兼容⟫</strong></h4>
<p>⟪我买的是钢制定位板，结果选的轴体底部有两根塑料柱，需要五脚开孔。装上去才发现塞不进，只好用斜口钳一个一个剪掉，整整剪了八十七个。⟫</p>
<h4><strong>⟪坑二：卫星轴没有调教⟫</strong></h4>
<p>⟪空格键按下去“咔啦咔啦”响，一开始以为是质量问题。后来才知道卫星轴需要涂润滑脂，钢丝两端也要涂，调好之后声音安静了很多。⟫</p>
<figure class="img-box"><img data-src="//i0.hdslb.example/bfs/article/keyboard01.jpg"><figcaption class="caption">剪掉塑料柱之后的轴体</figcaption></figure>
<h4><strong>⟪坑三：固件刷错了布局⟫</strong></h4>
<p>⟪刷固件时选错了配列，结果左右两个Shift键互换了。建议刷之前先在网页工具里确认布局，再一个键一个键地测试。⟫</p>
<h4><strong>⟪坑四和坑五⟫</strong></h4>
<p>⟪第四个坑是键帽高度不统一，混用了两套不同高度的键帽，打字手感很奇怪；第五个坑是没有提前量好线材长度，买的数据线短了十厘米。⟫</p>
<p>⟪总结一下：入坑前先确认兼容性，多看看别人的装机记录，能省下不少钱和时间。⟫</p>
</div>
<div class="article-tags"><span>标签：</span><a>键盘</a><a>客制化</a><a>数码</a><a>DIY</a></div>
<p class="article-copyright">本文禁止转载或摘编</p>
<div class="article-toolbar"><span class="like">点赞 412</span><span class="coin">投币 96</span><span class="fav">收藏 833</span><span class="share">分享</span></div>
<div id="comment-wrapper" class="comment-wrapper"><div class="reply-header"><span>评论 128</span><span>最热</span><span>最新</span></div><div class="reply-item"><a class="user-name">空格键不响了</a><div class="reply-content">剪塑料柱那段笑死，我也剪过</div><span class="reply-info">2025-02-17</span></div></div>
</div>
<div class="article-container__side"><div class="more-articles"><h3>相关推荐</h3><ul><li><a>百元价位三模键盘横评</a></li><li><a>键帽材质PBT和ABS有什么区别</a></li></ul></div></div>
</div></div>
<div class="international-footer"><p>哔咕哔咕 关于我们 联系我们 用户协议 隐私政策 侵权申诉</p><p>沪ICP备1300xxxx号-1 沪公网安备3101100200xxxx号 信息网络传播视听节目许可证：09090xx</p></div>
</div>
</body>
</html>
"""))

PAGES.append(("xiachufang_recipe_eggplant", r"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【鱼香茄子煲的做法步骤图，怎么做好吃】小满的厨房_下饭房</title>
<meta name="description" content="鱼香茄子煲的做法">
<link rel="stylesheet" href="//s.chuimg.example/dist/css/recipe.7e1f.css">
</head>
<body>
<div class="top-bar"><div class="inner"><a class="logo">下饭房</a><ul class="nav"><li><a>菜谱分类</a></li><li><a>流行菜谱</a></li><li><a>作品动态</a></li><li><a>厨房问答</a></li><li><a>市集</a></li></ul><form class="search"><input name="keyword" placeholder="搜索菜谱、食材"></form><div class="user"><a>登录</a> <a>注册</a></div></div></div>
<div class="app-download-bar"><p>下载下饭房App，看步骤视频更方便</p><a>立即下载</a></div>
<div class="page-outer"><div class="pure-g"><div class="pure-u-2-3 main-panel"><div class="recipe-show" itemscope itemtype="http://schema.org/Recipe">
<h1 class="page-title" itemprop="name">⟪鱼香茄子煲⟫</h1>
<div class="cover image expandable block-negative-margin"><img src="//i2.chuimg.example/recipe/qiezi.jpg" alt="鱼香茄子煲的做法"></div>
<div class="container pos-r pb20 has-bottom-border"><div class="stats clearfix"><div class="score float-left"><span class="number">8.6</span>综合评分</div><div class="cooked float-left"><span class="number">1532</span>人做过这道菜</div></div><div class="collect"><a class="button">收藏</a></div></div>
<div class="author"><a class="avatar-link"><span itemprop="author">小满的厨房</span></a></div>
<div class="desc mt30" itemprop="description">⟪茄子先蒸后煎，吸油少，口感软糯。鱼香汁酸甜微辣，特别下饭，一个人也能吃掉两碗米饭。⟫</div>
<div class="ings"><h2>⟪用料⟫</h2><table><tr itemprop="recipeIngredient">⟬<td class="name"><a>长茄子</a></td><td class="unit">2根</td>⟭</tr><tr itemprop="recipeIngredient">⟬<td class="name"><a>猪肉末</a></td><td class="unit">100克</td>⟭</tr><tr itemprop="recipeIngredient">⟬<td class="name">郫县豆瓣酱</td><td class="unit">1汤匙</td>⟭</tr><tr itemprop="recipeIngredient">⟬<td class="name">蒜末、姜末、葱花</td><td class="unit">适量</td>⟭</tr><tr itemprop="recipeIngredient">⟬<td class="name">鱼香汁（醋2勺、糖1.5勺、生抽1勺、淀粉1勺、清水4勺）</td><td class="unit">1碗</td>⟭</tr></table></div>
<h2 id="steps">⟪鱼香茄子煲的做法⟫</h2>
<div class="steps"><ol>
<li class="container"><p class="text">⟪茄子切成手指粗的长条，上锅大火蒸八分钟，取出晾凉。⟫</p><img src="//i2.chuimg.example/step/1.jpg"></li>
<li class="container"><p class="text">⟪把鱼香汁的材料放进碗里搅匀备用。⟫</p></li>
<li class="container"><p class="text">⟪锅里少放油，把蒸好的茄子煎到表面微焦，盛出。⟫</p><img src="//i2.chuimg.example/step/3.jpg"></li>
<li class="container"><p class="text">⟪锅里留底油，下肉末炒散，加入豆瓣酱、姜蒜末炒出红油。⟫</p></li>
<li class="container"><p class="text">⟪倒入茄子翻匀，淋入鱼香汁，大火收汁，转入砂锅，撒上葱花即可。⟫</p></li>
</ol></div>
<div class="tip-container"><h2>⟪小贴士⟫</h2><div class="tip">⟪茄子蒸过再煎，可以少吸很多油。喜欢辣的可以加两个小米椒。⟫</div></div>
<div class="time">创建于 2024-11-02</div>
<div class="recipe-cooks"><h3>大家做的这道菜（1532）</h3><div class="cook"><span>阿土</span><p>按步骤做的，一次成功！</p></div><div class="cook"><span>面包不胖</span><p>鱼香汁比例刚好</p></div></div>
<div class="recipe-question"><h3>厨房问答</h3><p>茄子可以不蒸直接炸吗？</p><a>查看全部问答</a></div>
</div></div>
<div class="pure-u-1-3 side-panel"><div class="block"><h3>相关菜谱</h3><ul><li><a>红烧茄子</a></li><li><a>肉末茄子</a></li><li><a>地三鲜</a></li></ul></div><div class="ad"><span>广告</span></div></div>
</div></div>
<div class="footer"><p>下饭房 关于我们 | 加入我们 | 用户协议 | 联系我们</p><p>© 2025 xiafanfang.example 京ICP备1002xxxx号 京公网安备110105000xxxx号</p></div>
</body>
</html>
"""))

write_all("zh-Hans", PAGES)
