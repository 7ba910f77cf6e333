DAY = "1981-01-21"
SENTS = [
 ("The 52 American hostages flew out of Tehran on Tuesday minutes after Ronald Reagan was sworn in as president, ending 444 days of captivity.", [], ["person:ronald-reagan LEADS USA"]),
 ("An Algerian airliner carried them to Algiers, where Algerian officials who had mediated the accord handed them over to American diplomats.", [], []),
 ("Under the agreement, Washington will release about $8 billion of frozen Iranian assets and lift the trade embargo it imposed in 1979.", [], ["USA SANCTIONS IRN"]),
 ("Jimmy Carter, who left office at noon, will fly to West Germany on Wednesday to welcome the freed Americans at a military hospital in Wiesbaden.", [], ["person:jimmy-carter MEETS DEU"]),
 ("Mohammad Ali Rajai, the Iranian prime minister, claimed the Americans had been made to yield to every Iranian condition.", ["person:mohammad-ali-rajai LEADS IRN"], ["person:mohammad-ali-rajai CONDEMNS USA"]),
 ("Iraq, at war with Iran since September, took no part in the talks.", ["IRQ ATTACKS IRN"], ["IRN ATTACKS IRQ"]),
]
