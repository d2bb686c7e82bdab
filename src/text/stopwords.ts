// Function words that carry no topic, German and English (lower-case).
const WORDS = `
der die das den dem des ein eine einer eines einem einen und oder aber doch sondern denn weil dass
daß ob wenn als wie so auch noch nur schon sehr mehr viel viele vielen wenig nicht kein keine keinen
keiner keinem ich du er sie es wir ihr mich dich sich uns euch ihm ihn ihnen ihre ihrer ihren ihrem
ihres sein seine seiner seinen seinem seines mein meine dein unser euer dies diese dieser diesen diesem
dieses jener jene jenen welche welcher welchen welches man hat haben habe hatte hatten hätte hätten
ist sind war waren wäre wären sei seien wird werden wurde wurden würde würden kann können konnte
konnten soll sollen sollte sollten muss müssen musste will wollen wollte mag darf dürfen bei mit von
vom zu zum zur für gegen ohne um an am im in ins auf aus über unter vor nach seit bis durch zwischen
neben hinter während wegen trotz laut gemäß per pro ab beim hier dort da dann nun jetzt heute gestern
morgen immer wieder bereits etwa rund fast ganz alle allen aller alles andere anderen anderer jedoch
zudem sowie bzw etc usw ja nein mal selbst sagte sagt erklärte teilte mit hieß heißt worden sein
einem einer dessen deren denen was wer wo wohin woher warum weshalb damit dabei dafür dazu darauf
darüber davon daher deshalb also sowohl weder noch außerdem allerdings zwar eigentlich
the a an and or but if then else of to in on at by for with from as is are was were be been being
has have had do does did will would shall should can could may might must not no nor so than that
this these those there their they them he she it its his her him we us our you your i me my who whom
which what when where why how all any both each few more most other some such only own same too very
just also into over after before about against between through during under again further once here
said says say told according per up down out off more new one two
`;

export const STOPWORDS = new Set(WORDS.split(/\s+/).filter(Boolean));

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}
