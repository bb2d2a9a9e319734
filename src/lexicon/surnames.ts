/**
 * Chinese surnames, for telling where names printed without a space between them part
 * (`刘兰丁欣` → 刘兰, 丁欣): the common one-character surnames (those of nearly all people),
 * in simplified and traditional forms, and the compound surnames, which keep a four-character
 * name whole (`欧阳华英`).
 */

/** The common one-character surnames. */
export const surnames = new Set(
  [
    ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝傅强谈栗芮晋',
    ...'張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧彭曾蕭葉蘇魏呂鍾譚陸範賈韋鄒孟熊邱閆段雷侯龍陶黎賀顧龔萬錢嚴湯溫齊喬龐顏聶魯嶽殷關蘭焦紀單裴駱藍辛靳鮑饒穆盧姜崔'
  ].filter((char, index, all) => all.indexOf(char) === index)
)

/** Two-character surnames: a four-character name that starts with one is one name. */
export const compoundSurnames = new Set([
  '欧阳',
  '歐陽',
  '司马',
  '司馬',
  '诸葛',
  '諸葛',
  '上官',
  '东方',
  '東方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '呼延',
  '申屠',
  '澹台',
  '钟离',
  '鍾離',
  '淳于',
  '赫连',
  '拓跋'
])
