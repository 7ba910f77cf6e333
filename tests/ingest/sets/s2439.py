DAY = "2017-09-24"
SENTS = [
 ("An international tribunal in Hamburg ruled on Saturday that Ghana had not violated Ivory Coast's sovereignty by drilling for oil in disputed waters, and drew a maritime border close to the line Ghana had proposed.", [], []),
 ("Ivory Coast had taken Ghana to the International Tribunal for the Law of the Sea in 2014, accusing it of encroaching on its waters.", ["CIV CONDEMNS GHA"], []),
 ("Ghanaian President Nana Akufo-Addo welcomed the ruling and said the two countries would remain good neighbours.", ["person:nana-akufo-addo LEADS GHA"], []),
 ("Ivorian President Alassane Ouattara and Ghana's former leader John Mahama had met several times to discuss the dispute.", ["person:alassane-ouattara LEADS CIV", "person:alassane-ouattara MEETS person:john-mahama"], []),
 ("The ruling allows the British company Tullow Oil to keep pumping from the TEN field, in which Ghana's state oil firm holds a stake.", [], ["GBR TRADES_WITH GHA"]),
]
