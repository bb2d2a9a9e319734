"""Invented article text for the typeset corpus.

Why: the parser must be measured on text nobody tuned it on, so nothing here is
copied from the seed bulletins. Names, places, headlines and officialese
sentences are composed from small lists with a seeded random.Random, so every
issue differs while each run gives the same text.
"""

SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文"
)
GIVEN = list("建国志强伟华明丽静敏军磊洋勇艳杰娟涛超秀霞平刚桂英芳玉兰红梅海波宁鑫浩宇欣怡晨阳佳琪轩萱博远嘉诚婷倩雪松振东春燕德福永庆立新晓俊")
PLACE_FIRST = list("青东西南北金云凤龙石桃柳梅松林河湖白黄丰安兴和泰顺嘉永长清")
PLACE_SECOND = list("山水河桥岭湾港田源泉坪庄塘溪峰川原阳林园")
SUB_SUFFIX = ["镇", "乡", "街道", "镇", "街道"]
COMMUNITY_SUFFIX = ["社区", "村"]
OFFICES = ["区委书记", "区长", "区委副书记", "副区长", "区委常委、宣传部部长", "区政协主席", "区人大常委会主任"]
DEPARTMENTS = ["区发展改革委", "区住建局", "区农业农村局", "区应急管理局", "区市场监管局", "区教育局", "区卫健委", "区人社局", "区生态环境分局", "区文旅局"]
TOPICS = [
    "乡村振兴", "营商环境优化", "安全生产", "文明城市创建", "基层治理", "生态环境保护", "重点项目建设", "民生实事",
    "招商引资", "防汛备汛", "人居环境整治", "消防安全", "食品安全", "就业创业", "老旧小区改造", "数字政府建设",
    "河长制", "森林防火", "高标准农田建设", "医疗保障", "养老服务", "科技创新", "垃圾分类", "信访维稳", "文旅融合",
]
FOCUS = ["重点领域", "关键环节", "薄弱环节", "群众关切", "突出问题", "短板弱项"]
GOALS = ["高质量发展", "群众满意", "年度目标任务圆满完成", "全区经济社会平稳健康发展", "人民群众生命财产安全"]
VERBS = ["扎实推进", "持续深化", "全力抓好", "统筹推进", "纵深推进", "高标准推进"]
UNITS = ["场次", "个", "项", "户", "家", "处"]
QUOTES = ["现在出门就是公园，日子越过越舒心", "政策好、服务好，我们办事再也不用来回跑了", "家门口就能就业，心里踏实多了", "路修好了，农产品卖得更远了"]
COLUMN_TAGS = ["政务动态", "经济发展", "民生关注", "基层声音", "部门动态", "社会治理", "招商引资", "党建引领"]
SECTION_HEADS = ["坚持守正创新", "夯实发展根基", "激发内生动力", "筑牢安全底线", "厚植为民情怀", "凝聚奋进合力", "深化改革攻坚", "做优公共服务", "锻造过硬队伍"]
JOURNALS = ["求是", "学习时报", "经济日报", "光明日报", "中国纪检监察报", "半月谈"]
SCHOOLS = ["中央党校（国家行政学院）", "省社会科学院", "某大学马克思主义学院", "省委党校", "某大学公共管理学院"]
POSTS = ["教授", "研究员", "副教授", "院长"]


class Pool:
    """Names, places and sentences for one issue, drawn from a seeded random.Random."""

    def __init__(self, rng):
        self.rng = rng
        self.district = self.place_name() + "区"
        self.subs = [self.place_name() + rng.choice(SUB_SUFFIX) for _ in range(8)]
        self.used_titles = set()
        self._shapes_used = set()

    def pick(self, items):
        return self.rng.choice(items)

    def place_name(self):
        return self.pick(PLACE_FIRST) + self.pick(PLACE_SECOND)

    def person(self):
        given = self.pick(GIVEN) + (self.pick(GIVEN) if self.rng.random() < 0.7 else "")
        return self.pick(SURNAMES) + given

    def people(self, low, high):
        names = []
        while len(names) < self.rng.randint(low, high):
            name = self.person()
            if name not in names:
                names.append(name)
        return names

    def sub(self):
        return self.pick(self.subs)

    def community(self):
        return self.place_name() + self.pick(COMMUNITY_SUFFIX)

    def number(self, low=2, high=98):
        return str(self.rng.randint(low, high))

    # Headlines --------------------------------------------------------

    def headline(self, long=False):
        """A fresh headline for this issue; long ones run 26–44 characters (national-daily)."""
        for _ in range(50):
            title = self._long_headline() if long else self._headline()
            if title not in self.used_titles:
                self.used_titles.add(title)
                return title
        raise RuntimeError("ran out of headlines")

    def _headline(self):
        r, topic = self.rng, self.pick(TOPICS)
        shapes = [
            lambda: f"{self.district}召开{topic}工作推进会",
            lambda: f"{self.sub()}{topic}工作取得新成效",
            lambda: f"{self.pick(OFFICES)}{self.person()}调研{topic}工作",
            lambda: f"{self.sub()}多措并举推进{topic}",
            lambda: f"{self.pick(DEPARTMENTS)}开展{topic}专项行动",
            lambda: f"{self.district}{self.number(3, 30)}个重点项目集中开工",
            lambda: f"全力以赴抓好{topic} 确保{self.pick(GOALS)}",
            lambda: f"以{topic}为抓手 推动{self.pick(TOPICS)}提质增效",
            lambda: f"{self.community()}：小网格撬动{topic}大治理",
            lambda: f"{self.sub()}“{self.number(2, 5)}个到位”筑牢{topic}防线",
            lambda: f"{self.pick(DEPARTMENTS)}举办{topic}业务培训班",
            lambda: f"我区{topic}经验在全市推广",
        ]
        return r.choice(shapes)()

    def _long_headline(self):
        topic, other = self.pick(TOPICS), self.pick(TOPICS)
        shapes = [
            lambda: f"坚持系统观念{self.pick(VERBS)}{topic}，奋力开创{other}工作新局面",
            lambda: f"把{topic}摆在更加突出位置，以高水平{other}服务和支撑{self.pick(GOALS)}",
            lambda: f"从“有没有”到“好不好”——{self.sub()}{topic}十年发展观察",
            lambda: f"以{topic}新成效推动{other}迈上新台阶，为{self.pick(GOALS)}提供坚实保障",
            lambda: f"深刻把握{topic}的时代内涵和实践要求，在{other}中展现新担当新作为",
        ]
        return self.rng.choice(shapes)()

    def kicker(self):
        return self.rng.choice(
            [f"聚焦{self.pick(TOPICS)}", "坚持问题导向 狠抓工作落实", f"{self.sub()}这样干", "学习贯彻全会精神 推动各项工作落实", f"奋战一季度 {self.pick(VERBS)}“开门红”"]
        )

    def subtitle(self):
        return self.rng.choice(
            [f"{self.sub()}{self.pick(TOPICS)}工作纪实", f"全年计划完成投资{self.number(5, 90)}亿元", f"{self.pick(DEPARTMENTS)}{self.pick(TOPICS)}工作综述", f"累计服务群众{self.number(2, 20)}万人次"]
        )

    def short_headline(self):
        """Short (8–14 characters) titles for 简讯 items and 简报 entries."""
        for _ in range(50):
            title = self.rng.choice(
                [
                    f"{self.sub()}开展{self.pick(TOPICS)}宣传",
                    f"{self.community()}举办志愿服务活动",
                    f"{self.pick(DEPARTMENTS)}召开{self.pick(['专题', '推进', '调度'])}会",
                    f"{self.sub()}完成{self.pick(TOPICS)}任务",
                    f"{self.community()}开展消防演练",
                ]
            )
            if title not in self.used_titles:
                self.used_titles.add(title)
                return title
        raise RuntimeError("ran out of short headlines")

    # Sentences and paragraphs ------------------------------------------

    def sentence(self, topic):
        shapes = [
            lambda: f"会议指出，要深入学习贯彻上级会议精神，切实把思想和行动统一到决策部署上来，{self.pick(VERBS)}{topic}各项工作。",
            lambda: f"{self.pick(OFFICES)}{self.person()}强调，要坚持问题导向，压实工作责任，聚焦{self.pick(FOCUS)}，确保各项措施落地见效。",
            lambda: f"今年以来，{self.sub()}围绕{topic}目标任务，累计开展专项行动{self.number()}{self.pick(UNITS)}，有效解决了一批群众急难愁盼问题。",
            lambda: f"据了解，该项目总投资{self.number(2, 60)}亿元，占地{self.number(50, 900)}亩，建成后预计年产值可达{self.number(5, 99)}亿元。",
            lambda: f"下一步，{self.sub()}将继续{self.pick(VERBS)}{topic}，不断完善长效机制，为{self.pick(GOALS)}贡献力量。",
            lambda: f"{self.person()}要求，各级各部门要提高政治站位，强化责任担当，以钉钉子精神抓好{topic}。",
            lambda: f"活动中，工作人员通过发放宣传资料、现场讲解等方式，向群众宣传{topic}相关知识，共发放资料{self.number(200, 3000)}余份。",
            lambda: f"在{self.community()}，{self.person()}详细了解{topic}推进情况，并与基层干部群众亲切交流。",
            lambda: f"据统计，截至{self.number(1, 12)}月底，全区已完成{topic}年度任务的{self.number(40, 99)}%，同比提高{self.number(2, 15)}个百分点。",
            lambda: f"“{self.pick(QUOTES)}。”{self.community()}居民{self.person()}说。",
            lambda: f"{self.pick(DEPARTMENTS)}、{self.pick(DEPARTMENTS)}负责同志参加会议。",
            lambda: f"{self.sub()}建立“周调度、月通报”工作机制，对{self.pick(FOCUS)}实行清单化管理，做到问题不解决不销号。",
            lambda: f"与会人员围绕{topic}进行了深入交流，一致认为要把握工作重点，形成工作合力。",
        ]
        return shapes[self._fresh_shape(len(shapes))]()

    def _fresh_shape(self, count):
        """A sentence shape not used in the current paragraph."""
        left = [i for i in range(count) if i not in self._shapes_used] or list(range(count))
        choice = self.rng.choice(left)
        self._shapes_used.add(choice)
        return choice

    def paragraph(self, topic, low=2, high=4):
        self._shapes_used = set()
        return "".join(self.sentence(topic) for _ in range(self.rng.randint(low, high)))

    def opening(self, topic, month, day):
        """A first paragraph, usually starting with the date."""
        lead = self.rng.choice([f"{month}月{day}日，", f"{month}月{day}日上午，", "近日，", "今年以来，", ""])
        body = self.rng.choice(
            [
                f"{self.district}召开{topic}工作会议，安排部署下一阶段重点任务。",
                f"{self.pick(OFFICES)}{self.person()}带队深入{self.sub()}，实地调研{topic}工作。",
                f"{self.sub()}组织开展{topic}集中行动，推动各项工作提速增效。",
                f"记者从{self.pick(DEPARTMENTS)}获悉，我区{topic}工作取得阶段性成效。",
            ]
        )
        return lead + body + self.paragraph(topic, 1, 2)
