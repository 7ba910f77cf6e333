DAY = "1998-10-18"
SENTS = [
 ("British police arrested the former Chilean dictator Augusto Pinochet at a London clinic on Friday at the request of a Spanish judge who wants him tried for the murder of Spanish citizens.", [], ["person:augusto-pinochet LEADS CHL"]),
 ("Chile's government protested to Britain, saying Pinochet had travelled on a diplomatic passport and enjoyed immunity as a senator for life.", ["CHL CONDEMNS GBR"], []),
 ("Foreign Minister Jose Miguel Insulza flew to London to demand his release, and President Eduardo Frei said the arrest offended Chile's sovereignty.", ["person:jose-miguel-insulza MEETS GBR"], ["person:eduardo-frei-ruiz-tagle LEADS CHL", "person:eduardo-frei-ruiz-tagle CONDEMNS GBR"]),
 ("Margaret Thatcher, whose government Chile had helped during the Falklands war, defended Pinochet and called for his release.", ["person:margaret-thatcher SUPPORTS person:augusto-pinochet", "CHL SUPPORTS GBR"], []),
 ("Spanish Prime Minister Jose Maria Aznar said his government would not interfere with the courts.", ["person:jose-maria-aznar LEADS ESP"], []),
]
