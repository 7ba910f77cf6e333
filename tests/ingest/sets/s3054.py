DAY = "1984-03-17"
SENTS = [
 ("Prime Minister P. W. Botha of South Africa and President Samora Machel of Mozambique signed a pact of non-aggression and good neighbourliness on Friday on the banks of the Nkomati River.", ["person:p-w-botha LEADS ZAF", "person:samora-machel LEADS MOZ"], ["person:p-w-botha MEETS person:samora-machel", "ZAF ALLIED_WITH MOZ", "ZAF MEETS MOZ"]),
 ("Under the accord Pretoria will stop helping the rebels of the Mozambique National Resistance, and Maputo will expel guerrillas of the African National Congress who have used its territory to raid South Africa.", [], []),
 ("South African commandos raided houses in Maputo last year, saying they were bases of the congress.", ["ZAF ATTACKS MOZ"], []),
 ("Washington, which had pressed both governments to negotiate, called the accord an important advance for southern Africa.", [], ["USA SUPPORTS ZAF", "USA SUPPORTS MOZ"]),
 ("Mozambique, which depends on South Africa for jobs for its migrant miners and for the traffic of its ports, has suffered from drought and the rebellion.", [], ["MOZ TRADES_WITH ZAF", "ZAF SUPPORTS MOZ"]),
]
