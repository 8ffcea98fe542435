from common import C, spans, write

def gov_notice():
    c = C(); L = "zh-Hans"
    meta = """<table class="xxgk_table" width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="t1">索&nbsp;引&nbsp;号：</td><td>11330782MB1647029K/2025-00318</td><td class="t1">分　　类：</td><td>城乡建设、环境保护；通知</td></tr>
<tr><td class="t1">发布机构：</td><td>临溪市住房和城乡建设局</td><td class="t1">成文日期：</td><td>2025-03-14</td></tr>
<tr><td class="t1">文　　号：</td><td>临建发〔2025〕12号</td><td class="t1">发布日期：</td><td>2025-03-17</td></tr>
<tr><td class="t1">主 题 词：</td><td colspan="3">老旧小区 改造 电梯</td></tr></table>"""
    title = c.h("临溪市住房和城乡建设局关于开展2025年老旧小区加装电梯申报工作的通知")
    body = f"""<p style="text-indent:2em">{c.p("各区县（市）住建部门，各街道办事处，各有关单位：")}</p>
<p style="text-indent:2em">{c.p("为进一步改善老旧小区居住条件，方便老年人和行动不便群体日常出行，根据省住建厅关于既有住宅加装电梯工作的有关要求，结合我市实际，现就2025年度加装电梯申报工作通知如下。")}</p>
<p style="text-indent:2em"><strong>{c.h("一、申报范围")}</strong></p>
<p style="text-indent:2em">{c.p("本市城区范围内建成投入使用、具有合法权属证明、四层及以上且未设电梯的多层住宅，均可按单元提出申报。列入征收计划或已鉴定为危房的住宅不在本次申报范围内。")}</p>
<p style="text-indent:2em"><strong>{c.h("二、申报条件")}</strong></p>
<p style="text-indent:2em">{c.p("（一）本单元房屋专有部分面积占比三分之二以上的业主参与表决，且参与表决业主中四分之三以上同意；")}</p>
<p style="text-indent:2em">{c.p("（二）已形成加装电梯费用分摊、后期运行维护及资金筹集方案，并在单元显著位置公示不少于十日；")}</p>
<p style="text-indent:2em">{c.p("（三）设计方案经具有相应资质的设计单位出具，并符合消防、日照等规范要求。")}</p>
<p style="text-indent:2em"><strong>{c.h("三、补助标准")}</strong></p>
<p style="text-indent:2em">{c.p("对按期完成安装并通过验收的项目，市级财政按每台电梯15万元的标准给予一次性补助，区县财政可在此基础上适当增加。同一单元只补助一次。")}</p>
<p style="text-indent:2em"><strong>{c.h("四、时间安排")}</strong></p>
<p style="text-indent:2em">{c.p("申报材料请于2025年5月31日前报送所在街道办事处，街道初审后汇总报区县住建部门，逾期不再受理。")}</p>
<p style="text-indent:2em">{c.p("联系人：周工，联系电话：0579-8321××××。")}</p>
<p style="text-align:right">临溪市住房和城乡建设局</p>
<p style="text-align:right">2025年3月14日</p>"""
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>临溪市住房和城乡建设局关于开展2025年老旧小区加装电梯申报工作的通知_通知公告_临溪市人民政府门户网站</title>
<meta name="ArticleTitle" content="临溪市住房和城乡建设局关于开展2025年老旧小区加装电梯申报工作的通知">
<meta name="PubDate" content="2025-03-17 09:12">
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>
<script>var _hmt = _hmt || [];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?abc";}})();</script>
</head><body>
<div class="top"><div class="w1200"><span>无障碍浏览</span> | <a href="#">长者模式</a> | <a href="#">English</a> | <a href="#">繁體</a></div></div>
<div class="header"><img src="/images/logo.png" alt="临溪市人民政府"/></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">走进临溪</a></li></ul></div>
<table width="1200" align="center" border="0" cellpadding="0" cellspacing="0"><tr>
<td width="260" valign="top" class="left">
<div class="lmtitle">政府信息公开</div>
<ul><li><a href="#">政府信息公开指南</a></li><li><a href="#">政府信息公开制度</a></li><li><a href="#">法定主动公开内容</a></li><li><a href="#">政府信息公开年报</a></li></ul>
</td>
<td valign="top">
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">通知公告</a></div>
{meta}
<div class="title" style="font-size:22px;font-weight:bold;text-align:center">{title}</div>
<div class="fbxx">发布时间：2025-03-17 &nbsp; 来源：市住建局 &nbsp; 浏览次数：<span id="hits">1288</span> &nbsp; 字体：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>
<div id="zoom" class="bt_content">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{body}
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
</div>
<div class="fujian">附件：<a href="/art/2025/3/17/fj1.doc">1.加装电梯申报表.doc</a></div>
<div class="dy"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
</td></tr></table>
<div class="footer"><p>主办：临溪市人民政府办公室 承办：临溪市大数据发展管理局</p><p>浙ICP备05012345号 <img src="/images/gongan.png">浙公网安备 33078202000123号 网站标识码：3307820001</p><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p></div>
<script src="/js/jiucuo.js" id="_jiucuo_" sitecode="3307820001"></script>
</body></html>"""
    write(L, "gov_notice_elevator", html, c)

def university_news():
    c = C(); L = "zh-Hans"
    t = c.h("我校学子在全国大学生节能减排社会实践与科技竞赛中获一等奖")
    ps = [
        "近日，第十八届全国大学生节能减排社会实践与科技竞赛决赛在杭州落下帷幕。我校能源与动力工程学院本科生团队凭借作品“基于相变储热的村镇浴室余热回收系统”荣获全国一等奖，这是我校在该项赛事中取得的历史最好成绩。",
        "该团队由五名大三学生组成，指导教师为学院热能工程系的两位青年教师。项目源于同学们暑期在皖南山区开展的社会实践。调研中他们发现，当地公共浴室排放的废热水温度仍在三十摄氏度以上，大量热量被白白浪费。",
        "回到学校后，团队利用课余时间查阅文献、搭建实验台，先后试验了石蜡、脂肪酸等多种相变材料，最终设计出一套成本低、易维护的换热装置。在试点浴室运行两个月的数据显示，该装置可使燃气消耗降低约百分之二十八。",
        "决赛答辩环节，评委对项目的实用性和推广价值给予了充分肯定。团队负责人表示，下一步将与当地乡镇合作，在更多场所推广应用，让科研成果真正服务乡村。",
        "近年来，学院持续推进“课堂—实践—竞赛”一体化育人模式，鼓励学生把论文写在祖国大地上，学生在各类学科竞赛中的获奖数量逐年提升。",
    ]
    body = "\n".join(f'<p class="vsbcontent_start" style="text-indent:2em;line-height:1.8">{c.p(x)}</p>' if i == 0 else
                     (f'<p style="text-indent:2em;line-height:1.8">{c.p(x)}</p>\n<p style="text-align:center"><img src="/__local/A/B3/photo{i}.jpg" width="600" /></p>\n<p style="text-align:center;font-size:13px;color:#666">团队成员在试点浴室调试装置</p>' if i == 2 else
                      f'<p style="text-indent:2em;line-height:1.8">{c.p(x)}</p>') for i, x in enumerate(ps))
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>我校学子在全国大学生节能减排社会实践与科技竞赛中获一等奖-东江理工大学新闻网</title>
<link rel="stylesheet" href="/style/style.css"></head><body>
<div class="header"><div class="logo"><img src="/images/logo.png"></div><div class="search"><form action="/search.jsp"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div></div>
<div class="nav"><a href="/">首页</a><a href="/xxyw.htm">学校要闻</a><a href="/zhxw.htm">综合新闻</a><a href="/xyfc.htm">学院风采</a><a href="/mtjj.htm">媒体聚焦</a><a href="/xsjz.htm">学术讲座</a></div>
<div class="main"><div class="lm">当前位置: <a href="/">首页</a> &gt;&gt; <a href="/zhxw.htm">综合新闻</a> &gt;&gt; 正文</div>
<form name="_newscontent_fromname"><div class="content">
<h1 align="center">{t}</h1>
<div align="center" class="info">时间：2025-04-22 &nbsp; 作者：能动学院 李晓岚 &nbsp; 点击数：<script>_showDynClicks("wbnews", 1732449011, 48201)</script></div>
<div id="vsb_content"><div class="v_news_content">
{body}
</div></div>
<div class="editor" style="text-align:right">（供稿：能源与动力工程学院 摄影：陈朗 审核：王建 编辑：赵一凡）</div>
<div class="pn"><p>上一条：<a href="#">我校召开2025年本科教学工作会议</a></p><p>下一条：<a href="#">图书馆举办“世界读书日”系列活动</a></p></div>
</div></form>
<div class="right"><h3>热点新闻</h3><ul><li><a href="#">学校与三家地方政府签署合作协议</a></li><li><a href="#">研究生院发布2025年招生简章</a></li><li><a href="#">校运会开幕式精彩瞬间</a></li></ul></div>
</div>
<div class="footer">版权所有 © 东江理工大学 党委宣传部 &nbsp; 地址：东江市大学路88号 &nbsp; 粤ICP备05000001号</div>
</body></html>"""
    write(L, "university_news_contest", html, c)

def wechat():
    c = C(); L = "zh-Hans"
    t = c.h("深夜食堂不如一碗清汤面：写给加班的你")
    parts = []
    parts.append(f'<section style="margin:0 8px;"><p style="text-align:center;"><span style="font-size:12px;color:#888">点击上方蓝字关注我们</span></p></section>')
    txt = [
        "上周三晚上十一点，我从公司出来，街上只剩下一家便利店还亮着灯。那一刻突然特别想吃一碗热面，不要外卖，不要加工食品，就是自己厨房里煮出来的那种。",
        "于是回家翻冰箱，只找到半把挂面、两个鸡蛋和一小把小葱。十分钟后，一碗清汤面端上桌，汤是清的，葱是绿的，蛋是嫩的。吃完我坐在餐桌前发了好久的呆。",
    ]
    for i, x in enumerate(txt):
        parts.append(f'<p style="margin-bottom:16px;line-height:1.75em;">{spans(c.p(x), i)}</p>')
    parts.append(f'<section style="text-align:center;"><span style="font-size:18px;"><strong>{c.h("清汤面的三个小秘诀")}</strong></span></section>')
    for i, x in enumerate([
        "第一，汤底用猪油和生抽打底，热水一冲，香味立刻就出来了。",
        "第二，面煮到八成熟就捞，放进汤碗里还会继续变软。",
        "第三，鸡蛋单独煮成溏心，切开放在面上，比直接打进锅里好看也好吃。"]):
        parts.append(f'<p style="line-height:1.75em;"><span style="font-size:15px;">{spans(c.p(x), 10+i)}</span></p>')
    parts.append('<p style="text-align:center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/abc/640?wx_fmt=jpeg" data-ratio="0.75" data-w="1080" style="width:100%"></p>')
    parts.append('<p style="text-align:center;"><span style="font-size:12px;color:#b2b2b2;">图 | 作者自摄</span></p>')
    parts.append(f'<p style="line-height:1.75em;">{spans(c.p("工作再忙，也别忘了好好吃饭。愿你每一个晚归的夜里，都有一碗热汤面在等你。"), 20)}</p>')
    parts.append('<p><br></p><section style="text-align:center"><span style="color:#888;font-size:13px">—— END ——</span></section>')
    parts.append('<p style="text-align:center"><span style="font-size:13px">编辑 | 小满 &nbsp; 排版 | 阿青</span></p>')
    parts.append('<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qrcode.png"><p><span style="font-size:12px">长按识别二维码关注我们</span></p></section>')
    inner = "\n".join(parts)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="深夜食堂不如一碗清汤面：写给加班的你"><meta property="og:description" content="上周三晚上十一点，我从公司出来……">
<title>深夜食堂不如一碗清汤面：写给加班的你</title>
<script>var biz = "MzA5NjQ2NzUxMg==" || ""; var sn = "6a1f3e" || ""; var mid = "2651234567" || ""; var msg_title = '深夜食堂不如一碗清汤面：写给加班的你'.html(false); var appmsg_type = "9"; window.__report = function(){{}};</script>
<style>.rich_media_area_primary{{padding:20px 16px 12px}}</style></head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div class="rich_media_wrp"><div class="rich_media"><div id="page-content" class="rich_media_area_primary"><div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">
            {t}
</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span> <span class="rich_media_meta rich_media_meta_text">林小厨</span> <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">林小厨的厨房</a></span> <em id="publish_time" class="rich_media_meta rich_media_meta_text">2025年04月09日 21:30</em> <em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">浙江</em></div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
{inner}
</div>
<div id="js_tags_preview_toast" style="display:none">收录于合集 #家常菜 28个</div>
<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source" href="https://example.com/original">阅读原文</a><div class="media_tool_meta"><span id="readNum3">阅读 1.2万</span></div><span id="like3">赞 356</span><span class="js_share">分享</span><span>在看 98</span></div>
</div>
<div class="qr_code_pc_outer" style="display:none"><div class="qr_code_pc_inner"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img"><p>微信扫一扫<br>关注该公众号</p></div></div></div>
<div id="js_cmt_area"><div class="discuss_container"><h3>留言</h3><ul><li><span class="nickname">阿木</span><div class="discuss_message">看饿了，明天就去试试</div></li><li><span class="nickname">Sunny</span><div class="discuss_message">溏心蛋那个技巧好实用</div></li></ul></div></div>
</div></div></div></div>
<script>var first_sceen__time = (+new Date()); document.getElementById('js_content').style.visibility='visible';</script>
<script src="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/appmsg.js"></script>
</body></html>"""
    write(L, "wechat_noodle", html, c)

def baike():
    c = C(); L = "zh-Hans"
    t = c.h("青檀")
    s1 = c.p("青檀是榆科青檀属的落叶乔木，为中国特有的单种属植物，主要分布于华北至华南的石灰岩山地。其树皮纤维细长柔韧，是制作宣纸的主要原料，具有较高的经济价值和文化价值。")
    info = """<div class="basic-info J-basic-info cmn-clearfix">
<dl class="basicInfo-block basicInfo-left"><dt class="basicInfo-item name">中文名</dt><dd class="basicInfo-item value">青檀</dd><dt class="basicInfo-item name">拉丁学名</dt><dd class="basicInfo-item value">Pteroceltis tatarinowii</dd><dt class="basicInfo-item name">界</dt><dd class="basicInfo-item value">植物界</dd></dl>
<dl class="basicInfo-block basicInfo-right"><dt class="basicInfo-item name">科</dt><dd class="basicInfo-item value">榆科</dd><dt class="basicInfo-item name">属</dt><dd class="basicInfo-item value">青檀属</dd><dt class="basicInfo-item name">保护级别</dt><dd class="basicInfo-item value">近危（NT）</dd></dl></div>"""
    toc = """<div class="lemmaCatalog"><h2 class="block-title">目录</h2><ol><li><a href="#1">1 形态特征</a></li><li><a href="#2">2 生长环境</a></li><li><a href="#3">3 主要价值</a></li><li><a href="#3-1">3.1 造纸</a></li><li><a href="#3-2">3.2 园林</a></li></ol></div>"""
    def sec(level, name, anchor):
        h = c.h(name)
        tag = "h2" if level == 2 else "h3"
        return f'<div class="anchor-list"><a name="{anchor}" class="lemma-anchor"></a></div><div class="para-title level-{level} J-chapter" data-index="{anchor}"><{tag} class="title-text"><span class="title-prefix">青檀</span>{h}</{tag}><a class="edit-icon j-edit-link" href="#"><em class="cmn-icon wiki-lemma-icons"></em>编辑</a></div>'
    def para(x):
        return f'<div class="para" label-module="para">{c.p(x)}</div>'
    body = "\n".join([
        sec(2, "形态特征", "1"),
        para("乔木，高可达二十米；树皮灰色或深灰色，不规则长片状剥落。叶纸质，宽卵形至长卵形，先端渐尖，基部三出脉，边缘有锯齿。翅果近圆形，翅宽而薄，顶端有凹缺。^[1]"),
        para("花期三至五月，果期八至十月。"),
        sec(2, "生长环境", "2"),
        para("青檀喜光，耐干旱瘠薄，常生于海拔一百至一千五百米的山谷溪边石灰岩缝隙中，根系发达，萌蘖能力强，对石灰岩山地的水土保持具有重要作用。^[2]"),
        sec(2, "主要价值", "3"),
        sec(3, "造纸", "3-1"),
        para("青檀韧皮纤维是宣纸不可替代的原料。传统工艺中，檀皮需经过蒸煮、日晒、雨淋等多道工序，历时一年左右才能制成纸浆，所制宣纸润墨性好，不易虫蛀。"),
        sec(3, "园林", "3-2"),
        para("青檀树形美观，寿命长，部分地区保存有树龄数百年的古树，可作为庭院观赏树和石灰岩山地的造林树种。"),
    ])
    refs = """<div class="lemma-reference-collapse"><dl class="lemma-reference"><dt class="reference-title">参考资料</dt><dd><ul class="reference-list"><li class="reference-item"><span class="index">1.</span><a class="text" href="#">中国植物志 第22卷</a><span class="site">．中国科学院植物研究所</span></li><li class="reference-item"><span class="index">2.</span><a class="text" href="#">石灰岩山地造林技术规程</a><span class="site">．国家林业局</span><span>．2012-06-01</span></li></ul></dd></dl></div>"""
    html = f"""<!DOCTYPE html><html><head><meta charset="UTF-8"><title>青檀_百科</title>
<meta name="description" content="青檀是榆科青檀属的落叶乔木，为中国特有的单种属植物……">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article","headline":"青檀","description":"青檀是榆科青檀属的落叶乔木"}}</script></head>
<body><div class="header-wrapper"><div class="logo">百科</div><form><input id="query" value="青檀"><button>进入词条</button><button>全站搜索</button></form><div class="user">登录 | 注册</div></div>
<div class="navbar-wrapper"><a href="#">首页</a><a href="#">秒懂百科</a><a href="#">特色百科</a><a href="#">知识专题</a><a href="#">加入百科</a><a href="#">百科团队</a><a href="#">权威合作</a></div>
<div class="body-wrapper"><div class="content-wrapper"><div class="content"><div class="main-content J-content">
<div class="top-tool"><a class="add-subLemma">收藏</a><span class="collect-text">查看我的收藏</span><span class="vote-count">0</span><span>有用+1</span><span>已投票</span></div>
<dl class="lemmaWgt-lemmaTitle lemmaWgt-lemmaTitle-"><dd class="lemmaWgt-lemmaTitle-title J-lemma-title"><h1>{t}</h1><a class="edit-lemma" href="#">编辑</a><a class="lock-lemma">锁定</a><a class="audio-play">播报</a></dd></dl>
<div class="promotion-declaration"></div>
<div class="lemma-summary J-summary" label-module="lemmaSummary"><div class="para" label-module="para">{s1}</div></div>
<div class="lemmaWgt-promotion-leadPVBtn"><a>本词条由“科普中国”科学百科词条编写与应用工作项目审核</a></div>
{info}
{toc}
{body}
{refs}
<div class="album-list"><div class="header"><span class="title">词条图册</span><a>更多图册</a></div></div>
</div></div></div>
<div class="side-content"><div class="lemma-statistics"><h2 class="block-title">词条统计</h2><ul><li>浏览次数：40286次</li><li>编辑次数：23次历史版本</li><li>最近更新：林木小王 （2024-11-02）</li></ul></div>
<div class="related-lemma"><h3>猜你关注</h3><a href="#">宣纸</a><a href="#">朴树</a><a href="#">榆科</a></div></div></div>
<div class="footer">©2025 Baike 使用百科前必读 | 百科协议 | 隐私政策 | 百度百科合作平台 | 京ICP证030173号</div></body></html>"""
    write(L, "baike_qingtan", html, c)

def tieba():
    c = C(); L = "zh-Hans"
    t = c.h("新手求助：阳台种的番茄叶子发黄卷边怎么办？")
    posts = [
        ("番茄小白", "1楼", ["如题，四月初在阳台用泡沫箱种了三棵番茄，前两周长得很好，最近下面的老叶子开始发黄，边缘往上卷，新叶看着还行。", "每天早上浇一次水，施过一次复合肥。阳台朝南，中午太阳很晒。求各位吧友看看是什么问题，图在下面。"]),
        ("老园丁阿强", "2楼", ["大概率是浇水太勤了。泡沫箱排水不好的话根容易闷着，老叶先黄。建议摸土，表面两厘米干了再浇。"]),
        ("种菜达人99", "3楼", ["还有一种可能是缺镁，老叶脉间发黄叶脉还是绿的就是缺镁，可以用硫酸镁兑水喷一下叶面，浓度千分之一左右。"]),
        ("番茄小白", "4楼", ["谢谢楼上两位！我看了一下，确实是叶脉还绿，叶肉黄。土也一直是湿的，看来两个问题都有，先停水几天再买点硫酸镁试试。"]),
    ]
    out = []
    for i, (u, floor, ps) in enumerate(posts):
        content = "<br>".join(c.p(x) for x in ps)
        img = '<br><img class="BDE_Image" src="https://imgsa.example.com/forum/pic/item/a1.jpg" size="88213" width="560" height="420">' if i == 0 else ""
        out.append(f"""<div class="l_post l_post_bright j_l_post clearfix" data-field='{{"author":{{"user_name":"{u}"}},"content":{{"post_no":{i+1}}}}}'>
<div class="d_author"><ul class="p_author"><li class="icon"><img src="/avatar/{i}.jpg"></li><li class="d_name"><a class="p_author_name j_user_card" href="#">{u}</a></li><li class="l_badge"><div class="d_badge_title">种菜</div><div class="d_badge_lv">{7+i}</div></li></ul></div>
<div class="d_post_content_main"><div class="p_content"><cc><div id="post_content_{1000+i}" class="d_post_content j_d_post_content" style="display:;">            {content}{img}</div><br></cc></div>
<div class="core_reply j_lzl_wrapper"><div class="core_reply_tail clearfix"><div class="post-tail-wrap"><span class="tail-info">来自Android客户端</span><span class="tail-info">{floor}</span><span class="tail-info">2025-04-2{i} 1{i}:0{i}</span></div><a class="lzl_link_unfold">回复</a></div></div></div></div>""")
    html = f"""<!DOCTYPE html><html><head><meta charset="UTF-8"><title>新手求助：阳台种的番茄叶子发黄卷边怎么办？【阳台种菜吧】_贴吧</title>
<script>PageData = {{"forum":{{"name":"阳台种菜","id":2234119}},"thread":{{"title":"新手求助","reply_num":4}}}};</script></head>
<body><div id="com_userbar"><ul><li><a href="#">贴吧首页</a></li><li><a href="#">登录</a></li><li><a href="#">注册</a></li></ul></div>
<div class="head_inner"><div class="card_title"><a class="card_title_fname" href="#">阳台种菜吧</a><span class="card_menNum">关注：182,334</span><span class="card_infoNum">贴子：2,019,772</span></div><ul class="nav_list"><li>看贴</li><li>图片</li><li>精品</li><li>视频</li><li>游戏</li></ul></div>
<div class="left_section"><div class="core_title_wrap_bright"><h3 class="core_title_txt pull-left text-overflow" title="新手求助：阳台种的番茄叶子发黄卷边怎么办？">{t}</h3><ul class="core_title_btns"><li><a>只看楼主</a></li><li><a>收藏</a></li><li><a>回复</a></li></ul></div>
<div class="p_postlist" id="j_p_postlist">
{chr(10).join(out[:2])}
<div class="l_post"><div class="ad_bottom_view"><span class="label_text">广告</span><a href="#">花园工具套装限时特惠，满199减50</a></div></div>
{chr(10).join(out[2:])}
</div>
<div class="pb_footer"><ul class="l_posts_num"><li class="l_pager">1</li><li>回复贴：4 共1页</li></ul></div>
<div class="editor_for_container"><div class="poster_head">发表回复</div><textarea></textarea><button>发 表</button></div></div>
<div class="right_section"><div class="region_title">贴吧热议榜</div><ol><li>今年的草莓为什么这么便宜</li><li>有没有人在阳台养鸡的</li></ol></div>
<div class="footer">©2025 Baidu 贴吧协议 | 隐私政策 | 吧主制度 | 意见反馈 | 网络谣言警示</div></body></html>"""
    write(L, "tieba_tomato", html, c)

def douban():
    c = C(); L = "zh-Hans"
    t = c.h("一部慢得恰到好处的电影")
    ps = ["看完《山那边的邮差》已经是凌晨一点，走出影院的时候街上很安静，脑子里还回响着片尾那段长长的口琴声。",
          "这部电影几乎没有冲突。一个即将退休的乡村邮差，带着刚接班的儿子走最后一趟邮路，三天两夜，翻过两座山。父子之间的话少得可怜，很多时候镜头只是跟着他们的背影在山路上移动。",
          "有人说它节奏拖沓，我倒觉得这种慢是导演故意的。只有当观众真的陪着他们走完那段路，才会在最后一场戏里明白父亲为什么要把那根旧扁担留在山口。",
          "摄影非常好，每一帧都像一幅水墨画。唯一的遗憾是配乐用得有点满，有几处安静下来反而更有力量。",
          "四星，推荐给愿意在电影院里慢下来的人。"]
    body = "".join(f"<p data-align=\"\">{c.p(x)}</p>" for x in ps)
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>一部慢得恰到好处的电影（山那边的邮差）影评</title>
<script type="application/ld+json">{{"@context":"http://schema.org","name":"一部慢得恰到好处的电影","author":{{"@type":"Person","name":"北窗"}},"@type":"Review","reviewRating":{{"@type":"Rating","ratingValue":"4"}}}}</script>
<link rel="stylesheet" href="https://img1.example.com/f/movie/review.css"></head>
<body><div id="db-global-nav" class="global-nav"><div class="bd"><div class="top-nav-info"><a href="#" class="nav-login">登录/注册</a></div><div class="global-nav-items"><ul><li><a href="#">豆瓣</a></li><li><a href="#">读书</a></li><li class="on"><a href="#">电影</a></li><li><a href="#">音乐</a></li><li><a href="#">同城</a></li><li><a href="#">小组</a></li></ul></div></div></div>
<div id="db-nav-movie" class="nav"><div class="nav-wrap"><div class="nav-primary"><div class="nav-logo"><a href="#">豆瓣电影</a></div><div class="nav-search"><input name="search_text" placeholder="搜索电影、电视剧、综艺、影人"></div></div></div></div>
<div id="wrapper"><div id="content"><h1><span property="v:summary" class="">{t}</span></h1>
<div class="grid-16-8 clearfix"><div class="article"><div class="main" id="13982231"><header class="main-hd"><a href="#" class="avator"><img width="24" height="24" src="/icon/u1.jpg"></a><a href="#"><span>北窗</span></a> 评论 <a href="#">山那边的邮差</a><span class="allstar40 main-title-rating" title="推荐"></span><span content="2025-03-02" class="main-meta">2025-03-02 23:11:08</span><span class="main-meta">北京</span></header>
<div class="main-bd"><div id="link-report"><div class="review-content clearfix" data-author="北窗" data-url="#" data-original="1">{body}</div></div>
<div class="copyright">© 本文版权归作者 北窗 所有，任何形式转载请联系作者。</div>
<div class="main-panel-useful"><button class="btn useful_count">有用 213</button><button class="btn useless_count">没用 12</button></div>
<div class="review-panel"><a class="rec">推荐</a><a class="report">举报</a></div></div></div>
<div id="comments" class="comment-list"><div class="comment-item"><div class="header"><a>雨季</a> 2025-03-03</div><p class="comment-text">同感，口琴那段我也哭了。</p></div><div class="comment-item"><div class="header"><a>阿北</a></div><p class="comment-text">配乐确实有点多。</p></div></div>
<div class="review-more"><h2>更多影评推荐</h2><ul><li><a href="#">父亲的扁担：一个关于传承的隐喻</a></li><li><a href="#">风景很美，故事太薄</a></li></ul></div>
</div><div class="aside"><div class="sidebar-info-wrapper"><div class="subject-img"><img src="/poster.jpg"></div><p>导演：陈默</p><p>主演：王立山 / 周小舟</p><p>类型：剧情</p><p>豆瓣评分 8.1</p></div></div></div></div></div>
<div id="footer"><span class="fleft gray-link">© 2005－2025 douban.com, all rights reserved 北京豆网科技有限公司</span><span class="fright"><a>关于豆瓣</a> · <a>在豆瓣工作</a> · <a>联系我们</a> · <a>法律声明</a></span></div></body></html>"""
    write(L, "douban_review", html, c)

def recipe():
    c = C(); L = "zh-Hans"
    t = c.h("家常红烧带鱼")
    intro = c.p("带鱼肉质细嫩，刺少好处理，这道红烧做法不用油炸，煎到两面金黄再焖煮，咸甜适中，特别下饭。")
    h_ing = c.h("用料")
    rows = [c.tr(x) for x in [["带鱼", "500克"], ["姜", "5片"], ["葱", "2根"], ["蒜", "4瓣"], ["生抽", "2勺"], ["老抽", "半勺"], ["料酒", "1勺"], ["白糖", "1小勺"], ["香醋", "1勺"]]]
    ing = "".join(f'<tr itemprop="recipeIngredient"><td class="name"><a href="/category/{i}">{a}</a></td><td class="unit">{b}</td></tr>' for i, (a, b) in enumerate(rows))
    h_steps = c.h("红烧带鱼的做法")
    steps = ["带鱼洗净，剪去鱼鳍，切成六厘米左右的段，用厨房纸吸干表面水分。",
             "锅烧热后放少量油，油温升高后下带鱼，中小火煎至两面金黄，盛出备用。",
             "锅中留底油，下葱段、姜片、蒜瓣炒出香味。",
             "放回带鱼，沿锅边淋入料酒，再加生抽、老抽、白糖和没过鱼身的热水。",
             "大火烧开后转小火焖十分钟，最后开大火收汁，出锅前淋一勺香醋即可。"]
    st = "".join(f'<li class="container"><div class="step"><img src="https://i2.example.com/step{i}.jpg@280w" loading="lazy" alt="红烧带鱼的做法 步骤{i+1}"><p class="text" itemprop="recipeInstructions">{c.p(s)}</p></div></li>' for i, s in enumerate(steps))
    h_tip = c.h("小贴士")
    tip = c.p("煎鱼前锅一定要烧热再放油，鱼身擦干，这样不容易粘锅破皮。")
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>家常红烧带鱼的做法_菜谱_下厨网</title>
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"Recipe","name":"家常红烧带鱼","recipeIngredient":["带鱼 500克","姜 5片"],"nutrition":{{"@type":"NutritionInformation","calories":"186 kcal"}}}}</script></head><body>
<div class="header"><a class="logo" href="/">下厨网</a><form class="search"><input placeholder="搜索菜谱、食材"></form><a href="#">菜谱分类</a><a href="#">作品动态</a><a href="#">下载App</a></div>
<div class="page-outer"><div class="page-container"><div class="main-panel"><div class="recipe-show" itemscope itemtype="http://schema.org/Recipe">
<h1 class="page-title" itemprop="name">
        {t}
      </h1>
<div class="cover image expandable block-negative-margin"><img src="https://i2.example.com/cover.jpg@680w" alt="家常红烧带鱼"></div>
<div class="container pos-r pb20 has-bottom-border"><div class="stats clearfix"><div class="score float-left"><span class="number">8.6</span> 综合评分</div><div class="cooked float-left"><span class="number">1203</span> 人做过这道菜</div></div>
<div class="author"><a href="#">厨房里的老周</a></div></div>
<div class="desc mt30" itemprop="description">{intro}</div>
<div class="ings"><h2 id="ings" class="block-title">{h_ing}</h2><table>{ing}</table></div>
<div class="nutrition-widget" id="nutri"><h3>营养成分（每100克）</h3><table><tr><td>热量</td><td>186千卡</td></tr><tr><td>蛋白质</td><td>17.7克</td></tr><tr><td>脂肪</td><td>4.9克</td></tr><tr><td>碳水化合物</td><td>3.1克</td></tr></table><p class="tips">数据仅供参考</p></div>
<div class="steps"><h2 id="steps" class="block-title">{h_steps}</h2><ol>{st}</ol></div>
<div class="tip-container"><h2 class="block-title">{h_tip}</h2><div class="tip">{tip}</div></div>
<div class="time"><span>该菜谱创建于 2024-12-05</span></div>
<div class="recipe-ad"><span class="ad-label">广告</span><a href="#">不粘锅年货节特价，点击查看</a></div>
<div class="recipe-cooked"><h3>作品（1203）</h3><ul><li><img src="/w1.jpg"><span>小鱼儿：第一次做就成功了</span></li></ul><a>上传我的作品</a></div>
</div></div><div class="aside"><h3>相关菜谱</h3><ul><li>糖醋带鱼</li><li>椒盐带鱼</li><li>红烧鲫鱼</li></ul></div></div></div>
<div class="footer">© 2025 下厨网 &nbsp; 京ICP备10000000号 &nbsp; 用户协议 &nbsp; 联系我们</div></body></html>"""
    write(L, "recipe_daiyu", html, c)

def travel():
    c = C(); L = "zh-Hans"
    t = c.h("婺源三日游攻略：避开人潮看最美油菜花")
    blocks = [("p", "每年三月中旬到四月初，是婺源油菜花开得最盛的时候。不少人冲着篁岭的“晒秋”和梯田花海而来，结果被堵在路上。下面分享一条错峰路线，亲测人少景美。"),
              ("h", "第一天：江岭与庆源"),
              ("p", "建议一早从县城出发，七点前抵达江岭观景台，此时晨雾还没散，层层梯田上的油菜花若隐若现。九点以后旅游大巴陆续到达，可以转去相对冷门的庆源古村，村里溪水穿街而过，游客不多。"),
              ("ad", ""),
              ("h", "第二天：篁岭晒秋"),
              ("p", "篁岭建议住在山上的民宿，下午缆车人少时上山，傍晚和第二天清晨在村里慢慢逛。挂满竹匾的晒秋场景在上午九点前光线最好。"),
              ("h", "第三天：彩虹桥与思溪延村"),
              ("p", "彩虹桥是宋代廊桥，桥下溪水清澈，适合拍照。下午去思溪延村，这里保留了大量清代商宅，木雕精美，比热门景点安静许多。"),
              ("h", "实用信息"),
              ("li", "交通：高铁到婺源站后，建议租车或包车，景点之间公共交通不便。"),
              ("li", "门票：可购买五日通票，覆盖大部分收费景点。"),
              ("li", "住宿：花季周末房价会翻倍，最好提前两周预订。")]
    out = []; ul = []
    for k, x in blocks:
        if k == "li":
            ul.append(f"<li>{c.li(x)}</li>"); continue
        if ul:
            out.append("<ul>" + "".join(ul) + "</ul>"); ul = []
        if k == "p": out.append(f'<p class="_j_note_content">{c.p(x)}</p><div class="add_pic _j_anchorcnt"><img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="https://p1.example.com/i/{len(out)}.jpg" data-rt-src="x"><span class="img-tag">拍摄于婺源</span></div>')
        elif k == "h": out.append(f'<div class="article_title _j_anchorcnt" data-anchor="{len(out)}"><div class="_j_note_title"><span class="_j_anchor">{c.h(x)}</span></div></div>')
        else: out.append('<div class="note-ad" data-adid="3321"><span>广告</span><a href="#"><img src="/ad/hotel.jpg">婺源民宿特价专场 立即预订</a></div>')
    if ul: out.append("<ul>" + "".join(ul) + "</ul>")
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>婺源三日游攻略：避开人潮看最美油菜花 - 婺源游记攻略【蜂游】</title>
<script>window.Env = {{"uid":0,"mddid":"10121","iid":"22874411"}};window.__lazy=function(){{}};</script></head><body>
<div id="header"><div class="head-logo"><a href="/">蜂游</a></div><ul class="head-nav"><li>首页</li><li>目的地</li><li>旅游攻略</li><li>去旅行</li><li>机票</li><li>订酒店</li><li>社区</li></ul><div class="login-info"><a>登录</a><a>注册</a></div></div>
<div class="view_title clearfix"><div class="vt_center"><div class="bar_crumb"><a>首页</a>&gt;<a>江西</a>&gt;<a>婺源</a>&gt;游记</div>
<div class="headtext lh80">{t}</div><div class="person"><a class="per_name">背包客阿杰</a><span class="time">2025-04-02 18:20</span><span class="num"><i>阅读</i>23451</span><span>收藏 812</span></div></div></div>
<div class="view_info"><div class="travel_directory _j_exscheduleinfo"><ul><li>出发时间：2025/03/22</li><li>出行天数：3 天</li><li>人物：和朋友</li><li>人均费用：1500RMB</li></ul></div></div>
<div class="_j_content_box"><div class="va_con _j_master_content">
{chr(10).join(out)}
</div></div>
<div class="vc_total"><span>本篇游记共计1356字，33图</span><a>举报</a></div>
<div class="bar_share"><a>分享到微信</a><a>微博</a><a>QQ空间</a></div>
<div class="mfw-cmt-wrap"><h3>评论区</h3><div class="mfw-cmt"><span class="name">飞鸟</span><p>收藏了，下周就去！</p></div></div>
<div class="side"><h3>相关游记</h3><ul><li>婺源自驾一日游</li><li>景德镇＋婺源四日</li></ul></div>
<div id="footer"><p>© 2025 蜂游 京ICP备11015476号 京公网安备11010502013401号 营业执照</p></div></body></html>"""
    write(L, "travel_wuyuan", html, c)

def ecommerce():
    c = C(); L = "zh-Hans"
    t = c.h("山野 户外折叠露营椅 铝合金轻量月亮椅 承重120kg 附收纳袋")
    d1 = c.p("采用7075航空铝合金支架，整椅重量仅1.1千克，收纳后长度不足四十厘米，可轻松放入背包侧袋。")
    d2 = c.p("椅面使用600D牛津布，加厚包边，防泼水耐磨损；人体工学弧形靠背，长时间就坐不易疲劳。")
    d3 = c.p("支架与椅面采用插接式结构，无需工具，三十秒即可完成组装，适合露营、钓鱼、野餐和音乐节等场景。")
    hs = c.h("规格参数")
    rows = [["品牌", "山野"], ["材质", "7075铝合金、600D牛津布"], ["展开尺寸", "52×50×66厘米"], ["收纳尺寸", "38×12×12厘米"], ["净重", "1.1千克"], ["最大承重", "120千克"], ["颜色", "沙漠黄、橄榄绿、经典黑"]]
    spec = "".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in (c.tr(r) for r in rows))
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>【山野户外折叠露营椅】山野 户外折叠露营椅 铝合金轻量月亮椅 承重120kg 附收纳袋【价格 图片 品牌 报价】-易购商城</title>
<script>var pageConfig={{compatible:true,product:{{skuid:100023341,name:'\\u5c71\\u91ce',cat:[1318,1462,12104],src:'jfs/t1/abc.jpg',venderId:1000012}}}};try{{window.pageConfig=pageConfig}}catch(e){{}}</script>
<script src="//misc.example.com/??jquery-1.6.4.js,product/item.js"></script></head><body>
<div id="shortcut"><div class="w"><ul class="fl"><li>北京</li></ul><ul class="fr"><li><a>你好，请登录</a></li><li><a>免费注册</a></li><li>我的订单</li><li>企业采购</li><li>客户服务</li></ul></div></div>
<div id="search-2014"><input id="key" value="露营椅"><button>搜索</button><div id="hotwords"><a>帐篷</a><a>天幕</a><a>卡式炉</a></div></div>
<div class="crumb-wrap"><div class="crumb"><a>运动户外</a> &gt; <a>户外装备</a> &gt; <a>户外桌椅</a> &gt; 山野</div></div>
<div class="product-intro clearfix"><div class="preview-wrap"><div id="spec-n1"><img data-origin="//img.example.com/n1/abc.jpg" alt="山野露营椅"></div><ul class="lh"><li><img src="/n5/1.jpg"></li><li><img src="/n5/2.jpg"></li></ul></div>
<div class="itemInfo-wrap"><div class="sku-name">
 {t}
</div><div class="news"><div class="item hide" id="p-ad">【爆款】下单立减30元，限时包邮</div></div>
<div class="summary summary-first"><div class="summary-price-wrap"><div class="dt">价　　格</div><div class="dd"><span class="p-price"><span>￥</span><span class="price">159.00</span></span></div><div class="summary-quan"><span>领券</span><span class="quan-item">满299减40</span></div></div>
<div id="choose-attrs"><div class="dt">选择颜色</div><div class="item selected">沙漠黄</div><div class="item">橄榄绿</div><div class="item">经典黑</div></div>
<div id="choose-btns"><a class="btn-special1" id="InitCartUrl">加入购物车</a></div></div></div></div>
<div class="detail"><div class="tab-main large"><ul><li class="current">商品介绍</li><li>规格与包装</li><li>售后保障</li><li>商品评价(2万+)</li></ul></div>
<div class="tab-con"><div class="p-parameter"><ul class="parameter2 p-parameter-list"><li title="山野露营椅">商品名称：山野露营椅</li><li>商品编号：100023341</li><li>店铺：山野户外旗舰店</li></ul></div>
<div id="J-detail-content"><div class="ssd-module-wrap"><p>{d1}</p><img class="lazyload" data-lazyload="//img.example.com/detail1.jpg"><p>{d2}</p><img class="lazyload" data-lazyload="//img.example.com/detail2.jpg"><p>{d3}</p></div></div>
<div class="Ptable"><h3>{hs}</h3><table class="Ptable-item">{spec}</table></div>
<div class="package-list"><h3>包装清单</h3><p>椅子×1、收纳袋×1</p></div></div>
<div id="comment"><div class="comment-item"><div class="user-info">j***a</div><div class="comment-star star5"></div><p class="comment-con">很轻，爬山带着没负担，坐着也舒服。</p></div><div class="comment-item"><div class="user-info">大***头</div><p class="comment-con">颜色好看，就是组装要适应一下。</p></div></div></div>
<div class="track"><h3>看了又看</h3><ul><li>蛋卷桌 ￥129</li><li>折叠小马扎 ￥39</li></ul></div>
<div id="footer-2014"><div class="links"><a>关于我们</a>|<a>联系我们</a>|<a>联系客服</a>|<a>合作招商</a></div><div class="copyright">京公网安备 11000002000088号 | 京ICP证070359号 | 互联网药品信息服务资格证编号(京)-经营性-2014-0008</div></div></body></html>"""
    write(L, "ecommerce_chair", html, c)

def news_portal():
    c = C(); L = "zh-Hans"
    t = c.h("全国首个海上风电制氢示范项目并网投产")
    ps = ["记者从国家能源部门获悉，位于东部沿海的全国首个海上风电制氢示范项目于本月正式并网投产。该项目将海上风电机组发出的电力直接用于电解水制氢，为解决海上风电消纳难题提供了新路径。",
          "据介绍，项目建有一座海上制氢平台，配置两套兆瓦级质子交换膜电解槽，每小时最多可制取氢气四百标准立方米。所产氢气经管道输送至岸上储运站，供附近化工园区使用。",
          "业内人士指出，海上风电受风况影响，出力波动较大，大规模并网对电网调节能力要求较高。将部分电力就地转化为氢气储存，既能平抑波动，又能为工业领域提供绿色原料。",
          "“目前制氢成本仍然偏高，关键在于电解槽效率和设备寿命。”一位参与项目设计的工程师表示，示范项目将持续积累运行数据，为后续规模化建设提供参考。",
          "根据相关规划，到2030年，我国沿海地区将布局多个海上风电制氢基地，逐步形成制、储、运、用一体化的产业链。"]
    parts = []
    for i, x in enumerate(ps):
        parts.append(f"<p>　　{c.p(x)}</p>")
        if i == 1:
            parts.append('<div class="sinaads" data-ad-pdps="PDPS000000056054"><ins class="sinaads"></ins><span class="ad-tag">广告</span><script>(sinaads = window.sinaads || []).push({});</script></div>')
        if i == 2:
            parts.append('<div id="left_hzh_ad"><iframe src="https://ads.example.com/frame?slot=9" width="640" height="90" frameborder="0" scrolling="no"></iframe></div>')
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>全国首个海上风电制氢示范项目并网投产|风电|制氢_新浪新闻</title>
<meta name="keywords" content="风电,制氢"><meta property="article:published_time" content="2025-04-18T10:02:00+08:00">
<script type="application/ld+json">{{"@context":"https://ziyuan.example.com/contexts/cambrian.jsonld","@id":"https://news.example.com/c/2025-04-18/doc-inhwk.shtml","title":"全国首个海上风电制氢示范项目并网投产","images":["https://n.sinaimg.cn/x.jpg"],"description":"记者从国家能源部门获悉","pubDate":"2025-04-18T10:02:00"}}</script>
<script>var SINA_TEXT_PAGE_INFO = {{channel:'news',newsid:'comos-inhwk',encoding:'utf-8'}}; (function(d){{var s=d.createElement('script');s.src='//i.sso.example.com/js/ssologin.js';d.head.appendChild(s);}})(document);</script>
<style>.article p{{font-size:16px;line-height:28px}}</style></head><body>
<div class="top-nav"><div class="tn-bg"><a>新浪首页</a><a>新闻</a><a>体育</a><a>财经</a><a>娱乐</a><a>科技</a><a>博客</a><a>图片</a><a>专栏</a><a>更多</a><a>登录</a></div></div>
<div class="main-content w1240"><h1 class="main-title">{t}</h1>
<div class="top-bar-wrap"><div class="date-source"><span class="date">2025年04月18日 10:02</span><a class="source" href="#">经济日报</a></div><div class="share"><span>分享到：</span><a>微博</a><a>微信</a></div></div>
<div class="article-content clearfix"><div class="article-content-left"><div class="article" id="article">
<div class="img_wrapper"><img src="https://n.sinaimg.cn/x.jpg" alt=""><span class="img_descr">海上制氢平台（资料图）</span></div>
{chr(10).join(parts[:4])}
<div class="article-fold" id="article_fold"><div id="artibody_more" style="display:none">
{chr(10).join(parts[4:])}
</div><a class="show_more" href="javascript:;">展开全文 ▾</a></div>
<p class="show_author">责任编辑：张明 </p>
</div>
<div class="article-bottom clearfix"><div class="keywords">文章关键词：<a>风电</a> <a>制氢</a></div><div class="feedback"><a>我要反馈</a></div></div>
<div class="blk-related"><h3>相关阅读</h3><ul><li><a>海上风电装机规模再创新高</a></li><li><a>氢能产业迎来政策密集期</a></li></ul></div>
<div id="cmnt"><h3>我要评论</h3><textarea placeholder="我有话说"></textarea><div class="hot-cmnt"><p>浙江网友：期待早日降本。</p></div></div></div>
<div class="article-content-right"><div class="hotnews"><h3>新闻排行</h3><ol><li>多地发布高温预警</li><li>五一假期出行指南</li></ol></div></div></div></div>
<div class="footer">新浪简介 | About Sina | 广告服务 | 联系我们 | 招聘信息 | 网站律师 | 通行证注册 | 产品答疑<br>Copyright © 1996-2025 SINA Corporation, All Rights Reserved</div>
<script>!function(){{var e=document.getElementById("article_fold");e&&e.addEventListener("click",function(){{document.getElementById("artibody_more").style.display="block"}})}}();</script>
</body></html>"""
    write(L, "news_offshore_hydrogen", html, c)

def changelog():
    c = C(); L = "zh-Hans"
    t = c.h("更新日志")
    out = [f'<h1 class="doc-title">{t}</h1>', f'<p class="lead">{c.p("这里记录了青鸟笔记各版本的主要变化。旧版本说明请查看归档页面。")}</p>']
    versions = [("v3.2.0（2025-04-10）", [("新增", ["支持将笔记导出为带目录的PDF文件。", "新增双链引用悬浮预览，鼠标停留即可查看被引用内容。"]), ("修复", ["修复在平板横屏模式下工具栏被遮挡的问题。", "修复部分表格粘贴后列宽错乱的问题。"])]),
                ("v3.1.4（2025-03-02）", [("优化", ["同步速度提升约40%，首次同步大型笔记库更加流畅。", "搜索结果按最近编辑时间排序。"]), ("修复", ["修复深色模式下代码块背景过亮的问题。"])])]
    for v, groups in versions:
        out.append(f'<h2 id="{v[:6]}"><a class="anchor" href="#{v[:6]}" aria-hidden="true">#</a>{c.h(v)}</h2>')
        for g, items in groups:
            out.append(f'<h3>{c.h(g)}</h3><ul>' + "".join(f"<li><p>{c.li(x)}</p></li>" for x in items) + "</ul>")
    html = f"""<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>更新日志 | 青鸟笔记文档</title><meta name="generator" content="VitePress v1.0.0">
<link rel="modulepreload" href="/assets/chunks/framework.Dk2l.js"><script type="module" src="/assets/app.Bj3n.js"></script></head>
<body><div id="app"><div class="Layout"><header class="VPNav"><div class="VPNavBar"><a class="VPNavBarTitle" href="/"><span>青鸟笔记</span></a><div class="VPNavBarSearch"><button class="DocSearch"><span class="DocSearch-Button-Placeholder">搜索文档</span><kbd>Ctrl K</kbd></button></div><nav class="VPNavBarMenu"><a href="/guide/">指南</a><a href="/api/">API</a><a href="/changelog">更新日志</a><a href="https://github.com/">GitHub</a></nav></div></header>
<aside class="VPSidebar"><nav><section class="group"><p class="title">开始</p><a href="/guide/">简介</a><a href="/guide/install">安装</a><a href="/guide/sync">同步设置</a></section><section class="group"><p class="title">其他</p><a href="/faq">常见问题</a><a class="active" href="/changelog">更新日志</a></section></nav></aside>
<div class="VPContent has-sidebar"><div class="VPDoc"><div class="container"><div class="aside"><div class="VPDocAsideOutline"><div class="outline-title">本页目录</div><ul><li><a>v3.2.0</a></li><li><a>v3.1.4</a></li></ul></div></div>
<div class="content"><main class="main"><div class="vp-doc _changelog"><div>
{chr(10).join(out)}
</div></div><footer class="VPDocFooter"><div class="edit-info"><a class="edit-link-button" href="#">在 GitHub 上编辑此页</a><div class="last-updated">最后更新于: 2025/4/10</div></div><nav class="prev-next"><a class="pager-link prev" href="/faq"><span class="desc">上一页</span><span class="title">常见问题</span></a></nav></footer></main></div></div></div></div>
<footer class="VPFooter"><p class="message">基于 MIT 许可发布</p><p class="copyright">版权所有 © 2021-2025 青鸟工作室</p></footer></div></div></body></html>"""
    write(L, "changelog_notes_app", html, c)

def zhihu():
    c = C(); L = "zh-Hans"
    t = c.h("为什么高铁上的座位没有安全带？")
    q = c.p("坐飞机要系安全带，坐汽车也要系，为什么速度三百多公里每小时的高铁反而没有安全带？")
    answers = [["这个问题可以从三个方面看。", "第一，高铁运行在封闭线路上，不存在与其他车辆迎面相撞的情况，紧急制动时的减速度也远小于汽车碰撞，一般不会把乘客甩出座位。", "第二，高铁乘客经常需要走动，去洗手间、接热水、找行李，强制系安全带并不现实。", "第三，座椅本身的设计就考虑了缓冲，前排椅背可以吸收一部分冲击。"],
               ["补充一点：飞机系安全带主要是为了应对起降和气流颠簸，这种垂直方向的加速度在高铁上基本不存在。"]]
    ans_html = []
    for i, a in enumerate(answers):
        inner = "".join(f"<p data-pid=\"{i}{j}\">{c.p(x)}</p>" for j, x in enumerate(a))
        ans_html.append(f"""<div class="List-item" tabindex="0"><div class="ContentItem AnswerItem" data-zop='{{"authorName":"用户{i}","itemId":{900+i},"type":"answer"}}'>
<div class="ContentItem-meta"><div class="AuthorInfo"><span class="UserLink AuthorInfo-name"><a class="UserLink-link">{["轨道交通工程师","路过的乘客"][i]}</a></span><div class="AuthorInfo-badge">铁路行业从业者</div></div><div class="css-1ov3ni2"><span>{[2314,87][i]} 人赞同了该回答</span></div></div>
<div class="RichContent RichContent--unescapable"><div class="RichContent-inner"><span class="RichText ztext CopyrightRichText-richText css-1g0fqss" options="[object Object]" itemprop="text">{inner}</span></div>
<div class="ContentItem-time"><a><span>发布于 2025-02-1{i} 11:23</span></a>・IP 属地上海</div>
<div class="ContentItem-actions"><button class="VoteButton">赞同 {[2314,87][i]}</button><button>​{[156,3][i]} 条评论</button><button>分享</button><button>收藏</button><button>喜欢</button></div></div></div></div>""")
    html = f"""<!doctype html><html lang="zh" data-hairline="true"><head><meta charset="utf-8"><title>为什么高铁上的座位没有安全带？ - 知乎</title>
<script id="js-initialData" type="text/json">{{"initialState":{{"entities":{{"questions":{{"5823":{{"title":"为什么高铁上的座位没有安全带？","answerCount":87}}}}}}}}}}</script></head>
<body><div id="root"><div class="App"><header class="AppHeader"><a class="AppHeader-logo">知乎</a><nav><a>首页</a><a>会员</a><a>发现</a><a>等你来答</a></nav><div class="SearchBar"><input placeholder="高铁 安全带"></div><button>提问</button></header>
<main role="main" class="App-main"><div class="QuestionPage"><div class="QuestionHeader"><div class="QuestionHeader-content"><div class="QuestionHeader-main"><div class="QuestionHeader-tags"><span class="Tag">铁路</span><span class="Tag">高铁</span><span class="Tag">交通安全</span></div>
<h1 class="QuestionHeader-title">{t}</h1><div class="QuestionRichText"><span class="RichText ztext css-1g0fqss">{q}</span></div></div>
<div class="QuestionHeader-side"><div class="NumberBoard"><div>关注者 1,203</div><div>被浏览 893,221</div></div></div></div>
<div class="QuestionHeader-footer"><button>关注问题</button><button>写回答</button><button>邀请回答</button><button>好问题 56</button><button>添加评论</button><button>分享</button></div></div>
<div class="Question-main"><div class="ListShortcut"><div class="Question-mainColumn"><div class="List-header"><h4 class="List-headerText">87 个回答</h4><div class="Select">默认排序</div></div>
{ans_html[0]}
<div class="Pc-feedAd-container"><div class="Pc-feedAd"><span class="Pc-feedAd-new-title">广告</span><a>云服务器新用户首年特惠 ¥99</a><span>查看详情</span></div></div>
{ans_html[1]}
<div class="Card ViewAll"><a class="QuestionMainAction ViewAll-QuestionMainAction">查看全部 87 个回答</a></div></div></div>
<div class="Question-sideColumn"><div class="Card"><h2>相关问题</h2><ul><li>高铁为什么不设置站票区？ 32 个回答</li><li>高铁急刹车会怎样？ 120 个回答</li></ul></div><footer class="Footer">刘看山 · 知乎指南 · 知乎协议 · 知乎隐私保护指引 · 应用 · 工作 · 侵权举报 · 网上有害信息举报专区 · 京 ICP 证 110745 号</footer></div></div></div></main></div></div></body></html>"""
    write(L, "zhihu_train_seatbelt", html, c)

for f in [gov_notice, university_news, wechat, baike, tieba, douban, recipe, travel, ecommerce, news_portal, changelog, zhihu]:
    f()
