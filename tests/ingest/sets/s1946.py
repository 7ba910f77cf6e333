DAY = "2017-04-13"
SENTS = [
 ("Russia vetoed a Western-backed Security Council resolution on Wednesday that would have demanded Syria cooperate with an investigation into last week's chemical attack.", ["RUS VETOES SYR"], ["RUS SUPPORTS SYR"]),
 ("It was the eighth time Moscow has used its veto to shield the government of Bashar al-Assad.", ["RUS SUPPORTS SYR"], ["RUS SUPPORTS person:bashar-al-assad", "RUS VETOES SYR"]),
 ("China abstained, along with Ethiopia and Kazakhstan, while Bolivia voted against.", [], []),
 ("Secretary of State Rex Tillerson met Vladimir Putin in Moscow on the same day and said relations were at a low point.", ["person:rex-tillerson MEETS person:vladimir-putin", "person:rex-tillerson MEETS RUS"], []),
 ("Britain's ambassador to the UN, Matthew Rycroft, accused Russia of putting its alliance with a murderous regime above global peace.", ["person:matthew-rycroft CONDEMNS RUS"], ["GBR CONDEMNS RUS", "RUS ALLIED_WITH SYR"]),
]
