import { test } from 'node:test'
import assert from 'node:assert/strict'
import { isCommonWord } from '../../src/segment/common-words.ts'
import { tagCorpus, type TaggableArticle } from '../../src/segment/index.ts'

test("common words are read from jieba's dictionary frequencies, two-character words only", () => {
  for (const word of ['企业', '国际', '员工']) assert.equal(isCommonWord(word), true, word)
  for (const word of ['复学', '网格', '核酸检测', '华润万象城']) assert.equal(isCommonWord(word), false, word)
})

test('a word only ever cut out of one longer name (华润 | 万象 | 城) is no topic', () => {
  const article = (id: string, paragraphs: string[]): TaggableArticle => ({
    id,
    title: '区领导走访企业',
    paragraphs,
    reporters: [],
    correspondents: [],
    photographers: [],
    date: null,
    issueDate: null
  })
  const articles = [
    article('a', ['区领导来到华润万象城，了解华润万象城项目进展。华润万象城将于年底开业。']),
    article('b', ['华润万象城项目施工顺利。区领导听取华润万象城汇报。']),
    article('c', ['区领导察看网格员工作。网格员走访居民，网格员登记信息。']),
    article('d', ['网格员入户排查。社区网格员值守卡口。'])
  ]
  const { tags } = tagCorpus(articles)
  for (const id of ['a', 'b']) {
    const keywords = tags.get(id)!.keywords
    assert.ok(!keywords.includes('万象') && !keywords.includes('华润'), `${id}: ${keywords}`)
  }
})
