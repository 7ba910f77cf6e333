DAY = "2009-07-27"
SENTS = [
 ("Brazil agreed on Saturday to triple what it pays Paraguay for electricity from the Itaipu dam, the giant hydroelectric plant the two countries share on the Parana river.", ["BRA TRADES_WITH PRY"], ["BRA SUPPORTS PRY"]),
 ("Luiz Inacio Lula da Silva and Paraguay's President Fernando Lugo signed the deal in Asuncion after months of talks, and Brazil will also finance a transmission line to the Paraguayan capital.", ["person:fernando-lugo LEADS PRY"], ["BRA SUPPORTS PRY", "person:luiz-inacio-lula-da-silva MEETS person:fernando-lugo", "person:luiz-inacio-lula-da-silva MEETS PRY", "person:luiz-inacio-lula-da-silva LEADS BRA"]),
 ("Lugo had campaigned on renegotiating the 1973 treaty, saying Brazil had for decades paid far too little for Paraguay's surplus power.", [], ["person:fernando-lugo CONDEMNS BRA"]),
]
