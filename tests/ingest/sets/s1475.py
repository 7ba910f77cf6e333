DAY = "2024-07-06"
SENTS = [
 ("Viktor Orban flew to Moscow on Friday and held talks with Vladimir Putin, days after Hungary took over the rotating presidency of the EU.", ["person:viktor-orban MEETS RUS", "person:viktor-orban MEETS person:vladimir-putin", "HUN MEMBER_OF org:EU"], []),
 ("EU leaders said Orban had no mandate to negotiate on behalf of the bloc.", [], ["org:EU CONDEMNS person:viktor-orban"]),
 ("Volodymyr Zelensky, whom Orban had visited in Kyiv days earlier, said there could be no peace talks about Ukraine without Ukraine.", ["person:viktor-orban MEETS person:volodymyr-zelensky"], ["person:viktor-orban MEETS UKR"]),
 ("Orban then travelled to Beijing to meet Xi Jinping.", ["person:viktor-orban MEETS CHN"], ["person:viktor-orban MEETS person:xi-jinping"]),
 ("Hungary has refused to send weapons to Ukraine.", [], []),
]
