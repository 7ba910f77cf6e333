DAY = "2010-05-17"
SENTS = [
 ("Iran agreed on Monday to ship 1,200 kg of low-enriched uranium to Turkey in exchange for fuel for a research reactor, under a deal brokered by Brazil and Turkey.", [], ["IRN TRADES_WITH TUR"]),
 ("Brazilian President Luiz Inacio Lula da Silva and Turkish Prime Minister Recep Tayyip Erdogan signed the declaration with Mahmoud Ahmadinejad in Tehran.", ["person:luiz-inacio-lula-da-silva LEADS BRA", "person:recep-tayyip-erdogan LEADS TUR", "person:luiz-inacio-lula-da-silva MEETS person:mahmoud-ahmadinejad", "person:recep-tayyip-erdogan MEETS person:mahmoud-ahmadinejad", "person:luiz-inacio-lula-da-silva MEETS IRN", "person:recep-tayyip-erdogan MEETS IRN"], ["person:luiz-inacio-lula-da-silva MEETS person:recep-tayyip-erdogan"]),
 ("Washington dismissed the deal as a ploy and said it would press ahead with a fourth round of UN sanctions against Iran.", [], ["USA SANCTIONS IRN", "USA CONDEMNS IRN"]),
 ("Secretary of State Hillary Clinton told the Senate that Russia and China had agreed to a strong draft resolution.", [], []),
 ("Ahmadinejad warned that Iran would not negotiate again if the Security Council adopted new sanctions.", [], ["person:mahmoud-ahmadinejad LEADS IRN"]),
]
