"""blind3 zh-Hans pages. Run: python3 -B zh_hans.py"""
from common import write_all

PAGES = []

PAGES.append(("sina_news_charging", r"""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>高速服务区充电桩排长队调查：节假日高峰怎么破|充电桩|新能源车_新澜财经_新澜网</title>
<meta name="keywords" content="充电桩,新能源车,高速服务区">
<link rel="stylesheet" href="//n.xlimg.example/css/article_2025.css">
<script>var ARTICLE_INFO = {channel:"finance", docid:"nhzqxyz8821734", comment:"gn:comos-nhzqxyz8821734"};</script>
</head>
<body>
<div class="top-nav-wrap"><div class="top-nav"><a href="#">新澜首页</a><a href="#">新闻</a><a href="#">体育</a><a href="#">财经</a><a href="#">娱乐</a><a href="#">科技</a><a href="#">博客</a><a href="#">视频</a><a href="#">汽车</a><span class="tn-login"><a href="#">登录</a> | <a href="#">注册</a></span></div></div>
<div class="channel-header"><a class="logo" href="#"><img src="//n.xlimg.example/logo_finance.png" alt="新澜财经"></a><div class="search"><input type="text" placeholder="代码/名称/拼音"><button>搜索</button></div></div>
<div class="main-content w1240">
<div class="article-left">
<h1 class="main-title">⟪高速服务区充电桩“排长队”调查：节假日高峰如何破解⟫</h1>
<div class="top-bar-wrap"><div class="date-source"><span class="date">2025年06月03日 07:42</span> <a class="source ent-source" href="#">中国经营时报</a></div>
<div class="share-box"><span>分享到：</span><a class="weibo">微博</a><a class="weixin">微信</a><a class="qzone">QQ空间</a></div>
<div class="tool-box"><a class="comment-num" href="#comment">我要评论</a><a class="font-size">A+</a><a class="font-size">A-</a></div></div>
<div class="article-content-left">
<div class="appendQr_wrap"><img src="//n.xlimg.example/qr_app.png"><p>新澜财经APP 扫码下载 看最新行情</p></div>
<div class="article" id="artibody" data-sudaclick="blk_content">
<p>　　⟪端午假期刚过，不少新能源车主对高速服务区的充电体验仍然记忆犹新。记者在假期期间走访了省内三条高速公路的六个服务区，发现高峰时段排队一小时以上的情况并不少见，个别服务区的等待时间甚至超过三个小时。⟫</p>
<p>　　⟪“早上九点到的，前面排了十一辆车。”在北线一处服务区，车主李先生告诉记者，他原计划充半小时就走，结果在服务区吃了一顿早饭又吃了一顿午饭。⟫</p>
<div class="img_wrapper"><img src="//n.xlimg.example/2025/0603/chongdian.jpg" alt=""><span class="img_descr">假期首日，某服务区充电车位前排起长队。图片来源：视觉中国</span></div>
<h2 class="subtitle">⟪车多桩少只是表面原因⟫</h2>
<p>　　⟪从数据看，全省高速服务区已建成充电桩一千二百余个，平日利用率不足三成，但节假日高峰时段利用率接近饱和。业内人士指出，充电桩总量不足只是一方面，更突出的问题是供给时段与需求高峰严重错配。⟫</p>
<p>　　⟪此外，部分桩体因故障长期停用，实际可用数量比标注数量少一到两成；一些车辆充满电后没有及时挪车，也拉长了后车的等待时间。⟫</p>
<div class="ct_hqimg"><a href="#">相关阅读：多地发布假期新能源车出行指南</a></div>
<h2 class="subtitle">⟪移动充电车与预约充电开始试点⟫</h2>
<p>　　⟪针对高峰压力，今年假期多地在重点服务区投放了移动储能充电车，并在导航软件中上线排队情况实时查询。一位充电运营企业负责人表示，移动充电车单台每天可服务四十车次左右，能在一定程度上“削峰”。⟫</p>
<p>　　⟪专家建议，长途出行的车主尽量错峰出发，出发前规划好沿途补能点，不要等到电量见底才进服务区；同时运营方应加快故障桩修复，并对充满后超时占位的车辆收取占位费。⟫</p>
<p class="article-editor">责任编辑：周晓岚 </p>
</div>
<div class="article-bottom"><div class="keywords"><span>文章关键词：</span><a href="#">充电桩</a><a href="#">新能源车</a><a href="#">高速服务区</a></div>
<div class="bottom-share"><a>点赞 126</a><a>分享到微信</a><a>举报</a></div>
<p class="statement">新澜财经免责声明：本文仅代表作者本人观点，不代表新澜网立场，不构成投资建议。</p></div>
<div class="related-news"><h3>相关新闻</h3><ul>
<li><a href="#">两部门：加快推进高速公路服务区充电设施建设</a></li>
<li><a href="#">新能源车假期出行大数据出炉 长三角最热</a></li>
<li><a href="#">充电桩企业扎堆扩产 行业迎来洗牌期</a></li>
<li><a href="#">车主吐槽：充电二十分钟排队两小时</a></li></ul></div>
<div id="comment" class="comment-box"><div class="hd">我有话说<span>（已有 382 人参与）</span></div><textarea placeholder="请登录后发表评论"></textarea><button>发布</button>
<div class="cmnt-list"><div class="cmnt-item"><span class="name">黑龙江网友</span><p>上次在服务区排了两个半小时，再也不敢节假日开电车上高速了。</p></div>
<div class="cmnt-item"><span class="name">北京网友</span><p>说到底还是桩太少，光靠移动充电车解决不了问题。</p></div></div></div>
</div>
</div>
<div class="article-right">
<div class="hot-news"><h3>热门推荐</h3><ol><li><a href="#">A股三大指数集体高开 半导体板块领涨</a></li><li><a href="#">多地楼市新政落地 首付比例再下调</a></li><li><a href="#">今年首批新能源车下乡车型目录公布</a></li><li><a href="#">国际油价连续三日下跌</a></li><li><a href="#">六月起这些新规将影响你的钱包</a></li></ol></div>
<div class="ad-box"><span class="ad-tag">广告</span><a href="#"><img src="//ad.example/banner300.jpg" alt="开户送好礼"></a></div>
<div class="finance-app"><p>下载新澜财经客户端</p><p>7×24小时全球财经资讯</p></div>
</div>
</div>
<div class="footer"><p><a href="#">新澜简介</a> | <a href="#">About Xinlan</a> | <a href="#">广告服务</a> | <a href="#">联系我们</a> | <a href="#">招聘信息</a> | <a href="#">网站律师</a> | <a href="#">通行证注册</a> | <a href="#">产品答疑</a></p>
<p>Copyright © 1998-2025 XINLAN Corporation, All Rights Reserved</p><p>新澜公司 版权所有 京ICP证000042号</p></div>
</body>
</html>
"""))

PAGES.append(("csdn_asyncio_taskgroup", r"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>Python asyncio 中 gather 与 TaskGroup 的异常处理差异（附完整示例）_码途博客-CSDN博客</title>
<meta name="description" content="Python asyncio 中 gather 与 TaskGroup 的异常处理差异">
<link rel="stylesheet" href="https://csdnimg.example/release/blogv2/dist/pc/css/detail_enter.css">
</head>
<body class="nodata">
<div id="csdn-toolbar"><div class="toolbar-inside"><div class="toolbar-logo"><a href="#">CSDN</a></div><ul class="toolbar-menus"><li>博客</li><li>下载</li><li>学习</li><li>社区</li><li>GitCode</li><li>InsCode</li></ul><div class="toolbar-search"><input placeholder="搜CSDN"><button>搜索</button></div><div class="toolbar-btns"><a class="toolbar-btn-login">登录</a><a class="toolbar-btn-vip">会员中心</a><a class="toolbar-btn-msg">消息</a><a class="toolbar-btn-write">创作</a></div></div></div>
<div class="main_father clearfix d-flex justify-content-center">
<div class="container clearfix" id="mainBox">
<aside class="blog_container_aside"><div id="asideProfile" class="aside-box"><div class="profile-intro d-flex"><img src="https://profile.csdnimg.example/a/1.jpg"><div class="user-info"><a class="name">码途老K</a><div class="profile-intro-name-boxFooter">码龄8年 <span>暂无认证</span></div></div></div>
<div class="data-info d-flex item-tiling"><dl class="text-center"><dd>312</dd><dt>原创</dt></dl><dl class="text-center"><dd>1万+</dd><dt>周排名</dt></dl><dl class="text-center"><dd>2万+</dd><dt>粉丝</dt></dl></div><div class="profile-intro-name-boxOpration"><a class="personal-watch">关注</a><a>私信</a></div></div>
<div class="aside-box"><h3 class="aside-title">热门文章</h3><ul class="hotArticle-list"><li><a href="#">Linux 下 Python 虚拟环境的五种管理方式对比</a><p class="read">阅读量 4.2万</p></li><li><a href="#">一文读懂 GIL：为什么多线程跑不满 CPU</a><p class="read">阅读量 3.1万</p></li></ul></div>
<div class="aside-box"><h3 class="aside-title">分类专栏</h3><ul><li><a href="#">Python 进阶</a> 58篇</li><li><a href="#">并发编程</a> 21篇</li></ul></div></aside>
<main>
<div class="blog-content-box">
<div class="article-header-box"><div class="article-header"><div class="article-title-box"><h1 class="title-article" id="articleContentId">⟪Python asyncio 中 gather 与 TaskGroup 的异常处理差异（附完整示例）⟫</h1></div>
<div class="article-info-box"><div class="article-bar-top"><img class="article-type-img" src="original.png" alt="原创"><div class="bar-content"><a class="follow-nickName">码途老K</a> <span class="time">已于 2025-05-18 22:13:07 修改</span> <span class="read-count">阅读量1.6k</span> <a class="get-collection">收藏 37</a> <span class="count">点赞数 12</span></div></div>
<div class="blog-tags-box"><div class="tags-box artic-tag-box"><span class="label">文章标签：</span><a class="tag-link">python</a><a class="tag-link">asyncio</a><a class="tag-link">并发</a></div><div class="tags-box"><span class="label">于 2025-05-17 20:40:11 首次发布</span></div></div>
<div class="slide-content-box"><div class="article-copyright"><div class="creativecommons">版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。</div><div class="article-source-link">本文链接：https://blog.csdn.example/mt_oldk/article/details/138801234</div></div></div></div></div></div>
<article class="baidu_pl">
<div id="article_content" class="article_content clearfix">
<div id="content_views" class="markdown_views prism-atom-one-dark">
<p>⟪最近在重构一个爬虫调度模块，把 <code>asyncio.gather</code> 换成了 Python 3.11 引入的 <code>asyncio.TaskGroup</code>，结果线上日志里的异常数量突然变少了。排查之后发现两者在异常传播上的行为完全不同，这里整理一下。⟫</p>
<h2><a name="t0"></a>⟪一、gather 的默认行为⟫</h2>
<p>⟪<code>gather</code> 在默认参数下，任意一个子任务抛出异常，这个异常会立刻传给 await 它的地方，但<strong>其他子任务并不会被取消</strong>，它们会在后台继续运行。⟫</p>
<pre class="set-code-hide prettyprint"><code class="prism language-python has-numbering">⟦import asyncio

async def job(n):
    await asyncio.sleep(n)
    if n == 1:
        raise ValueError(f"job {n} failed")
    print(f"job {n} done")

async def main():
    try:
        await asyncio.gather(job(1), job(2), job(3))
    except ValueError as e:
        print("caught:", e)
    await asyncio.sleep(3)

asyncio.run(main())⟧</code><ul class="pre-numbering"><li>1</li><li>2</li><li>3</li><li>4</li><li>5</li><li>6</li><li>7</li><li>8</li><li>9</li><li>10</li><li>11</li><li>12</li><li>13</li><li>14</li><li>15</li></ul><div class="hljs-button signin" data-title="登录后复制"></div></pre>
<p>⟪运行后会先打印 caught，之后 job 2 和 job 3 仍然会打印 done。如果传入 <code>return_exceptions=True</code>，异常会作为结果返回，不会抛出。⟫</p>
<h2><a name="t1"></a>⟪二、TaskGroup 的行为⟫</h2>
<p>⟪<code>TaskGroup</code> 是“结构化并发”的实现：组内任一任务失败，其余任务会被取消，所有异常被收集进一个 <code>ExceptionGroup</code>，需要用 <code>except*</code> 捕获。⟫</p>
<pre class="set-code-hide prettyprint"><code class="prism language-python has-numbering">⟦async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in (1, 2, 3):
                tg.create_task(job(n))
    except* ValueError as eg:
        for e in eg.exceptions:
            print("caught:", e)⟧</code><ul class="pre-numbering"><li>1</li><li>2</li><li>3</li><li>4</li><li>5</li><li>6</li><li>7</li><li>8</li></ul><div class="hljs-button signin" data-title="登录后复制"></div></pre>
<h2><a name="t2"></a>⟪三、小结⟫</h2>
<ul><li>⟪需要“一个失败全部停止”时用 TaskGroup；⟫</li><li>⟪需要尽量跑完所有任务、事后统一看结果时用 gather 加 return_exceptions=True；⟫</li><li>⟪从 gather 迁移到 TaskGroup 时，记得把 except 改成 except*，否则异常会被包在 ExceptionGroup 里漏掉。⟫</li></ul>
</div></div>
</article>
<div class="more-toolbox-new"><div class="toolbox-left"><a class="profile-avatar">码途老K</a><a class="follow">关注</a></div><ul class="toolbox-list"><li class="tool-item-like">点赞 12</li><li class="tool-item-unlike">踩</li><li class="tool-item-collection">收藏 37</li><li class="tool-item-reward">觉得还不错? 一键收藏</li><li class="tool-item-comment">评论 4</li><li class="tool-item-share">分享</li></ul></div>
<div class="column-group"><div class="column-group-item"><a class="column-title">Python 进阶</a><span>专栏收录该内容 58 篇文章 订阅专栏</span></div></div>
</div>
<div id="pcCommentBox" class="comment-box"><div class="comment-edit-box"><textarea placeholder="欢迎高质量的评论，低质的评论会被折叠"></textarea><a class="btn-comment">评论</a></div>
<ul class="comment-list"><li class="comment-line-box"><span class="name">weixin_4012</span><span class="new-comment">讲得很清楚，except* 那里之前确实踩过坑</span><span class="date">2025.05.19</span></li>
<li class="comment-line-box"><span class="name">小白学并发</span><span class="new-comment">请问 3.10 有替代方案吗</span><span class="date">2025.05.20</span></li></ul></div>
<div class="recommend-box"><div class="recommend-item-box"><h4 class="title">Python 协程入门：从 yield 到 async/await</h4><p class="desc">本文介绍协程的基本概念……</p><span>最新发布</span></div>
<div class="recommend-item-box"><h4 class="title">asyncio.wait 与 asyncio.as_completed 使用详解</h4><p class="desc">在实际项目中……</p><span>热门推荐</span></div></div>
</main>
</div>
</div>
<div id="toolBarBox" class="left-toolbox"><a>点赞</a><a>收藏</a><a>评论</a></div>
<div class="csdn-side-toolbar"><a class="option-box">新手引导</a><a class="option-box">客服</a><a class="option-box">举报</a><a class="option-box">返回顶部</a></div>
<div id="copyright-box"><div id="csdn-copyright-footer" class="column small"><ul class="footer-column-t"><li><a>关于我们</a></li><li><a>招贤纳士</a></li><li><a>商务合作</a></li><li><a>寻求报道</a></li><li>400-660-0108</li><li>在线客服</li></ul><ul class="footer-column-b"><li>公安备案号11010502030143</li><li>京ICP备19004658号</li><li>京网文〔2020〕1039-165号</li><li>©1999-2025北京创新乐知网络技术有限公司</li></ul></div></div>
</body>
</html>
"""))

PAGES.append(("zhihu_rice_cooker", r"""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>电饭煲的“柴火饭”模式真的有用吗？ - 知乎</title>
<meta name="description" content="电饭煲的柴火饭模式">
<link rel="stylesheet" href="https://static.zhimg.example/heifetz/main.app.3f9a2.css">
</head>
<body>
<div id="root"><div><div class="LoadingBar"></div>
<header role="banner" class="Sticky AppHeader css-1qyytj7"><div class="AppHeader-inner css-11p8nt5"><a href="#" aria-label="知乎"><svg viewBox="0 0 64 30" class="css-1hlrcxk"></svg></a><ul role="navigation" class="Tabs AppHeader-Tabs css-1s2x4h5"><li class="Tabs-item"><a class="Tabs-link">首页</a></li><li class="Tabs-item"><a class="Tabs-link">知乎直答</a></li><li class="Tabs-item"><a class="Tabs-link">会员</a></li><li class="Tabs-item"><a class="Tabs-link">发现</a></li><li class="Tabs-item"><a class="Tabs-link">等你来答</a></li></ul><div class="SearchBar css-1acwmmj"><input type="text" placeholder="空调制冷不够怎么办"><button>搜索</button></div><div class="AppHeader-profile"><button class="Button css-1x9te0t">登录/注册</button></div></div></header>
<main role="main" class="App-main">
<div class="QuestionPage">
<div class="QuestionHeader css-1w7xqbd"><div class="QuestionHeader-content"><div class="QuestionHeader-main">
<div class="QuestionHeader-tags"><div class="Tag QuestionTopic css-1s3a4zw"><span>电饭煲</span></div><div class="Tag QuestionTopic css-1s3a4zw"><span>小家电</span></div><div class="Tag QuestionTopic css-1s3a4zw"><span>烹饪</span></div></div>
<h1 class="QuestionHeader-title">⟪电饭煲的“柴火饭”模式真的有用吗？⟫</h1>
<div class="QuestionRichText QuestionRichText--collapsed"><div><span class="RichText ztext css-ob6uua">⟪家里电饭煲坏了准备换一个，发现现在很多型号都标榜“柴火饭”模式，价格也比普通款贵三四百。想问问这个模式和普通煮饭到底有什么区别，是不是智商税？⟫</span></div></div></div>
<div class="QuestionHeader-side"><div class="NumberBoard QuestionFollowStatus-counts"><div class="NumberBoard-item"><div class="NumberBoard-itemInner"><div class="NumberBoard-itemName">关注者</div><strong class="NumberBoard-itemValue">1,204</strong></div></div><div class="NumberBoard-item"><div class="NumberBoard-itemName">被浏览</div><strong class="NumberBoard-itemValue">683,910</strong></div></div></div></div>
<div class="QuestionHeader-footer"><div class="QuestionButtonGroup"><button class="Button FollowButton css-1p4xm5n">关注问题</button><button class="Button css-1ayzgqe">写回答</button></div><div class="QuestionHeaderActions"><button class="Button">邀请回答</button><button class="Button">好问题 23</button><button class="Button">添加评论</button><button class="Button">分享</button></div></div></div>
<div class="Question-main">
<div class="Question-mainColumn">
<div class="List"><div class="List-header"><h4 class="List-headerText"><span>86 个回答</span></h4><div class="List-headerOptions"><button class="Select-button">默认排序</button></div></div>
<div class="List-item" tabindex="0"><div class="ContentItem AnswerItem" data-zop='{"authorName":"厨房里的物理","type":"answer"}'>
<div class="ContentItem-meta"><div class="AuthorInfo AnswerItem-authorInfo"><span class="UserLink AuthorInfo-avatarWrapper"><img class="Avatar AuthorInfo-avatar css-1hx3fyn" src="https://pica.zhimg.example/v2-1.jpg"></span><div class="AuthorInfo-content"><div class="AuthorInfo-head"><a class="UserLink-link">厨房里的物理</a></div><div class="AuthorInfo-detail"><div class="AuthorInfo-badgeText css-14ur8a8">家电工程师，做过八年电饭煲控制板</div></div></div></div><div class="css-1z1o0zp"><span class="Voters"><button class="Button">2,318 人赞同了该回答</button></span></div></div>
<div class="RichContent RichContent--unescapable"><span><div class="css-376mun"><span class="RichText ztext CopyrightRichText-richText css-ob6uua" itemprop="text">
<p data-pid="a1">⟪利益相关：做过电饭煲控制程序。先说结论：不是智商税，但效果被宣传放大了。⟫</p>
<p data-pid="a2">⟪所谓“柴火饭”，核心是两点：一是大火力，让锅底温度在沸腾阶段更高、米粒翻滚更充分；二是在焖饭最后阶段短时间加热锅底，做出一层轻微的锅巴香。要实现第一点，需要 IH 电磁加热和足够的功率，普通底盘加热的机器即使有这个按钮，也只是改了程序时间。⟫</p>
<p data-pid="a3">⟪所以买的时候看三样：是不是 IH 加热、额定功率多少、内胆够不够厚。这三样达标，柴火饭模式确实能吃出差别；不达标的话，这个按钮就只是营销。⟫</p>
</span></div></span>
<div class="ContentItem-time"><a href="#"><span data-tooltip="发布于 2024-10-08 21:15">编辑于 2024-11-02 09:40・IP 属地广东</span></a></div>
<div class="ContentItem-actions RichContent-actions"><span><button class="Button VoteButton VoteButton--up">赞同 2318</button><button class="Button VoteButton VoteButton--down">反对</button></span><button class="Button ContentItem-action">156 条评论</button><button class="Button ContentItem-action">分享</button><button class="Button ContentItem-action">收藏</button><button class="Button ContentItem-action">喜欢</button></div></div></div></div>
<div class="Pc-word css-1o6ex4c"><span class="Pc-word-tag">广告</span><a href="#">IH电饭煲 618 限时直降，点击领券</a></div>
<div class="List-item" tabindex="0"><div class="ContentItem AnswerItem" data-zop='{"authorName":"阿朴","type":"answer"}'>
<div class="ContentItem-meta"><div class="AuthorInfo AnswerItem-authorInfo"><span class="UserLink AuthorInfo-avatarWrapper"><img class="Avatar css-1hx3fyn" src="https://pica.zhimg.example/v2-2.jpg"></span><div class="AuthorInfo-content"><div class="AuthorInfo-head"><a class="UserLink-link">阿朴</a></div></div></div><div class="css-1z1o0zp"><span class="Voters"><button class="Button">417 人赞同了该回答</button></span></div></div>
<div class="RichContent RichContent--unescapable"><span><div class="css-376mun"><span class="RichText ztext CopyrightRichText-richText css-ob6uua" itemprop="text">
<p data-pid="b1">⟪普通用户实测一下。家里两台机器，一台老款底盘加热，一台带柴火饭模式的 IH。同样的东北米、同样的水量，新机器煮出来米粒更完整，底部有一点点焦香，老人孩子都说好吃。⟫</p>
<p data-pid="b2">⟪缺点是时间长，一锅要将近一个小时，早上赶时间的话还是用快煮。⟫</p>
</span></div></span>
<div class="ContentItem-time"><a href="#"><span data-tooltip="发布于 2025-01-12 12:03">发布于 2025-01-12 12:03・IP 属地江苏</span></a></div>
<div class="ContentItem-actions RichContent-actions"><span><button class="Button VoteButton VoteButton--up">赞同 417</button><button class="Button VoteButton VoteButton--down">反对</button></span><button class="Button ContentItem-action">38 条评论</button><button class="Button ContentItem-action">分享</button><button class="Button ContentItem-action">收藏</button></div></div></div></div>
<div class="List-item"><div class="Card ViewAll"><a class="QuestionMainAction ViewAll-QuestionMainAction">查看全部 86 个回答</a></div></div>
</div></div>
<div class="Question-sideColumn"><div class="Card AnswerAuthor"><div class="Card-header"><div class="Card-headerText">关于作者</div></div><div class="AnswerAuthor-user-name">厨房里的物理</div><div class="AnswerAuthor-counts">回答 312 文章 18 关注者 4.6 万</div><button class="Button FollowButton">关注他</button></div>
<div class="Card"><div class="Card-header">相关问题</div><ul><li><a>IH 电饭煲和普通电饭煲区别大吗？</a> 212 个回答</li><li><a>电饭煲内胆选陶瓷的还是不粘的？</a> 98 个回答</li><li><a>为什么饭店的米饭比家里好吃？</a> 640 个回答</li></ul></div>
<footer class="Footer"><a>知乎指南</a><a>知乎协议</a><a>知乎隐私保护指引</a><span>应用</span><span>工作</span><a>申请开通机构号</a><a>侵权举报</a><a>网上有害信息举报专区</a><span>京 ICP 证 110745 号</span><span>京 ICP 备 13052560 号 - 1</span><span>京公网安备 11010802020088 号</span><span>互联网药品信息服务资格证书</span><span>© 2025 知乎</span></footer></div>
</div></div></main>
<div class="Modal-wrapper"><div class="Modal"><div class="signFlowModal"><div class="SignContainer-content"><div class="SignFlowHeader">登录知乎，问答干货一键收藏</div><div class="SignFlow-tabs"><div class="SignFlow-tab">验证码登录</div><div class="SignFlow-tab">密码登录</div></div><input placeholder="手机号"><button>获取短信验证码</button><div class="SignContainer-tip">未注册手机验证后自动登录，注册即代表同意《知乎协议》《隐私保护指引》</div><div class="Qrcode-title">打开知乎App 在「我的页」右上角打开扫一扫</div></div></div></div></div>
</div></div>
</body>
</html>
"""))

PAGES.append(("tieba_old_camera", r"""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【求助】老爸留下的胶片相机快门不动了，还有救吗_胶片相机吧_百度贴吧</title>
<meta name="keywords" content="胶片相机,胶片相机吧">
<script>var PageData = {"user":{"is_login":0},"forum":{"forum_name":"胶片相机"},"thread":{"thread_id":9004213377,"reply_num":5}};</script>
</head>
<body>
<div id="com_userbar" class="userbar"><ul><li><a href="#">网页</a></li><li><a href="#">资讯</a></li><li><a href="#">视频</a></li><li><a href="#">图片</a></li><li><a href="#">知道</a></li><li><a href="#">文库</a></li><li class="u_login"><a href="#">登录</a></li><li class="u_reg"><a href="#">注册</a></li></ul></div>
<div id="head" class="search_bright"><div class="search_top"><input class="search_ipt" value="胶片相机"><a class="search_btn j_enter_ba">进入贴吧</a><a class="search_btn j_search_post">全吧搜索</a></div></div>
<div class="card_top_wrap"><div class="card_head"><a class="card_head_img"><img src="/forum/head.jpg"></a></div><div class="card_title"><a class="card_title_fname">胶片相机吧</a><span class="card_num">关注：<span class="card_menNum">95,716</span>贴子：<span class="card_infoNum">1,204,388</span></span><a class="focus_btn">+关注</a><a class="sign_btn">签到</a></div><p class="card_slogan">记录光影，留住时间</p></div>
<div class="nav_wrap"><ul class="nav_list"><li class="focus">看贴</li><li>图片</li><li>吧主推荐</li><li>视频</li><li>游戏</li></ul></div>
<div class="content clearfix"><div class="left_section">
<div class="core_title_wrap_bright clearfix"><div class="core_title core_title_theme_bright"><h3 class="core_title_txt pull-left text-overflow">⟪【求助】老爸留下的胶片相机快门不动了，还有救吗⟫</h3><div class="core_title_btns pull-right"><a class="btn-sub">只看楼主</a><a class="btn-sub">收藏</a><a class="btn-sub">回复</a></div></div></div>
<div class="p_thread thread_theme_5"><div class="l_thread_info"><ul class="l_posts_num"><li class="l_reply_num"><span class="red">5</span>回复贴，共<span class="red">1</span>页</li></ul></div></div>
<div class="p_postlist" id="j_p_postlist">
<div class="l_post j_l_post l_post_bright noborder" data-field='{"author":{"user_name":"青柠不酸a"},"content":{"post_no":1}}'>
<div class="d_author"><ul class="p_author"><li class="icon"><img src="/portrait/a.jpg"></li><li class="d_name"><a class="p_author_name j_user_card">青柠不酸a</a></li><li class="l_badge"><div class="d_badge_title">摄影学徒</div><div class="d_badge_lv">4</div></li></ul></div>
<div class="d_post_content_main d_post_content_firstfloor"><div class="p_content p_content_nameplate"><cc><div id="post_content_150001" class="d_post_content j_d_post_content clearfix">⟪            整理老爸遗物的时候翻出来一台海鸥4B双反，皮套还在，镜头看着也挺干净。<br>问题是快门按下去没反应，过片钮也拧不动，不敢硬来。<br>想修好了用它拍几卷，留个念想。请问吧里大佬这种情况一般是什么毛病，修一下大概多少钱？⟫<br><img class="BDE_Image" src="https://imgsa.example/forum/pic/item/camera1.jpg" width="560" height="746"></div><br></cc></div>
<div class="core_reply j_lzl_wrapper"><div class="core_reply_tail clearfix"><div class="post-tail-wrap"><span class="tail-info">来自iPhone客户端</span><span class="tail-info">1楼</span><span class="tail-info">2025-03-09 20:17</span></div><a class="lzl_link_unfold">回复</a></div></div></div></div>
<div class="l_post j_l_post l_post_bright" data-field='{"author":{"user_name":"老法师修相机"},"content":{"post_no":2}}'>
<div class="d_author"><ul class="p_author"><li class="icon"><img src="/portrait/b.jpg"></li><li class="d_name"><a class="p_author_name j_user_card">老法师修相机</a></li><li class="l_badge"><div class="d_badge_title">胶片老炮</div><div class="d_badge_lv">12</div></li></ul></div>
<div class="d_post_content_main"><div class="p_content"><cc><div id="post_content_150002" class="d_post_content j_d_post_content clearfix">⟪            双反放久了最常见的是快门油干了粘住，先别拧过片钮。<br>你先看看镜头侧面那个快门上弦杆能不能拨动，拨不动基本就是油泥。<br>清洗快门加调焦，一般两三百块能搞定，镜头要是长霉另算。⟫</div><br></cc></div>
<div class="core_reply j_lzl_wrapper"><div class="core_reply_tail clearfix"><div class="post-tail-wrap"><span class="tail-info">2楼</span><span class="tail-info">2025-03-09 20:41</span></div><a class="lzl_link_unfold">回复(2)</a></div></div></div></div>
<div class="l_post j_l_post l_post_bright ad_post" data-field='{"content":{"is_ad":1}}'><div class="d_post_content_main"><div class="p_content"><span class="label_text">广告</span><a href="#">新人专享 胶卷冲扫低至9.9元 点击领取</a></div></div></div>
<div class="l_post j_l_post l_post_bright" data-field='{"author":{"user_name":"青柠不酸a"},"content":{"post_no":3}}'>
<div class="d_author"><ul class="p_author"><li class="icon"><img src="/portrait/a.jpg"></li><li class="d_name"><a class="p_author_name j_user_card">青柠不酸a</a></li><li class="louzhubiaoshi_wrap"><span class="louzhubiaoshi">楼主</span></li></ul></div>
<div class="d_post_content_main"><div class="p_content"><cc><div id="post_content_150003" class="d_post_content j_d_post_content clearfix">⟪            试了，上弦杆确实拨不动，镜头对着灯看有一点点雾。<br>那我还是找个靠谱的店送修吧，谢谢大佬！⟫</div><br></cc></div>
<div class="core_reply j_lzl_wrapper"><div class="core_reply_tail clearfix"><div class="post-tail-wrap"><span class="tail-info">来自iPhone客户端</span><span class="tail-info">3楼</span><span class="tail-info">2025-03-09 21:05</span></div><a class="lzl_link_unfold">回复</a></div></div></div></div>
<div class="l_post j_l_post l_post_bright" data-field='{"author":{"user_name":"城南旧事135"},"content":{"post_no":4}}'>
<div class="d_author"><ul class="p_author"><li class="icon"><img src="/portrait/c.jpg"></li><li class="d_name"><a class="p_author_name j_user_card">城南旧事135</a></li><li class="l_badge"><div class="d_badge_title">摄影学徒</div><div class="d_badge_lv">6</div></li></ul></div>
<div class="d_post_content_main"><div class="p_content"><cc><div id="post_content_150004" class="d_post_content j_d_post_content clearfix">⟪            镜头起雾可以顺便让师傅拆开擦一下，轻微的雾对成像影响不大。<br>修好以后第一卷建议拍正片以外的便宜负片，先测一下快门速度准不准。⟫<img class="BDE_Smiley" src="/tb/editor/images/client/image_emoticon25.png"></div><br></cc></div>
<div class="core_reply j_lzl_wrapper"><div class="core_reply_tail clearfix"><div class="post-tail-wrap"><span class="tail-info">4楼</span><span class="tail-info">2025-03-10 08:12</span></div><a class="lzl_link_unfold">回复</a></div></div></div></div>
</div>
<div class="l_thread_info"><ul class="l_posts_num"><li class="l_pager pager_theme_4 pb_list_pager"></li><li class="l_reply_num">5回复贴，共1页</li></ul></div>
<div class="poster_head clearfix"><span class="poster_head_text">发表回复</span></div><div class="editor_wrapper"><div class="tb-editor-editarea" contenteditable="false">登录后才能回复哦~</div><a class="poster_submit">发 表</a></div>
</div>
<div class="right_section"><div class="region_bright"><h4 class="region_title">贴吧热议榜</h4><ul class="topic_list"><li><span class="topic_num">1</span><a>春天第一卷胶片你拍了什么</a></li><li><span class="topic_num">2</span><a>二手市场淘到宝了</a></li><li><span class="topic_num">3</span><a>胶卷又涨价了</a></li></ul></div>
<div class="region_bright"><h4 class="region_title">本吧信息</h4><p>吧主：光影收藏家</p><p>目录：数码</p></div>
<div class="app_download_box"><p>扫二维码下载贴吧客户端</p><img src="/tb/static-common/img/app_qrcode.png"><p>下载贴吧APP 看高清直播、视频！</p></div></div>
</div>
<div class="footer"><p>©2025 Baidu <a>贴吧协议</a> | <a>隐私政策</a> | <a>吧主制度</a> | <a>意见反馈</a> | <a>网络谣言警示</a></p></div>
</body>
</html>
"""))

PAGES.append(("jingyan_guest_wifi", r"""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>如何给家里的路由器设置访客网络-百度经验</title>
<link rel="stylesheet" href="https://exp.bdstatic.example/static/exp-pc/common/css/base.css">
</head>
<body class="exp-pc">
<div id="hd"><div class="top-wrap"><ul class="top-links"><li><a>百度首页</a></li><li><a>登录</a></li><li><a>注册</a></li></ul></div>
<div class="search-wrap"><a class="logo">百度经验</a><form><input class="search-input" name="word"><button class="search-btn">搜索经验</button></form></div>
<div class="nav-wrap"><ul class="nav"><li><a>首页</a></li><li><a>分类</a></li><li><a>任务</a></li><li><a>回享</a></li><li><a>商城</a></li><li><a>认证</a></li><li><a>荣誉</a></li></ul></div></div>
<div id="bd" class="clearfix">
<div class="wgt-breadcrumb"><a>百度经验</a> &gt; <a>电脑/数码</a> &gt; <a>电脑</a> &gt; <span>网络设备</span></div>
<div class="main-wrap">
<div class="exp-title-wrap"><h1 class="exp-title clearfix"><span class="exp-title-h1">⟪如何给家里的路由器设置访客网络⟫</span></h1>
<div class="exp-info"><ul><li class="exp-info-item">浏览：36527</li><li class="exp-info-item">|</li><li class="exp-info-item">更新：2025-02-14 16:20</li><li class="exp-info-item">|</li><li class="exp-info-item">标签：<a>路由器</a> <a>wifi</a></li></ul></div>
<div class="exp-img-wrap"><span class="pic-num">1</span><span class="pic-num">2</span><span class="pic-num">3</span><span class="pic-num">4</span></div></div>
<div class="exp-content-container">
<div class="exp-content-block exp-brief"><div class="exp-content-body"><div class="exp-content-unit">
<p>⟪家里来客人时，直接告诉对方主网络的密码并不安全：对方的设备可以访问家里的电脑、摄像头和网络存储。多数家用路由器都支持“访客网络”，客人连上后只能上网，看不到家里的其他设备。下面以常见的网页管理界面为例说明设置方法。⟫</p></div></div></div>
<div class="exp-content-block"><h2 class="exp-content-head">⟪工具/原料⟫</h2><div class="exp-content-body"><ul class="exp-content-list list-paddingleft-1"><li><div class="content-list-text">⟪支持访客网络的家用路由器⟫</div></li><li><div class="content-list-text">⟪连接到该路由器的电脑或手机⟫</div></li></ul></div></div>
<div class="exp-content-block"><h2 class="exp-content-head">⟪方法/步骤⟫</h2><div class="exp-content-body">
<ol class="exp-conent-orderlist"><li class="exp-content-list list-item-1"><div class="list-icon">1</div><div class="content-list-text"><p>⟪在浏览器地址栏输入路由器背面标签上的管理地址（常见为 192.168.1.1 或 192.168.0.1），输入管理员密码登录。⟫</p></div><div class="content-list-media"><div class="content-list-image"><img src="https://exp-picture.cdn.example/0a1.jpg"></div></div></li>
<li class="exp-content-list list-item-2"><div class="list-icon">2</div><div class="content-list-text"><p>⟪在左侧菜单中找到“应用管理”或“高级设置”，点击“访客网络”。不同品牌的叫法略有差别，有的写作“客人网络”。⟫</p></div><div class="content-list-media"><img src="https://exp-picture.cdn.example/0a2.jpg"></div></li>
<li class="exp-content-list list-item-3"><div class="list-icon">3</div><div class="content-list-text"><p>⟪打开访客网络开关，设置一个和主网络不同的无线名称和密码。建议勾选“禁止访问内网”。⟫</p></div><div class="content-list-media"><img src="https://exp-picture.cdn.example/0a3.jpg"></div></li>
<li class="exp-content-list list-item-4"><div class="list-icon">4</div><div class="content-list-text"><p>⟪如有需要，可以设置访客网络的带宽上限和开放时间，例如每天晚上十二点自动关闭。⟫</p></div></li>
<li class="exp-content-list list-item-5"><div class="list-icon">5</div><div class="content-list-text"><p>⟪点击“保存”，用手机搜索新的无线名称并连接，确认能正常上网即可。⟫</p></div></li></ol></div></div>
<div class="exp-content-block"><h2 class="exp-content-head">⟪注意事项⟫</h2><div class="exp-content-body"><ul class="exp-content-list"><li><div class="content-list-text">⟪访客网络密码最好定期更换。⟫</div></li><li><div class="content-list-text">⟪部分老款路由器没有此功能，可以尝试升级固件。⟫</div></li></ul></div></div>
</div>
<div class="exp-disclaimer"><p>经验内容仅供参考，如果您需解决具体问题(尤其法律、医学等领域)，建议您详细咨询相关领域专业人士。</p><p>作者声明：本篇经验系本人依照真实经历原创，未经许可，谢绝转载。</p></div>
<div class="wgt-exp-vote"><a class="useful-btn">有得 <span>12</span></a><a class="useless-btn">投票 <span>3</span></a><a class="share-btn">分享</a><a class="fav-btn">收藏</a><a class="report-btn">举报</a></div>
<div class="wgt-related"><h3>相关经验</h3><ul><li><a>路由器怎么恢复出厂设置</a><span>2024-11-02</span></li><li><a>如何查看有多少人在蹭wifi</a><span>2024-09-15</span></li><li><a>无线网络信号弱怎么办</a><span>2024-08-30</span></li></ul></div>
</div>
<div class="aside-wrap"><div class="wgt-author"><img src="https://himg.example/a.jpg"><p class="author-name">数码小能手2019</p><p>经验 231 | 粉丝 1.2万</p><a class="follow">关注</a></div>
<div class="wgt-ad"><span class="ad-label">广告</span><a>千兆路由器 限时特惠</a></div>
<div class="wgt-hot"><h3>热门杂志</h3><ul><li>第一次去景德镇怎么玩？</li><li>新手如何拍好证件照</li></ul></div></div>
</div>
<div id="ft"><p>&copy;2025 Baidu <a>使用百度前必读</a> | <a>百度经验协议</a> | <a>作者创作作品协议</a> | <a>京ICP证030173号</a></p></div>
</body>
</html>
"""))

PAGES.append(("taobao_teapot", r"""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>山止 手工粗陶侧把壶 家用泡茶壶 日式复古煮茶壶 400ml-淘宝网</title>
<meta name="keywords" content="粗陶侧把壶,泡茶壶,山止">
<script>var g_config = {itemId:"712288901234", shopId:"103877", sellerNick:"山止陶坊"};</script>
</head>
<body class="tb-item">
<div id="site-nav"><div class="site-nav-bd"><ul class="site-nav-bd-l"><li>中国大陆</li><li><a>亲，请登录</a></li><li><a>免费注册</a></li><li><a>手机逛淘宝</a></li></ul><ul class="site-nav-bd-r"><li><a>淘宝网首页</a></li><li><a>我的淘宝</a></li><li><a>购物车 0</a></li><li><a>收藏夹</a></li><li><a>千牛卖家中心</a></li><li><a>联系客服</a></li></ul></div></div>
<div id="header"><div class="tb-shop-name"><a>山止陶坊</a><span class="tb-shop-rank">4金冠</span></div><div class="tb-shop-rate"><span>描述 4.9</span><span>服务 4.9</span><span>物流 4.8</span></div><form class="search"><input value=""><button>搜本店</button><button>搜全站</button></form></div>
<div id="detail" class="tb-detail-bd">
<div class="tb-gallery"><div class="tb-booth"><img src="//img.alicdn.example/bao/uploaded/i1/teapot_main.jpg"></div><ul class="tb-thumb"><li><img src="t1.jpg"></li><li><img src="t2.jpg"></li><li><img src="t3.jpg"></li></ul></div>
<div class="tb-property"><div class="tb-wrap">
<div class="tb-detail-hd"><h1 data-spm="1000983">⟪山止 手工粗陶侧把壶 家用泡茶壶 日式复古煮茶壶 400ml⟫</h1></div>
<ul class="tb-meta"><li class="tb-detail-price"><span class="tb-property-type">价格</span><em class="tb-rmb">¥</em><em class="tb-rmb-num">268.00</em></li><li class="tb-promo-price"><span>淘宝价</span><em>¥</em><em class="tb-promo-price-num">198.00</em><span class="tb-promo-type">618预售</span></li>
<li class="tb-coupon"><span>优惠</span><a>店铺优惠券 满199减20</a><a>领取</a></li><li class="tb-delivery"><span>配送</span>江西景德镇 至 北京 快递 免运费</li><li class="tb-sold"><span>月销量</span><strong>300+</strong><span>累计评价</span><strong>1826</strong></li></ul>
<div class="tb-key"><dl class="tb-prop"><dt>颜色分类</dt><dd><ul><li><a>柴烧灰</a></li><li><a>草木灰釉</a></li><li><a>铁锈红</a></li></ul></dd></dl><dl class="tb-amount"><dt>数量</dt><dd><input value="1"> 件 库存 82 件</dd></dl>
<div class="tb-action"><a class="J_LinkBuy">立即购买</a><a class="J_LinkAdd">加入购物车</a></div></div>
<ul class="tb-serPromise"><li>7天无理由</li><li>退货宝</li><li>极速退款</li></ul></div></div>
</div>
<div id="J_TabBarBox"><ul class="tabbar"><li class="tb-selected"><a>宝贝详情</a></li><li><a>累计评论 1826</a></li><li><a>专享服务</a></li></ul></div>
<div id="attributes" class="attributes"><div class="attributes-list"><p class="attr-list-hd"><span>产品参数：</span></p>
<ul class="attributes-list">
<li title="山止">⟪品牌:&nbsp;山止⟫</li>
<li title="粗陶">⟪材质:&nbsp;粗陶⟫</li>
<li title="400ml">⟪容量:&nbsp;400ml⟫</li>
<li title="侧把壶">⟪款式:&nbsp;侧把壶⟫</li>
<li title="柴烧">⟪工艺:&nbsp;柴烧⟫</li>
<li title="江西省景德镇市">⟪产地:&nbsp;江西省景德镇市⟫</li>
<li title="是">⟪是否可以明火加热:&nbsp;是⟫</li>
</ul></div></div>
<div id="description" class="J_DetailSection tshop-psm"><div class="content ke-post">
<p><img src="//img.alicdn.example/imgextra/detail01.jpg"></p>
<p><font size="4"><b>⟪一窑一器，火痕天成⟫</b></font></p>
<p>⟪壶身用本地粗陶泥手工拉坯，经柴窑烧制一昼夜。落灰与火焰在壶身留下的纹理无法复制，因此每一只壶的颜色都会略有不同。⟫</p>
<p>⟪侧把设计出汤时手腕不用翻转，适合泡乌龙、红茶和老白茶。壶内设球形滤孔，出水顺畅不易堵叶。⟫</p>
<p><img src="//img.alicdn.example/imgextra/detail02.jpg"></p>
<p>⟪使用说明：新壶初次使用前用清水煮十分钟；可以直接放在电陶炉或明火上加热，但不能放在电磁炉上；避免冷热骤变，空壶不要干烧。⟫</p>
<p><img src="//img.alicdn.example/imgextra/detail03.jpg"></p>
</div></div>
<div id="reviews" class="J_Reviews"><div class="rate-header"><span>大家印象</span><span class="tag">做工精致(126)</span><span class="tag">出水流畅(88)</span></div>
<div class="rate-grid"><table><tr><td class="tm-col-master"><div class="tm-rate-content">颜色比图片深一点，但是很有味道，泡岩茶很好。</div><div class="tm-rate-date">05.21</div></td><td class="col-meta">颜色分类：柴烧灰</td><td class="col-author">t**8（匿名）</td></tr>
<tr><td class="tm-col-master"><div class="tm-rate-content">包装很用心，一点没磕碰。</div><div class="tm-rate-date">05.18</div></td><td class="col-meta">颜色分类：铁锈红</td><td class="col-author">小**鹿（匿名）</td></tr></table></div></div>
<div class="tb-recommend"><h4>看了又看</h4><ul><li><a>粗陶公道杯 手工</a><em>¥58</em></li><li><a>柴烧品茗杯 一套四只</a><em>¥96</em></li><li><a>电陶炉 煮茶专用</a><em>¥239</em></li></ul></div>
<div id="footer"><p><a>关于淘宝</a> <a>合作伙伴</a> <a>营销中心</a> <a>廉正举报</a> <a>联系客服</a> <a>开放平台</a> <a>诚征英才</a> <a>联系我们</a> <a>网站地图</a> <a>法律声明及隐私权政策</a></p><p>© 2003-2025 Taobao.com 版权所有</p><p>增值电信业务经营许可证：浙B2-20080224 | 浙公网安备 33010002000078号</p></div>
</body>
</html>
"""))

PAGES.append(("weibo_article_bookshop", r"""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>在县城开了三年独立书店，我想说点实话 - 微博</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="//h5.sinaimg.example/weibo/article/app.css">
</head>
<body>
<div id="app"><div class="woo-box-flex woo-box-column Frame_wrap_3g67Q">
<div class="Frame_top_2ybWw"><div class="woo-box-flex Nav_wrap_gHB1a"><a class="Nav_logoWrap_2fPbO"><img src="//h5.sinaimg.example/logo.svg" alt="微博"></a><div class="woo-box-flex Nav_mid_2Gps1"><a class="Nav_btn_1PBJs">首页</a><a class="Nav_btn_1PBJs">视频</a><a class="Nav_btn_1PBJs">发现</a><a class="Nav_btn_1PBJs">游戏</a></div><div class="woo-box-flex Nav_right_pDw0F"><a class="LoginBtn_btn_10QRY">登录/注册</a></div></div></div>
<div class="woo-box-flex Frame_content_3XrxZ">
<div class="Frame_main_3Z_V0"><div class="main_editor"><div class="WB_editor_iframe_new">
<div class="article_head"><div class="title" node-type="articleTitle">⟪在县城开了三年独立书店，我想说点实话⟫</div>
<div class="W_fl media_info"><a class="W_face_radius"><img src="//tvax1.sinaimg.example/crop.0.0.180.180/avatar.jpg"></a><span class="author_name">三川书房店长老许</span><span class="time">2025-04-23 18:30</span><span class="num">阅读数 12万+</span></div></div>
<div class="WB_editor_iframe_word" node-type="contentBody">
<p>⟪三年前，我辞掉了省城的工作，回到老家县城开了一间四十平米的书店。开业那天来了很多朋友，大家都说“县城终于有个像样的书店了”。三年过去，书店还开着，但我想说点实话，给也想开书店的人做个参考。⟫</p>
<p><img src="//wx1.sinaimg.example/large/shop01.jpg"></p>
<p><strong>⟪第一，卖书养不活书店。⟫</strong></p>
<p>⟪新书的利润本来就薄，县城读者又习惯网上买书。我们现在的收入，一半以上来自咖啡和文创，剩下的才是书。每个月能打平房租和一个店员的工资，就算是好月份。⟫</p>
<p><strong>⟪第二，县城不是没有读者，而是读者很分散。⟫</strong></p>
<p>⟪来店里的有放学后的中学生，有退休的老教师，也有在外地工作、过年回来的年轻人。他们彼此不认识，书店是难得能让他们坐在一起的地方。我们每个月办一次读书会，人最多的一次来了三十多个。⟫</p>
<p><strong>⟪第三，坚持下去靠的是具体的人。⟫</strong></p>
<p>⟪有位老先生每周三下午都来，坐在靠窗的位置看两个小时书，走之前一定买一本。他说：“我不买，你们就开不下去了。”这样的话听多了，就舍不得关门。⟫</p>
<p>⟪所以如果你也想回小城开书店，我的建议是：先算清楚账，再想好除了卖书还能做什么，最后，别指望它让你赚钱，但它会让你认识很多好人。⟫</p>
<p class="end_line">—— 完 ——</p>
</div>
<div class="article_tags"><a>#县城生活#</a><a>#独立书店#</a></div>
<div class="WB_feed_handle"><ul class="WB_row_line"><li><a><span>转发 1862</span></a></li><li><a><span>评论 947</span></a></li><li><a><span>赞 2.3万</span></a></li></ul></div>
</div></div>
<div class="Comment_box"><div class="Comment_head">按热度 按时间</div>
<div class="list_li"><div class="WB_text"><a>一只小橘猫</a>：我们县城的书店去年关了，看到这篇很感慨。</div><div class="WB_from">4-23 19:02 来自 iPhone客户端</div><span class="like">赞 1204</span></div>
<div class="list_li"><div class="WB_text"><a>江边的风吹过</a>：下次回家一定去看看！</div><div class="WB_from">4-23 19:15 来自 Android</div><span class="like">赞 356</span></div>
<a class="more_comments">查看更多评论 &gt;</a></div></div>
<div class="Frame_side_2ZGk9"><div class="wbpro-side-card"><div class="card_title">微博热搜</div><ol><li><a>五一假期出行预测</a><span>爆</span></li><li><a>世界读书日</a><span>热</span></li><li><a>县城经济</a></li><li><a>今年第一场雷阵雨</a></li></ol><a class="more">点击查看完整热搜榜单</a></div>
<div class="wbpro-side-card"><div class="card_title">你可能感兴趣的人</div><ul><li>书店日记 <a>+关注</a></li><li>小城故事多 <a>+关注</a></li></ul></div>
<div class="wbpro-side-card qr"><img src="//h5.sinaimg.example/qrcode.png"><p>扫码下载微博APP</p><p>随时随地发现新鲜事</p></div>
<div class="wbpro-side-card footer"><p>微博客服 · 帮助中心 · 自律公约</p><p>京ICP证100780号 · 互联网新闻信息服务许可</p><p>Copyright © 2009-2025 WEIBO 北京微梦创科网络技术有限公司</p></div></div>
</div></div></div>
</body>
</html>
"""))

PAGES.append(("gov_xxgk_heating", r"""
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8">
<title>北原市城市管理局关于做好2025—2026年度供热准备工作的通知_政府信息公开_北原市人民政府</title>
<meta name="SiteName" content="北原市人民政府">
<meta name="ArticleTitle" content="北原市城市管理局关于做好2025—2026年度供热准备工作的通知">
<style type="text/css">.bt_title{font-size:22px;color:#c00}.zw{font-size:16px;line-height:32px}</style>
</head>
<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top_banner.jpg" width="1000" height="160" alt="北原市人民政府"></td></tr>
<tr><td bgcolor="#B60000" height="40"><a href="#"><font color="#FFFFFF">首页</font></a>&nbsp;|&nbsp;<a href="#"><font color="#FFFFFF">政务公开</font></a>&nbsp;|&nbsp;<a href="#"><font color="#FFFFFF">政务服务</font></a>&nbsp;|&nbsp;<a href="#"><font color="#FFFFFF">互动交流</font></a>&nbsp;|&nbsp;<a href="#"><font color="#FFFFFF">走进北原</font></a>&nbsp;|&nbsp;<a href="#"><font color="#FFFFFF">无障碍</font></a>&nbsp;|&nbsp;<a href="#"><font color="#FFFFFF">长者模式</font></a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="36" class="weizhi">您当前的位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">部门文件</a></td></tr>
<tr><td>
<table width="96%" border="1" align="center" cellpadding="4" cellspacing="0" bordercolor="#CCCCCC" style="border-collapse:collapse" class="xxgk_table">
<tr><td width="12%" bgcolor="#F2F2F2">索 引 号：</td><td width="38%">11230400MB0M123456/2025-00871</td><td width="12%" bgcolor="#F2F2F2">主题分类：</td><td>城乡建设、环境保护</td></tr>
<tr><td bgcolor="#F2F2F2">发布机构：</td><td>北原市城市管理局</td><td bgcolor="#F2F2F2">成文日期：</td><td>2025年08月26日</td></tr>
<tr><td bgcolor="#F2F2F2">名　　称：</td><td colspan="3">北原市城市管理局关于做好2025—2026年度供热准备工作的通知</td></tr>
<tr><td bgcolor="#F2F2F2">文　　号：</td><td>北城管发〔2025〕37号</td><td bgcolor="#F2F2F2">发布日期：</td><td>2025年08月28日</td></tr></table>
</td></tr>
<tr><td align="center" height="80"><font class="bt_title"><b>⟪北原市城市管理局关于做好2025—2026年度供热准备工作的通知⟫</b></font></td></tr>
<tr><td align="center"><font color="#666666" size="2">发布时间：2025-08-28 10:15&nbsp;&nbsp;来源：市城市管理局&nbsp;&nbsp;浏览次数：2318&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</font></td></tr>
<tr><td class="zw" style="padding:20px 40px">
<div id="zoom">
<p>⟪各区县城市管理部门，各供热企业：⟫</p>
<p style="text-indent:2em">⟪为确保2025—2026年度采暖期安全稳定供热，根据《北原市城市供热管理条例》有关规定，现就做好今年供热准备工作通知如下：⟫</p>
<p style="text-indent:2em">⟪<b>一、抓紧完成设施检修。</b>各供热企业要在9月30日前完成锅炉、换热站和一级管网的检修维护，对运行超过二十年的老旧管网制定分年度改造计划，今年计划改造的管段须在10月15日前完工。⟫</p>
<p style="text-indent:2em">⟪<b>二、落实燃料储备。</b>燃煤供热企业开栓前储煤量不得低于采暖期总用量的三分之一；燃气供热企业要与供气单位签订供用气合同，落实高峰期保供措施。⟫</p>
<p style="text-indent:2em">⟪<b>三、做好注水试压。</b>10月20日起各企业分片开展注水试压，提前三天在小区公告栏张贴通知，试压期间安排人员巡查，发现漏水及时处置。⟫</p>
<p style="text-indent:2em">⟪<b>四、畅通服务热线。</b>各供热企业服务热线要在开栓前实行24小时值守，对居民反映的不热问题做到当日响应、三日内解决。⟫</p>
<p style="text-indent:2em">⟪联系人：市城市管理局供热办 韩立明，联系电话：0451-8762 3310。⟫</p>
<p>&nbsp;</p>
<p>附件：</p>
<p><a href="/uploadfiles/202508/1.docx">1．2025—2026年度供热企业检修计划汇总表.docx</a></p>
<p><a href="/uploadfiles/202508/2.xlsx">2．老旧供热管网改造项目清单.xlsx</a></p>
<p>&nbsp;</p>
<p align="right">北原市城市管理局</p>
<p align="right">2025年8月26日</p>
</div>
</td></tr>
<tr><td align="right" height="40"><a href="javascript:window.print()">【打印本页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>
<tr><td><table width="100%"><tr><td class="xgwz"><b>相关文章：</b></td></tr><tr><td>· <a>关于2024—2025年度供热期结束停暖的通告</a></td></tr><tr><td>· <a>市城管局召开供热工作推进会</a></td></tr></table></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#EEEEEE"><tr><td align="center" height="100"><font size="2">主办单位：北原市人民政府办公室&nbsp;&nbsp;承办单位：北原市政务服务数据管理局<br>网站标识码：2304000001&nbsp;&nbsp;黑ICP备05002231号&nbsp;&nbsp;<img src="/images/ga.png">黑公网安备 23040202000123号<br>联系电话：0451-8762 0000&nbsp;&nbsp;建议使用1366×768分辨率浏览本网站</font><br><img src="/images/jiucuo.png" alt="政府网站找错"></td></tr></table>
</body>
</html>
"""))

if __name__ == "__main__":
    write_all("zh-Hans", PAGES)
