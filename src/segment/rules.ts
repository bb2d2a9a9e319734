/**
 * Word lists and patterns from how Chinese officialese is written: surnames,
 * titles (职务), the verbs that follow a name, place and organisation
 * suffixes, and the stoplist for keywords. No names from the corpus here.
 */

/** A list written as words separated by white space, in order. */
function words(text: string): string[] {
  return text.split(/\s+/u).filter((word) => word !== '')
}

/** Common single-character surnames (百家姓, most frequent first). */
const SURNAMES_SAFE_TEXT =
  '王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金廖贾夏韦付邹孟熊秦邱尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕裴霍涂苗谷翁冉骆靳柴鲍喻祁蒲房滕屈饶牟虎郜窦岑娄戚邬卞姬栾寇郎甄仲敖巩佘鞠荆郁胥储栗鄢谌奚粟冼蔺厉仝闵苟臧佟褚缪麦芦柏瞿桂晏逯'
/** Surnames that are also common word-initial characters: only trusted after a title or in a list. */
const SURNAMES_WEAK_TEXT =
  '高常时方白石江安向文成明全原南关单解查车项连师商官封谈满闻伊乐冷席宗宫曲游路简古农司卓阳尤艾蓝盛管燕楚华和应党位雍强印平云台牧练衡'

export const SURNAMES_SAFE: ReadonlySet<string> = new Set(SURNAMES_SAFE_TEXT)
export const SURNAMES_ALL: ReadonlySet<string> = new Set(SURNAMES_SAFE_TEXT + SURNAMES_WEAK_TEXT)
export const COMPOUND_SURNAMES: readonly string[] = words(
  '欧阳 司马 上官 诸葛 东方 皇甫 令狐 夏侯 尉迟 公孙 慕容 长孙 宇文 司徒 端木'
)

/** Characters that are not part of a given name (function words, verbs of the frame). */
export const GIVEN_FORBIDDEN: ReadonlySet<string> = new Set(
  '的了在是和与及等对到要也就还又将把从说这那之其们个或被给让着过于以并而且不没都各该我你他她它此每有无会议区市省县镇乡村街道部局委办处记员陪介通一二三四五六七八九十百千万亿年月日'
)

/**
 * Titles (职务) that are printed right before a name, e.g. 区委书记宋洁,
 * 副区长张超, 管委会主任张红军, 招商经理赵本赓, 建设单位代表李昆.
 * Longer alternatives first.
 */
export const TITLE_WORDS: readonly string[] = words(
  '副书记 书记 常务副区长 副区长 区长 副镇长 镇长 副市长 市长 副县长 县长 副乡长 乡长 副省长 省长 代主任 副主任 主任 副局长 局长 副部长 部长 副处长 处长 科长 主席 副院长 院长 副校长 校长 总经理 副经理 经理 董事长 总监 负责人 代表 常委 委员 组长 站长 所长 秘书长 行长 社长 会长 馆长 队长 政委 检察长 庭长 理事长 主管 调研员 专员 网格员 民警 村医 支书 园长 厂长 总工'
)

/**
 * Words that introduce a list of names without being a title: 区领导宋洁、耿勇军…, and the
 * people local news quotes by what they are, not by an office: 村民张三说, 居民李四表示.
 */
export const LIST_INTRODUCERS: readonly string[] = [
  '领导',
  '负责同志',
  '居民',
  '村民',
  '市民',
  '职工',
  '志愿者',
  '种植户',
  '养殖户',
  '商户',
  '店主',
  '游客'
]

/** Words that follow a name in a news sentence: 宋洁指出, 耿勇军实地督导, 常森陪同. Longer first. */
export const NAME_FOLLOWERS: readonly string[] = words(
  '主持 指出 强调 要求 表示 提出 出席 参加 列席 陪同 介绍 带队 率队 来到 深入 实地 先后 通报 一行 逐一 详细 调研 督导 检查 察看 查看 看望 走访 讲话 认为 宣布 听取 部署 传达 致辞 回答 一同 同时 总结 希望 肯定 指示 批示 带领 组织 召集 会见 接见 慰问 分别 同志 参会 作了 作出 就 说 到 对 在 等 及 和 与 向 为 也 还 又 赴 从 代表 围绕 结合 现场 首先 最后 充分 随后 深入 亲切 仔细 认真 多次 边走 每到 主动 积极'
)

/** Verbs after a sentence's subject used to confirm names seen elsewhere: X强调/指出/要求/表示/提出. */
export const SUBJECT_VERBS: readonly string[] = ['强调', '指出', '要求', '表示', '提出', '介绍', '认为', '主持', '说']
/** Verbs after a name at the start of a headline: 耿勇军督导生态项目建设工作. */
export const TITLE_SUBJECT_VERBS: readonly string[] = words(
  '督导 调研 实地 检查 看望 慰问 深入 到 带队 主持 出席 会见 走访 参加 强调 指出 ' + '要求 在'
)

/** Place suffixes; the multi-character ones first. */
export const PLACE_SUFFIXES: readonly string[] = words(
  '街道办事处 办事处 街道 社区 产业园 园区 公园 镇 乡 村 区 县 市 省'
)
/** Single-character place suffixes, which need a stronger context. */
export const WEAK_PLACE_SUFFIXES: ReadonlySet<string> = new Set(['区', '县', '市', '省', '镇', '乡', '村'])
/** After a place suffix, a next character that makes it an ordinary word: 区域, 市场, 村民… */
export const PLACE_BAD_NEXT: Readonly<Record<string, string>> = {
  区: '域分间块别县',
  市: '场民值容政面县区',
  村: '里民落庄级',
  镇: '定压静痛',
  乡: '亲村愁土',
  县: '城域',
  省: '钱时力心事份委市级'
}
/** What follows a place in administrative prose: 二七区委, 上街区召开, 高新区党工委, 兰寨村两委. */
export const PLACE_ADMIN_FOLLOW =
  /^(?:委|党工委|党委|人大|人民|政府|政协|管委会|办事处|纪委|召开|举行|组织|领导|公安|法院|检察|各级|全体|两委|村委|居委|街道|分会场|党支部|党总支|辖区)/u
/** What precedes a place: 在蜜蜂张街道, 到石佛办事处, 来到香园街社区. */
export const PLACE_LOCATIVE_BEFORE = /(?:在|到|赴|至|来到|走进|深入|前往|位于|途经|走访|调研|督导|视察|察看)$/u

/** Generic words ending in a place suffix: never a place by themselves. */
export const GENERIC_PLACES: ReadonlySet<string> = new Set(
  words(
    '社区 小区 园区 城区 辖区 全区 我区 各区 郊区 景区 片区 分区 盲区 禁区 疫区 市区 街区 山区 灾区 校区 病区 服务区 生活区 办公区 聚集区 集聚区 核心区 示范区 风险区 度假区 开发区 功能区 试验区 商务区 高风险区 中风险区 低风险区 全市 我市 本市 各市 城市 全省 我省 本省 全县 各县 乡镇 城镇 村镇 全镇 各镇 乡村 农村 全村 各村 本村 行政村 自然村 街道 各街道 办事处 各办事处 公园 产业园 城乡 省市 市县'
  )
)

/** Organisation suffixes; the longer ones first. */
export const ORG_SUFFIXES: readonly string[] = words(
  '有限责任公司 股份有限公司 有限公司 公司 集团 学校 小学 中学 高中 初中 大学 学院 幼儿园 医院 卫生院 中心 银行 办公室 委员会 管委会 研究院 设计院 派出所 法院 检察院 局'
)
export const GENERIC_ORGS: ReadonlySet<string> = new Set(
  words(
    '公司 学校 小学 中学 高中 初中 大学 学院 医院 中心 银行 办公室 委员会 管委会 局 各中心 该公司 本公司 分公司 子公司 总公司 母公司 各学校 中小学校 中小学 大中小学 各医院 全局 大局 格局 布局 结局 当局 邮局 开局 定点医院 疫情防控指挥部 防控指挥部 指挥中心 服务中心 人大常委会 常委会'
  )
)
/** Characters and words that end a left scan for a place or organisation name. */
export const LEFT_STOP_CHARS: ReadonlySet<string> = new Set(
  '在到对和与及或的了是把将为向由被从于各全该本我其这那此每等个让给并、，。；：！？（）“”《》'
)
export const LEFT_STOP_WORDS: readonly string[] = words(
  '来到 走进 深入 前往 位于 调研 督导 视察 察看 查看 走访 召开 推动 推进 打造 培育 建设 实施 组织 协助 帮助 联合 依托 围绕 落户 引进 入驻 参观 考察 检查 委托 申报 收看 收听 审议 提请 守好 落实 贯彻'
)

/** Officialese and function words that say nothing about an article (keywords only). */
export const KEYWORD_STOPLIST: ReadonlySet<string> = new Set(
  words(
    '要 工作 进一步 全面 落实 加强 推进 开展 做好 情况 问题 相关 有关 坚持 要求 强调 指出 表示 提出 认真 积极 切实 确保 推动 全力 ' +
      '扎实 不断 持续 深入 着力 努力 充分 发挥 作用 提高 提升 加快 加大 力度 实现 实施 建立 健全 完善 强化 进行 组织 召开 会议 参加 ' +
      '出席 主持 部署 安排 领导 同志 全区 我区 全市 各级 各部门 部门 单位 有效 有序 严格 及时 重点 重要 主要 各项 各类 一是 二是 三是 ' +
      '四是 五是 同时 当前 目前 今年 近日 日前 以来 期间 方面 通过 根据 按照 围绕 结合 以及 并且 已经 正在 一定 一些 一个 一批 我们 ' +
      '他们 她们 自己 大家 这个 这些 那些 其中 其他 各种 所有 全部 更加 更好 不能 必须 需要 能够 可以 应当 继续 始终 真正 坚决 高度 ' +
      '精神 意识 能力 水平 责任 任务 措施 工作者 活动 举措 机制 体系 作风 形势 态势 成效 成果 目标 方向 思想 行动 政治 发展 建设 服务 ' +
      '管理 保障 经济社会 社会 群众 人民 人民群众 干部 党员 领导干部 此外 另外 据了解 了解 介绍 详细 实地 先后 分别 一起 带头 带队 陪同 ' +
      '调研 督导 检查 查看 察看 听取 汇报 研究 分析 研判 贯彻 学习 传达 领会 把握 认识 注重 注意 关注 关心 牢固 树立 巩固 夯实 压实 ' +
      '抓好 抓实 抓细 抓紧 抓牢 落细 落地 见效 到位 保持 保证 提供 促进 加以 给予 予以 作为 成为 形成 打造 营造 构建 加速 全力以赴 ' +
      '千方百计 毫不 放松 各地 地方 地区 区域 环节 部位 关键 基础 前提 过程 时间 阶段 时期 今后 下步 下一步 接下来 本次 此次 这次 一次 ' +
      '再次 第一 之一 部分 整体 总体 具体 实际 实践 进度 节点 有力 有关部门 相关部门 负责人 负责 亿元 万元 余万元 元 平方米 公里 个 家 ' +
      '名 人次 以上 以下 左右 近万 多家 余家 上午 下午 晚上 当晚 当天 昨天 今天 日上午 日下午 区委 区政府 区领导 记者 通讯员 本报讯 ' +
      '本报 文图 摄影 编辑 责任编辑 下转 上接 二版 一版 三版 四版 第一版 说 讲话 会上 会后 会议精神 也 都 还 又 就 再 更 很 最 新 ' +
      '大 多 少 好 高 各 全 该 本 我 你 他 她 它 这 那 其 之 的 了 着 过 和 与 及 或 等 对 到 在 是 为 把 将 从 向 由 被 ' +
      '给 让 以 于 而 且 并 但 如 若 则 乃至 以便 以免 以此 从而 因此 所以 然而 但是 而且 或者 还是 就是 也是 都是 只是 不是 没有 ' +
      '不会 不要 不得 一直 一直以来 随后 首先 其次 最后 然后 近年来 去年 今年以来 去年以来 全年 年度 本轮 一轮 两个 三个 四个 五个 各个 ' +
      '每个 每天 每周 每月 多个 一系列 各方 双方 多方 一线 基层 上级 下级 主体 属地 行业 系统 环境 力量 优势 特色 亮点 难点 堵点 短板 ' +
      '弱项 底线 红线 氛围 合力 局面 效率 效能 质量 标准 规范 制度 规定 政策 方案 计划 规划 预案 清单 台账 名单 数据 信息 资料 材料 ' +
      '内容 事项 事情 工作人员 人员 务必 务求 力争 争取 全体 广大 各自 本身 自身 相互 互相 共同 一同 一道 统一 统筹 协调 配合 联动 ' +
      '对接 沟通 交流 座谈 座谈会 会商 调度 调度会 推进会 会 部署会 高质量 新时代 新阶段 新征程 上新台阶 台阶 党工委 管委会 办事处 街道 ' +
      '社区 辖区 小时 全员 现场 常态 营商'
  )
)

/**
 * jieba part-of-speech tags that can be a topic word: nouns, set phrases, abbreviations, unknown
 * words. Noun-verbs (vn: 排查, 管控, 优化, 应急) and idioms (i: 进一步提高, 坚定信心) name what is
 * done, in any article, not what one is about; the dictionary's terms still count.
 */
export const KEYWORD_TAGS = /^(?:n|nz|nt|ns|l|j|eng|x|an|nw)$/u
