DAY = "2023-10-13"
SENTS = [
 ("North Korea has shipped more than 1,000 containers of military equipment and munitions to Russia in recent weeks, the White House said on Friday, releasing satellite images of the cargo being loaded at a port near the Russian border.", ["PRK SUPPLIES_ARMS RUS"], []),
 ("National Security Council spokesman John Kirby said the deliveries were transported by ship to Russia's Far East and then by rail to ammunition depots near the Ukrainian border.", [], ["PRK SUPPLIES_ARMS RUS"]),
 ("In return, Pyongyang is seeking advanced weapons technology from Moscow, including fighter jets and surface-to-air missiles, Kirby said.", [], ["RUS SUPPLIES_ARMS PRK"]),
 ("The transfers violate UN Security Council resolutions that Russia itself voted for, which ban all arms trade with North Korea.", [], ["org:UNSC SANCTIONS PRK"]),
 ("Kim Jong Un held talks with Vladimir Putin at a spaceport in Russia's Far East last month, pledging full support for Moscow's war in Ukraine.", ["person:kim-jong-un MEETS person:vladimir-putin", "person:kim-jong-un MEETS RUS", "RUS ATTACKS UKR"], ["person:kim-jong-un SUPPORTS RUS"]),
 ("Russia's foreign ministry dismissed the American claims as unfounded and accused Washington of prolonging the conflict by arming Kyiv.", ["RUS CONDEMNS USA"], ["USA SUPPLIES_ARMS UKR"]),
]
