DAY = "2022-01-06"
SENTS = [
 ("The United States imposed sanctions on Bosnian Serb leader Milorad Dodik on Wednesday, accusing him of corruption and of threatening the country's stability.", ["USA SANCTIONS person:milorad-dodik", "USA CONDEMNS person:milorad-dodik"], []),
 ("Dodik has pushed to withdraw Republika Srpska from Bosnia's army, tax system and judiciary.", [], []),
 ("Russia's ambassador in Sarajevo defended Dodik and criticised Western interference.", ["RUS SUPPORTS person:milorad-dodik", "RUS CONDEMNS bloc:WEST"], []),
 ("Dodik met Vladimir Putin in Moscow weeks earlier and has described Russia as a friend.", ["person:milorad-dodik MEETS person:vladimir-putin", "person:milorad-dodik MEETS RUS"], ["person:milorad-dodik SUPPORTS RUS"]),
 ("The EU, which has deployed a peacekeeping force in Bosnia since 2004, stopped short of sanctions after Hungary objected.", ["org:EU DEPLOYS_TROOPS BIH"], []),
]
