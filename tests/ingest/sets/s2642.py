DAY = "2006-09-21"
SENTS = [
 ("Hugo Chavez called President Bush the devil in a speech to the United Nations General Assembly on Wednesday, saying the podium still smelled of sulphur a day after Bush had spoken there.", ["person:hugo-chavez CONDEMNS person:george-w-bush"], ["person:george-w-bush LEADS USA"]),
 ("The Venezuelan president also praised Iran's nuclear programme and said his country would vote with Tehran.", ["person:hugo-chavez SUPPORTS IRN"], ["person:hugo-chavez LEADS VEN", "VEN SUPPORTS IRN"]),
 ("Washington's envoy to the UN, John Bolton, dismissed the speech as unworthy of a response.", [], ["USA CONDEMNS person:hugo-chavez"]),
 ("Venezuela, which sells about 1.5 million barrels of oil a day to the United States, is competing with Guatemala for a seat on the Security Council.", ["VEN TRADES_WITH USA"], ["VEN MEMBER_OF org:UNSC", "GTM MEMBER_OF org:UNSC"]),
 ("Chavez had arrived from Havana, where he visited the ailing Fidel Castro.", ["person:hugo-chavez MEETS person:fidel-castro", "person:hugo-chavez MEETS CUB"], []),
]
