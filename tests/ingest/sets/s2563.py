DAY = "2009-05-28"
SENTS = [
 ("The UN Human Rights Council on Wednesday adopted a resolution drafted by Sri Lanka that praised its victory over the Tamil Tigers and rejected calls for an inquiry into alleged war crimes.", ["org:UNHRC SUPPORTS LKA"], ["org:UNHRC CONDEMNS org:LTTE", "LKA ATTACKS org:LTTE"]),
 ("Twenty-nine countries voted for the text, among them China, Russia, India, Pakistan and Cuba.", [], ["CHN SUPPORTS LKA", "RUS SUPPORTS LKA", "IND SUPPORTS LKA", "PAK SUPPORTS LKA", "CUB SUPPORTS LKA"]),
 ("A European motion calling for an investigation into the conduct of both sides was defeated.", [], []),
 ("Rights groups say thousands of civilians were killed in the last months of the fighting.", [], []),
 ("China, Sri Lanka's biggest arms supplier, has shielded Colombo from criticism at the UN Security Council.", ["CHN SUPPLIES_ARMS LKA", "CHN SUPPORTS LKA"], []),
]
