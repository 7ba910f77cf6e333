DAY = "2019-03-23"
SENTS = [
 ("Italy became the first Group of Seven country to join China's Belt and Road Initiative on Saturday, signing a memorandum of understanding during a visit to Rome by President Xi Jinping.", ["ITA MEMBER_OF org:G7", "ITA TRADES_WITH CHN", "person:xi-jinping MEETS ITA"], ["person:xi-jinping LEADS CHN"]),
 ("Prime Minister Giuseppe Conte and Xi witnessed the signing of 29 deals worth about 2.5 billion euros, covering ports, energy and banking.", ["person:giuseppe-conte MEETS person:xi-jinping"], ["person:giuseppe-conte LEADS ITA", "ITA TRADES_WITH CHN"]),
 ("The White House had warned that Italy's endorsement would lend legitimacy to China's predatory approach to investment.", ["USA CONDEMNS CHN"], ["USA CONDEMNS ITA"]),
 ("The European Union, which calls China a systemic rival, urged its members to act together in dealing with Beijing.", ["org:EU CONDEMNS CHN"], []),
 ("China is Italy's ninth-largest export market, and Rome hopes the deal will lift its exports.", ["ITA TRADES_WITH CHN"], []),
 ("Xi then travelled to Monaco and France, where he met President Emmanuel Macron, Chancellor Angela Merkel and Jean-Claude Juncker, the president of the European Commission.", ["person:xi-jinping MEETS MCO", "person:xi-jinping MEETS FRA", "person:xi-jinping MEETS person:emmanuel-macron", "person:xi-jinping MEETS person:angela-merkel", "person:xi-jinping MEETS person:jean-claude-juncker"], ["person:jean-claude-juncker LEADS org:EC", "person:jean-claude-juncker LEADS org:EU", "person:emmanuel-macron LEADS FRA", "person:angela-merkel LEADS DEU", "person:emmanuel-macron MEETS person:angela-merkel", "person:emmanuel-macron MEETS person:jean-claude-juncker", "person:angela-merkel MEETS person:jean-claude-juncker"]),
]
