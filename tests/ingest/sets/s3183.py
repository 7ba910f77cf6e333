DAY = "1976-07-29"
SENTS = [
 ("Britain broke off diplomatic relations with Uganda on Wednesday, the first time it has done so with a Commonwealth country, over the disappearance of Dora Bloch, a hostage taken from a Kampala hospital after the Entebbe raid.", [], ["GBR CONDEMNS UGA"]),
 ("President Idi Amin has accused Kenya of helping the Israeli raiders and has massed troops along the border.", ["person:idi-amin CONDEMNS KEN"], ["person:idi-amin LEADS UGA", "KEN SUPPORTS ISR"]),
 ("Kenya, through whose port of Mombasa most of Uganda's fuel and imports pass, has held up shipments bound for Kampala until Uganda pays in cash.", ["KEN SANCTIONS UGA"], ["KEN TRADES_WITH UGA"]),
 ("An American frigate and a Navy patrol plane arrived at Mombasa on Tuesday, which Washington said was meant to reassure President Jomo Kenyatta.", [], ["USA SUPPORTS person:jomo-kenyatta", "USA DEPLOYS_TROOPS KEN", "person:jomo-kenyatta LEADS KEN"]),
]
